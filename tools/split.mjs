// Splits the residents' module in two (run by scripts/build.sh right after Trunk's build of the
// site, before anything reads the module's names):
//
//   node tools/split.mjs [--dist dist]
//
// Trunk cannot split a module, so Trunk builds the residents' page without one (app/index.html has
// no `<link data-trunk rel="rust">`) and this builds the module the way cargo-leptos does:
// 1. Cargo builds the app with its feature `split` (the pages after the first step become split
//    points, see components/src/view/rare_part.rs), its linker keeping the relocations;
// 2. wasm-split-cli (crate wasm_split_cli_support, installed by scripts/setup.sh) moves what only
//    those pages use into a second file and writes the JavaScript that loads it;
// 3. wasm-bindgen makes the glue of the first file, and wasm-opt -Oz shrinks both files, as
//    Trunk does; the glue and the loader of the second file are minified (tools/minify.mjs).
// It then puts the result in the site, each file named after its contents (the first 16 hex
// digits of its SHA-384):
// - `app-<hash>.js` and `app-<hash>_bg.wasm`, the first file and its glue, preloaded at the end
//   of `index.html`'s head with their integrity, as Trunk preloads a module;
// - `loket-rare-<hash>.wasm`, the second file, which `loket-split-<hash>.js` fetches with its
//   integrity when the app asks for it;
// - `loket-split-<hash>.js`, which the glue imports: preloaded by `index.html` with its
//   integrity, and named by `<meta name="loket-split">` for app/loader.js, which hands it each
//   instance of the app it starts (`bindTo`), so the second file joins that instance (a load
//   made for an instance that stopped is not reused for the next).
// Running it again on the same site gives the same files.

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseHref, escapeHtml } from './html.mjs';
import { contentNamed } from './integrity.mjs';
import { minifyModule } from './minify.mjs';
import { run as runIn } from './run.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const i = argv.indexOf('--dist');
const dist = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : join(root, 'dist'));
const work = join(root, 'target', 'split');

/** Runs a program in the repository's folder; its output shows only when it fails. */
const run = (program, args, env = {}) => runIn('split', root, program, args, env);

/** Replaces the one occurrence of `from` in `text`; anything else means the tools changed. */
function replaceOnce(text, from, to, where) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`split: expected "${from}" once in ${where}, found it ${parts.length - 1} times`);
  return parts.join(to);
}

/** A file's name after its contents (see `contentNamed`), its integrity and its bytes. */
const named = (stem, suffix, bytes) => ({ ...contentNamed(stem, suffix, bytes), bytes });

// 1. The module with its split points, and the relocations wasm-split needs.
await run('cargo', [
  'rustc', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--package', 'app', '--bin', 'app',
  '--features', 'split', '--', '-C', 'link-arg=--emit-relocs',
]);
await rm(work, { recursive: true, force: true });
await mkdir(join(work, 'parts'), { recursive: true });
await mkdir(join(work, 'glue'), { recursive: true });
const built = join(root, 'target', 'wasm32-unknown-unknown', 'release', 'app.wasm');

// 2. Split.
await run('wasm-split-cli', [built, join(work, 'parts'), '--target', 'web', '--out-name', 'app']);
const parts = (await readdir(join(work, 'parts'))).filter((f) => f.endsWith('.wasm') && f !== 'app.wasm');
if (parts.length !== 1 || parts[0] !== 'split_rare.wasm') {
  // One split point module (`rare`) gives one file; more files would each need their integrity.
  throw new Error(`split: expected one second file, split_rare.wasm; wasm-split made ${parts.join(', ') || 'none'}`);
}

// 3. The glue, and both files as small as Trunk makes its module.
await run('wasm-bindgen', [
  '--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', join(work, 'glue'), '--out-name', 'app',
  join(work, 'parts', 'app.wasm'),
]);
await run('wasm-opt', ['-Oz', join(work, 'glue', 'app_bg.wasm'), '-o', join(work, 'main.wasm')]);
await run('wasm-opt', ['-Oz', join(work, 'parts', 'split_rare.wasm'), '-o', join(work, 'rare.wasm')]);

// The second file, and the script that loads it: with its integrity, and for the instance of
// the app it is given (wasm-split's own script imports the glue by a name of its own).
const rare = named('loket-rare', '.wasm', await readFile(join(work, 'rare.wasm')));
let loader = await readFile(join(work, 'parts', '__wasm_split.js'), 'utf8');
loader = replaceOnce(
  loader,
  'fetch(new URL("./split_rare.wasm", import.meta.url))',
  `fetch(new URL(${JSON.stringify(`./${rare.name}`)}, import.meta.url), { integrity: ${JSON.stringify(rare.integrity)} })`,
  'wasm-split\'s loader',
);
loader = replaceOnce(
  loader,
  'import { initSync } from "./app.js";',
  [
    '// The instance of the app whose memory and functions the second file joins (app/loader.js).',
    'let initSync = () => { throw new Error("Loket: the app has not started"); };',
    '/** Makes the second file join `glue`\'s instance of the app, from its next load on. */',
    'export function bindTo(glue) {',
    '  initSync = glue.initSync;',
    '  sharedImports = undefined;',
    '}',
  ].join('\n'),
  'wasm-split\'s loader',
);
// A load made for one instance is not another's: an instance that stopped (see "rendered anew"
// in app/loader.js) must not leave its load for the next.
loader = replaceOnce(
  loader,
  '    let loadingModule = undefined;\n    return () => {\n        if (loadingModule === undefined) {\n',
  '    let loadingModule = undefined;\n    let loadedFor = undefined;\n    return () => {\n        if (loadingModule === undefined || loadedFor !== initSync) {\n            loadedFor = initSync;\n',
  'wasm-split\'s loader',
);
const split = named('loket-split', '.js', Buffer.from(await minifyModule(loader, 'the loader of the second file')));

const wasm = named('app', '_bg.wasm', await readFile(join(work, 'main.wasm')));
let glue = await readFile(join(work, 'glue', 'app.js'), 'utf8');
glue = replaceOnce(glue, 'import * as import1 from "./__wasm_split.js"', `import * as import1 from "./${split.name}"`, 'the glue');
glue = replaceOnce(glue, "new URL('app_bg.wasm', import.meta.url)", `new URL('${wasm.name}', import.meta.url)`, 'the glue');
const glueFile = named('app', '.js', Buffer.from(await minifyModule(glue, 'the glue')));

// In place of an earlier build's.
for (const old of (await readdir(dist)).filter((f) => /^(app-[0-9a-f]+(_bg\.wasm|\.js)|loket-(rare|split)-[0-9a-f]+\.(wasm|js))$/.test(f))) {
  await rm(join(dist, old));
}
for (const file of [rare, split, wasm, glueFile]) await writeFile(join(dist, file.name), file.bytes);

const indexFile = join(dist, 'index.html');
let index = await readFile(indexFile, 'utf8');
// The residents' page (app/index.html) has no module of Trunk's: its preloads are written here,
// at the end of its head, as Trunk writes them, with the public URL Trunk put in its <base>.
const base = baseHref(index);
if (base === undefined) throw new Error('split: dist/index.html has no <base href> (run Trunk first)');
const ours = /<link rel="(?:module)?preload" href="[^"]*(?:app-[0-9a-f]+(?:\.js|_bg\.wasm)|loket-split-[0-9a-f]+\.js)"[^>]*>/g;
index = index.replace(ours, '');
const preloads =
  // The loader of the second file first: the glue imports it, and so it is loaded with its
  // integrity before the glue asks for it.
  `<link rel="modulepreload" href="${escapeHtml(base + split.name)}" crossorigin="anonymous" integrity="${split.integrity}" data-loket-split>` +
  `<link rel="modulepreload" href="${escapeHtml(base + glueFile.name)}" crossorigin="anonymous" integrity="${glueFile.integrity}">` +
  `<link rel="preload" href="${escapeHtml(base + wasm.name)}" crossorigin="anonymous" integrity="${wasm.integrity}" as="fetch" type="application/wasm">`;
if (index.split('</head>').length !== 2) throw new Error('split: dist/index.html has no single </head>');
index = index.replace('</head>', () => `${preloads}</head>`);
await writeFile(indexFile, index);

const kB = (file) => `${(file.bytes.length / 1024).toFixed(0)} KiB`;
console.log(`split: ${glueFile.name}, ${wasm.name} (${kB(wasm)}); ${rare.name} (${kB(rare)}), loaded by ${split.name}`);
