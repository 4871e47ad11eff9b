// Adds the full module to a release build (run by scripts/build.sh last, after both Trunk builds
// and the prerendering):
//
//   node tools/extras.mjs --from target/trunk-extras [--dist dist]
//
// `--from` holds Trunk's build of the app with its feature `extras` (the gallery, its linter page
// and forms loaded at run time); `--dist` the site, built without it. This
// - copies the full build's JavaScript glue and WebAssembly into the site as
//   `app-extras-<hash>.js` and `app-extras-<hash>_bg.wasm`, the hash being the first 16 hex digits
//   of the file's SHA-384, so they may be cached for good;
// - names both, with their sha384 integrity, in the app's page for every address (`app.html`, and
//   `index.html` when it is not the prerendered start page):
//   `<meta name="loket-extras-glue" content="…" data-integrity="…">` and `loket-extras-wasm`.
//   A `<meta>` loads nothing: app/loader.js starts the full module only on `/gallery…` and
//   `/formulier/…`, and the module the page preloads everywhere else. The prerendered pages are
//   only served on their own addresses, so they do without these bytes;
// - writes `extras.html`: the app's page with the full module preloaded instead of the small one,
//   which a host serves on those addresses so that they load one module, not two.
// Running it again on the same site gives the same files.

import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseHref, escapeHtml, htmlFiles } from './html.mjs';
import { contentNamed } from './integrity.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : fallback);
};
const dist = option('dist', join(root, 'dist'));
const from = option('from', join(root, 'target', 'trunk-extras'));

/** The one file in `dir` whose name matches. */
async function only(dir, pattern, what) {
  const found = (await readdir(dir)).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`extras: expected one ${what} in ${dir}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The full module, copied in under its own names.
for (const old of (await readdir(dist)).filter((f) => /^app-extras-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f))) {
  await rm(join(dist, old));
}
const full = {};
for (const [kind, pattern, suffix] of [
  ['glue', /^app-[0-9a-f]+\.js$/, '.js'],
  ['wasm', /^app-[0-9a-f]+_bg\.wasm$/, '_bg.wasm'],
]) {
  const source = await only(from, pattern, kind === 'glue' ? 'JavaScript glue' : 'WebAssembly module');
  const { name, integrity } = contentNamed('app-extras', suffix, await readFile(join(from, source)));
  await copyFile(join(from, source), join(dist, name));
  full[kind] = { name, integrity };
}

// The site's own module, as Trunk links it in its page.
const own = {
  glue: await only(dist, /^app-[0-9a-f]+\.js$/, 'JavaScript glue'),
  wasm: await only(dist, /^app-[0-9a-f]+_bg\.wasm$/, 'WebAssembly module'),
};
const shellFile = (await readdir(dist)).includes('app.html') ? 'app.html' : 'index.html';
const shell = await readFile(join(dist, shellFile), 'utf8');
const base = baseHref(shell) ?? '/';

const metas =
  `<meta name="loket-extras-glue" content="${escapeHtml(base + full.glue.name)}" data-integrity="${full.glue.integrity}">` +
  `<meta name="loket-extras-wasm" content="${escapeHtml(base + full.wasm.name)}" data-integrity="${full.wasm.integrity}">`;
const oldMetas = /<meta name="loket-extras-(glue|wasm)"[^>]*>/g;
const startsApp = (html) => html.includes(`href="${base}${own.glue}"`);

const named = [];
for (const file of await htmlFiles(dist)) {
  const html = await readFile(file, 'utf8');
  if (relative(dist, file) === 'extras.html' || !startsApp(html)) continue;
  const prerendered = html.includes('data-loket-prerendered');
  const without = html.replace(oldMetas, '');
  const page = prerendered ? without : without.replace('</head>', () => `${metas}</head>`);
  if (!prerendered && !page.includes(metas)) throw new Error(`extras: ${relative(dist, file)} has no </head>`);
  if (page !== html) await writeFile(file, page);
  if (!prerendered) named.push(relative(dist, file));
}
if (!named.includes(shellFile)) throw new Error(`extras: ${shellFile} does not start the app`);

/** The shell with the preload of `kind` (Trunk's `<link>`) pointing at the full module. */
function preloadFull(html, kind) {
  const tag = new RegExp(`<link rel="(?:module)?preload" href="${escapeRegExp(base + own[kind])}"[^>]*>`);
  const found = html.match(tag)?.[0];
  if (!found) throw new Error(`extras: ${shellFile} does not preload ${own[kind]}`);
  const swapped = found
    .replace(`href="${base}${own[kind]}"`, () => `href="${base}${full[kind].name}"`)
    .replace(/integrity="[^"]*"/, () => `integrity="${full[kind].integrity}"`);
  return html.replace(found, () => swapped);
}
const withMetas = await readFile(join(dist, shellFile), 'utf8');
// The full module is not split (tools/split.mjs): it needs no loader of a second file.
const withoutSplit = withMetas.replace(/<link rel="modulepreload"[^>]*data-loket-split>/, '');
await writeFile(join(dist, 'extras.html'), preloadFull(preloadFull(withoutSplit, 'glue'), 'wasm'));

console.log(`extras: ${full.glue.name}, ${full.wasm.name}; named in ${named.join(', ')}; extras.html`);
