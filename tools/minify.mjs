// Makes the JavaScript and the styles a resident's page loads before the app starts smaller,
// without changing what they do (esbuild: shorter local names, no comments or spaces; every
// export, string and rule stays as it is). Used by tools/split.mjs for the module's glue and the
// loader of its second file, and run by scripts/build.sh right after Trunk for the page's own
// loader and stylesheets:
//
//   node tools/minify.mjs [--dist dist]
//
// Trunk copies app/loader.js and the stylesheets as they are (`data-no-minify` on the loader;
// Trunk's own minifier is not used); this replaces each by `<name>-<hash>.js` or `.css`, named
// after its new contents (the first 16 hex digits of its SHA-384), and gives `index.html` the
// new names and integrities. The readable sources stay in app/ and components/style/.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { contentNamed } from './integrity.mjs';

/** `code` minified as esbuild's `loader` ('js' or 'css') reads it; `where` names it in an error. */
async function minify(code, loader, where) {
  try {
    const options = { loader, minify: true, legalComments: 'none', charset: 'utf8' };
    const { code: small } = await transform(code, loader === 'js' ? { ...options, format: 'esm', target: 'es2022' } : options);
    return small;
  } catch (problem) {
    throw new Error(`minify: ${where} could not be minified: ${problem.message}`);
  }
}

/** `code`, an ES module, minified; `where` names it in an error. */
export const minifyModule = (code, where) => minify(code, 'js', where);

/**
 * Replaces each file `index.html` loads that Trunk copied as it is (the loader script and the
 * stylesheets, `<stem>-<hash>.js|.css` with their integrity) by a minified one, named anew.
 */
async function minifyPage(dist) {
  const indexFile = join(dist, 'index.html');
  let index = await readFile(indexFile, 'utf8');
  const tags = [
    ...index.matchAll(/<script src="([^"]*?)(loader)-[0-9a-f]+(\.js)" integrity="[^"]*" type="module">/g),
    ...index.matchAll(/<link rel="stylesheet" href="([^"]*?)([a-z]+)-[0-9a-f]+(\.css)" integrity="[^"]*"\/?>/g),
  ];
  if (!tags.some(([, , stem]) => stem === 'loader')) throw new Error('minify: dist/index.html does not load loader-<hash>.js with its integrity (run Trunk first)');
  const names = [];
  for (const [tag, base, stem, suffix] of tags) {
    const old = tag.match(/(?:src|href)="([^"]*)"/)[1].slice(base.length);
    const bytes = Buffer.from(await minify(await readFile(join(dist, old), 'utf8'), suffix.slice(1), old));
    const file = contentNamed(stem, suffix, bytes);
    await rm(join(dist, old));
    await writeFile(join(dist, file.name), bytes);
    const swapped = tag
      .replace(`="${base}${old}"`, () => `="${base}${file.name}"`)
      .replace(/integrity="[^"]*"/, () => `integrity="${file.integrity}"`);
    index = index.replace(tag, () => swapped);
    names.push(file.name);
  }
  await writeFile(indexFile, index);
  return names;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--dist');
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const dist = resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : join(root, 'dist'));
  console.log(`minify: ${(await minifyPage(dist)).join(', ')}`);
}
