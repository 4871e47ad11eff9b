// Renders the start page and the first step of every form into static HTML after the release
// build, so a resident sees the page and can start filling in the form before the WebAssembly
// has arrived, and sees the forms, the help channels and the other ways to reach the
// municipality when it never does.
//
//   node tools/prerender.mjs [--dist dist]
//
// The app's own view renders each page, natively (`app/src/prerender.rs`, Leptos' server-side
// rendering): the same elements, in the same order, with the same marker comments as the app
// makes in the browser, so the app can take them over as they are (hydration) instead of
// replacing them. The built site is also opened in Debian's Chromium in each language of its
// language switch, for the addresses (the start page and its links), the languages and what the
// app sets in the browser only (the page's title and language). Each page is saved as
// `dist/<path>/index.<lang>.html` and, in the default language, `dist/<path>/index.html`.
// Trunk's page, which renders any address once the app runs, stays as `dist/app.html` for every
// other address. On the prerendered pages every button waits (`aria-disabled`) and no form can
// be sent (`method="dialog"`) until the app has started; app/loader.js then lets the app take the
// page over and tells it what the resident typed or chose, or, when a kept draft opens another
// step, lets the app render the page anew. Which file an address gets: `pageFile` in
// e2e/site.mjs.

import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { args as chromiumArgs, executablePath } from '../e2e/chromium.mjs';
import { baseHref, escapeHtml } from './html.mjs';
import { nativeApp } from './native-app.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const distArg = argv.indexOf('--dist');
const dist = resolve(distArg >= 0 ? argv[distArg + 1] : join(root, 'dist'));

/** A port nobody listens on. */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/**
 * Serves the built site, every page as the app's one page (`--profile`: never a prerendered one,
 * so the app renders each page itself, not from an earlier run of this script).
 */
async function serve(port, profile) {
  const server = spawn(process.execPath, [join(root, 'e2e', 'server.mjs'), '--port', String(port), '--dist', dist, '--profile', profile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((done, fail) => {
    server.once('exit', (code) => fail(new Error(`the site server stopped (${code})`)));
    server.stdout.on('data', (chunk) => String(chunk).includes('http://') && done());
  });
  return server;
}

/**
 * The page's body as the app's view renders it outside a browser (`rendered`, see
 * `app/src/prerender.rs`), made safe to show before the app runs (see above), with the page's
 * language and title as the app in this tab set them.
 */
function snapshot(rendered) {
  const body = document.createElement('body');
  body.innerHTML = rendered;
  for (const child of body.children) child.setAttribute('data-loket-prerendered', '');
  for (const form of body.querySelectorAll('form')) form.setAttribute('method', 'dialog');
  // Marked, so the loader knows which buttons wait for the app and which the app disabled itself.
  for (const button of body.querySelectorAll('button:not([aria-disabled])')) {
    button.setAttribute('aria-disabled', 'true');
    button.setAttribute('data-loket-waits', '');
  }
  return { lang: document.documentElement.lang, title: document.title, body: body.innerHTML };
}

/**
 * The body of each page (`<address below the root>:<lang>`) as the app's view renders it outside
 * a browser: the site's program run natively (`app/src/prerender.rs`, see tools/native-app.mjs).
 */
async function render(profile, addresses) {
  const pages = await nativeApp(['--profile', profile, ...addresses]);
  return new Map(pages.map((p) => [`${p.address}:${p.lang}`, p.body]));
}

/** Waits until the app itself (not an earlier prerendered copy) shows the page's heading. */
async function appRendered(tab) {
  await tab.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('[data-loket-prerendered]'));
}

/**
 * The preloads of the module (the glue, the script that loads its second file, and the
 * WebAssembly; tools/split.mjs) as `<meta>`s with the same
 * address and integrity: a prerendered page is read and filled in before the module runs, so the
 * loader fetches the module itself once the page has painted, and the module's 400 kB no longer
 * take the slow line from the page's first paint (docs/speed.md).
 */
function moduleNamed(html) {
  let named = 0;
  const out = html.replace(/<link rel="(modulepreload|preload)" href="([^"]+)"([^>]*)>/g, (tag, rel, href, rest) => {
    if (rel === 'preload' && !rest.includes('type="application/wasm"')) return tag;
    const integrity = /integrity="([^"]+)"/.exec(rest)?.[1] ?? '';
    const name = rel === 'preload' ? 'wasm' : rest.includes('data-loket-split') ? 'split' : 'glue';
    named++;
    return `<meta name="loket-${name}" content="${href}" data-integrity="${integrity}">`;
  });
  if (named !== 3) throw new Error('dist/index.html does not preload the glue, its loader of the second file and the WebAssembly once each');
  return out;
}

/** The app's own page with the snapshot in it. */
function page(shell, { lang, title, body }) {
  const withLang = moduleNamed(shell).replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(lang)}">`);
  const withTitle = withLang.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
  const withBody = withTitle.replace(/<body>\s*<\/body>/, () => `<body>${body}</body>`);
  if (withBody === withTitle) throw new Error('dist/index.html has no empty <body> to fill');
  return withBody;
}

// Trunk's page; a second run on the same build finds it in app.html.
const shellFile = join(dist, 'app.html');
const index = await readFile(join(dist, 'index.html'), 'utf8');
const shell = index.includes('data-loket-prerendered') ? await readFile(shellFile, 'utf8') : index;
await writeFile(shellFile, shell);
const base = baseHref(shell) || '/';
if (base !== '/') {
  // The site server serves dist/ at the root only; a build for a sub-path keeps the app's one
  // page for every address.
  await writeFile(join(dist, 'index.html'), shell);
  console.log(`Not prerendered: the site is built for ${base}`);
  process.exit(0);
}

const profile = /<meta name="loket-profile" content="([^"]*)"/.exec(shell)?.[1] ?? '';
const port = await freePort();
const server = await serve(port, profile);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const start = await context.newPage();
  await start.goto('/');
  await appRendered(start);
  // The start page and its links into the site; the languages of its language switch.
  const paths = await start.$$eval('main a[href]', (links) => [
    '/',
    ...new Set(links.map((a) => new URL(a.href)).filter((u) => u.origin === location.origin && u.pathname !== '/').map((u) => u.pathname)),
  ]);
  const langs = await start.$$eval('.loket-language-switch [lang]', (buttons) => buttons.map((b) => b.lang));
  const defaultLang = await start.evaluate(() => document.documentElement.lang);
  // What the program takes and gives: `<address below the root>:<lang>`.
  const addressOf = (path, lang) => `${path.replace(/^\/+|\/+$/g, '')}:${lang}`;
  const bodies = await render(profile, paths.flatMap((path) => langs.map((lang) => addressOf(path, lang))));
  const pages = [];
  for (const path of paths) {
    for (const lang of langs) {
      const tab = await context.newPage();
      await tab.goto(`${path}?lang=${lang}`);
      await appRendered(tab);
      await tab.waitForFunction((want) => document.documentElement.lang === want, lang);
      const html = page(shell, await tab.evaluate(snapshot, bodies.get(addressOf(path, lang))));
      pages.push([join(dist, path, `index.${lang}.html`), html]);
      if (lang === defaultLang) pages.push([join(dist, path, 'index.html'), html]);
      await tab.close();
    }
  }
  for (const [file, html] of pages) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  console.log(`Prerendered ${pages.length} pages: ${paths.join(', ')} in ${langs.join(', ')}`);
} finally {
  await browser.close();
  server.kill();
}
