// Makes the JavaScript a resident's page loads before the app starts smaller, without changing
// what it does (esbuild: shorter local names, no comments or spaces; every export and string
// stays as it is). Used by tools/split.mjs for the module's glue and the loader of its second
// file, and run by scripts/build.sh right after Trunk for the page's own loader:
//
//   node tools/minify.mjs [--dist dist]
//
// Trunk copies app/loader.js as it is (`data-no-minify`: its own minifier is not used); this
// replaces it by `loader-<hash>.js`, named after its new contents (the first 16 hex digits of its
// SHA-384), and gives `index.html` the new name and integrity. The readable source stays
// app/loader.js.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { contentNamed } from './integrity.mjs';

/** `code`, an ES module, minified; `where` names it in an error. */
export async function minifyModule(code, where) {
  try {
    const { code: small } = await transform(code, {
      format: 'esm',
      minify: true,
      target: 'es2022',
      legalComments: 'none',
      charset: 'utf8',
    });
    return small;
  } catch (problem) {
    throw new Error(`minify: ${where} could not be minified: ${problem.message}`);
  }
}

/** Replaces Trunk's copy of app/loader.js in `dist` by a minified one, named in `index.html`. */
async function minifyLoader(dist) {
  const copies = (await readdir(dist)).filter((f) => /^loader-[0-9a-f]+\.js$/.test(f));
  if (copies.length !== 1) throw new Error(`minify: expected one loader-<hash>.js in ${dist} (run Trunk first), found ${copies.length}`);
  const [old] = copies;
  const indexFile = join(dist, 'index.html');
  const index = await readFile(indexFile, 'utf8');
  const tag = new RegExp(`<script src="([^"]*)${old.replace('.', '\\.')}" integrity="[^"]*" type="module">`);
  const found = index.match(tag);
  if (!found) throw new Error(`minify: dist/index.html does not load ${old} with its integrity`);
  const bytes = Buffer.from(await minifyModule(await readFile(join(dist, old), 'utf8'), old));
  const loader = contentNamed('loader', '.js', bytes);
  await rm(join(dist, old));
  await writeFile(join(dist, loader.name), bytes);
  const [, base] = found;
  await writeFile(indexFile, index.replace(found[0], () => `<script src="${base}${loader.name}" integrity="${loader.integrity}" type="module">`));
  return loader.name;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--dist');
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const dist = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : join(root, 'dist'));
  console.log(`minify: ${await minifyLoader(dist)}`);
}
