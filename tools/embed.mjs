// Adds embedding to a release build (run by scripts/build.sh after Trunk):
//
//   node tools/embed.mjs [--dist dist]
//
// - `loket-embed.js`: app/embed/loket-embed.js with the names and sha384 integrity of the built
//   JavaScript glue, WebAssembly and Loket stylesheet filled in. Its own name never changes, so
//   a web team's page can keep pointing at it; the files it loads carry content hashes.
//   It also lists each language's texts file (tools/texts.mjs, run before this), which it fetches.
// - `loket-embed.css`: the page-level rules for `<loket-form>`.
// - `profiles/<id>.json`: each municipality profile, for `<loket-form profile="…">`.
// - `embed-demo/`: a municipal content page with a form embedded in it, one page per language
//   (`index.<lang>.html`, and `index.html` in Dutch), its texts from
//   locales/<lang>/pages/embed-demo.ftl. A missing text stops the build.

import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { baseHref, escapeHtml } from './html.mjs';
import { sha384 } from './integrity.mjs';
import { textsFile } from './texts-name.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const distArg = argv.indexOf('--dist');
const dist = resolve(distArg >= 0 ? argv[distArg + 1] : join(root, 'dist'));
const defaultLanguage = 'nl';

const integrity = async (file) => sha384(await readFile(join(dist, file))).integrity;

/** The one built file whose name matches. */
function only(files, pattern, what) {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`embed: expected one ${what} in ${dist}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

/** The site's root address, as Trunk wrote it into the page's `<base href>`. */
async function publicUrl(files) {
  const page = files.includes('app.html') ? 'app.html' : 'index.html';
  const html = await readFile(join(dist, page), 'utf8');
  return baseHref(html) ?? '/';
}

/** A locale's texts: the page's own file and the kit's, for the language's name. */
async function bundle(lang) {
  const b = new FluentBundle(lang, { useIsolating: false });
  for (const file of [join('pages', 'embed-demo.ftl'), 'loket.ftl']) {
    const errors = b.addResource(new FluentResource(await readFile(join(root, 'locales', lang, file), 'utf8')));
    if (errors.length) throw new Error(`embed: locales/${lang}/${file}: ${errors.join('; ')}`);
  }
  return b;
}

function text(b, lang, id) {
  const message = b.getMessage(id);
  if (!message?.value) throw new Error(`embed: locales/${lang}/pages/embed-demo.ftl lacks ${id}`);
  return escapeHtml(b.formatPattern(message.value));
}

/**
 * The example pages, all made from app/embed/demo/page.html: the folder under dist, the text
 * of the page's title, and for the page after the municipality's own (pretend) DigiD login the
 * line that says so and what the login verified, passed to the form as its `prefill`.
 */
const DEMO_PAGES = [
  { folder: 'embed-demo', title: 'embed-demo-page-title' },
  {
    folder: join('embed-demo', 'ingelogd'),
    title: 'embed-demo-prefill-page-title',
    signedIn: 'embed-demo-prefill-signed-in',
    prefill: {
      source: 'digid',
      values: {
        name: 'Anna de Vries',
        email: 'anna.devries@voorbeeld.nl',
        'postal-code': '7511 JM',
        'address-line1': 'Hengelosestraat',
        'address-level2': 'Enschede',
      },
    },
  },
];

async function demoPages(base) {
  const languages = (await readdir(join(root, 'locales'), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a === defaultLanguage ? -1 : b === defaultLanguage ? 1 : a.localeCompare(b)));
  const bundles = Object.fromEntries(await Promise.all(languages.map(async (l) => [l, await bundle(l)])));
  await mkdir(join(dist, 'embed-demo'), { recursive: true });
  await copyFile(join(root, 'app', 'embed', 'demo', 'demo.css'), join(dist, 'embed-demo', 'demo.css'));
  const template = await readFile(join(root, 'app', 'embed', 'demo', 'page.html'), 'utf8');
  for (const demo of DEMO_PAGES) {
    const out = join(dist, demo.folder);
    await mkdir(out, { recursive: true });
    await writePages(base, template, demo, out, languages, bundles);
  }
  return languages;
}

/** One example page in every language: `index.<lang>.html`, and `index.html` in Dutch. */
async function writePages(base, template, { folder, title, signedIn, prefill }, out, languages, bundles) {
  const address = folder.split(/[\\/]/).join('/');
  const prefillAttribute = prefill ? `\n        prefill="${escapeHtml(JSON.stringify(prefill))}"` : '';
  for (const lang of languages) {
    const query = lang === defaultLanguage ? '' : `?lang=${lang}`;
    const links = languages
      .map((other) => {
        const name = text(bundles[other], other, 'loket-language-name');
        const href = other === defaultLanguage ? `${base}${address}` : `${base}${address}?lang=${other}`;
        const current = other === lang ? ' aria-current="page"' : '';
        return `<li><a href="${href}" lang="${other}" hreflang="${other}"${current}>${name}</a></li>`;
      })
      .join('');
    const signedInLine = signedIn ? `      <p class="demo-signed-in">${text(bundles[lang], lang, signedIn)}</p>\n` : '';
    const page = template
      .replace('{{title}}', text(bundles[lang], lang, title))
      .replace('{{signed-in}}', signedInLine)
      .replace('{{prefill}}', prefillAttribute)
      .replace(/\{\{ ([a-z-]+) \}\}/g, (_, id) => text(bundles[lang], lang, id))
      .replaceAll('{{lang}}', lang)
      .replaceAll('{{root}}', base)
      .replaceAll('{{query}}', query)
      .replaceAll('{{languages}}', links);
    if (/\{\{/.test(page)) throw new Error(`embed: a placeholder in ${folder} was not filled in (${lang})`);
    await writeFile(join(out, `index.${lang}.html`), page);
    if (lang === defaultLanguage) await writeFile(join(out, 'index.html'), page);
  }
}

const files = await readdir(dist);
const assets = {
  glue: only(files, /^app-[0-9a-f]+\.js$/, 'JavaScript glue'),
  wasm: only(files, /^app-[0-9a-f]+_bg\.wasm$/, 'WebAssembly module'),
  split: only(files, /^loket-split-[0-9a-f]+\.js$/, 'loader of the module\'s second file (tools/split.mjs)'),
  css: only(files, /^loket-[0-9a-f]+\.css$/, 'Loket stylesheet'),
};
assets.wasmIntegrity = await integrity(assets.wasm);
// Every language's texts (tools/texts.mjs, which runs first): the module carries none.
assets.texts = [];
for (const file of files.filter((f) => textsFile.test(f))) {
  assets.texts.push({ lang: file.match(textsFile)[1], file, integrity: await integrity(file) });
}
if (!assets.texts.length) throw new Error('embed: no texts-<lang>-<hex>.txt in the build (run tools/texts.mjs first)');
assets.cssIntegrity = await integrity(assets.css);

const script = await readFile(join(root, 'app', 'embed', 'loket-embed.js'), 'utf8');
if (!script.includes('__LOKET_ASSETS__')) throw new Error('embed: app/embed/loket-embed.js lacks __LOKET_ASSETS__');
await writeFile(join(dist, 'loket-embed.js'), script.replace('__LOKET_ASSETS__', JSON.stringify(assets, null, 2)));
await copyFile(join(root, 'app', 'embed', 'loket-embed.css'), join(dist, 'loket-embed.css'));

await mkdir(join(dist, 'profiles'), { recursive: true });
for (const profile of (await readdir(join(root, 'profiles'))).filter((f) => f.endsWith('.json'))) {
  await copyFile(join(root, 'profiles', profile), join(dist, 'profiles', profile));
}

const languages = await demoPages(await publicUrl(files));
console.log(`embed: loket-embed.js (${assets.glue}, ${assets.wasm}, ${assets.css}), /embed-demo and /embed-demo/ingelogd in ${languages.join(', ')}`);
