// Builds the first step's check (the crate `loket-first`, first/) and names it in every page of
// a form's first step (run by scripts/build.sh after tools/prerender.mjs and form-texts.mjs):
//
//   node tools/first-step.mjs [--dist dist]
//
// The module checks a "Volgende" pressed on the prerendered step before the app's own module
// has arrived, with the kit's own rules and texts (see first/src/lib.rs and app/loader.js). It
// is about a sixth of the app's module, so a page fetches it first: each form's page gets
// - `<link rel="preload" as="fetch" fetchpriority="low">` of it, so it comes alongside the
//   page's stylesheets and not after them, though after them when the line is busy (the
//   loader's fetch checks its integrity; Chromium ignores one on such a preload);
// - `<meta name="loket-first" content="…" data-integrity="…">`, which the loader reads.
// It is built as the residents' module is (release, `wasm-opt -Oz`) and named after its
// contents, `first-<hex>.wasm`. Pages without a form (the start page, `/loket`) and the app's
// page for every other address do not load it. Run again on the same site, it changes nothing.

import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml, htmlFiles } from './html.mjs';
import { contentNamed } from './integrity.mjs';
import { run as runIn } from './run.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const i = argv.indexOf('--dist');
const dist = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : join(root, 'dist'));
const run = (program, args) => runIn('first-step', root, program, args);

await run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--package', 'loket-first']);
const built = join(root, 'target', 'wasm32-unknown-unknown', 'release', 'loket_first.wasm');
const small = join(root, 'target', 'loket-first.wasm');
await run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', built, '-o', small]);
const bytes = await readFile(small);
const { name, integrity } = contentNamed('first', '.wasm', bytes);
await writeFile(join(dist, name), bytes);

const marker = '<meta name="loket-first"';
let pages = 0;
for (const path of await htmlFiles(dist)) {
  const html = await readFile(path, 'utf8');
  if (!html.includes('data-loket-prerendered') || !/data-loket-draft="loket-draft-[a-z0-9-]+"/.test(html)) continue;
  if (html.includes(marker)) throw new Error(`first-step: ${path} already names a first step's check (build the site anew)`);
  const [href, hash] = [escapeHtml(name), escapeHtml(integrity)];
  const tags =
    `<link rel="preload" href="${href}" as="fetch" type="application/wasm" crossorigin="anonymous" fetchpriority="low">` +
    `${marker} content="${href}" data-integrity="${hash}">`;
  // Right after the stylesheets, before the loader: fetched alongside them.
  const at = html.indexOf('<script');
  if (at < 0 || at > html.indexOf('</head>')) throw new Error(`first-step: ${path} has no script in its <head>`);
  await writeFile(path, `${html.slice(0, at)}${tags}\n    ${html.slice(at)}`);
  pages += 1;
}
if (pages === 0) throw new Error(`first-step: no page of a form's first step in ${dist} (run tools/prerender.mjs first)`);
console.log(`first-step: ${name} (${bytes.length} bytes) named in ${pages} pages`);
