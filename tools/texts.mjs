// Writes each language's texts into the built site, since the residents' module carries none:
// a page fetches only the language it shows, and another when the resident switches to it.
//
//   node tools/texts.mjs [--dist dist]
//
// The texts are compiled by the site's own program, natively (`app --texts`, see
// app/src/prerender.rs and tools/native-app.mjs), exactly as the module would have carried them.
// Each language's file is `dist/texts-<lang>-<hex>.txt`, named after its contents (so it may be
// cached for good). Every page of the site (`dist/*.html`, and so the pages made from them
// later) names them in its `<head>`, with their integrity, in the order of the language switch:
//
//   <meta name="loket-texts" data-lang="en" data-also="en-XA" content="texts-en-….txt"
//         data-integrity="sha384-…">
//
// `data-also` lists the pseudo-locale that shows these texts. app/loader.js fetches the page's
// language; the language switch (app/src/site.rs) fetches another; loket-embed.js (tools/embed.mjs)
// fetches them all. Run again, it replaces what it wrote before.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha384 } from './integrity.mjs';
import { nativeApp } from './native-app.mjs';
import { textsFile, textsFileName } from './texts-name.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const distArg = argv.indexOf('--dist');
const dist = resolve(distArg >= 0 ? argv[distArg + 1] : join(root, 'dist'));

const files = await readdir(dist);
for (const old of files.filter((f) => textsFile.test(f))) await rm(join(dist, old));

const metas = [];
for (const { lang, also, texts } of await nativeApp(['--texts'])) {
  const bytes = Buffer.from(texts, 'utf8');
  const { hex, integrity } = sha384(bytes);
  const name = textsFileName(lang, hex);
  await writeFile(join(dist, name), bytes);
  const alsoAttribute = also.length ? ` data-also="${also.join(' ')}"` : '';
  metas.push(`<meta name="loket-texts" data-lang="${lang}"${alsoAttribute} content="${name}" data-integrity="${integrity}">`);
  console.log(`texts: ${name} (${bytes.length} bytes)`);
}

const named = /[ \t]*<meta name="loket-texts"[^>]*>\n?/g;
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const html = (await readFile(join(dist, file), 'utf8')).replace(named, '');
  if (!html.includes('</head>')) throw new Error(`texts: ${file} has no </head>`);
  await writeFile(join(dist, file), html.replace('</head>', `${metas.map((m) => `  ${m}\n`).join('')}</head>`));
}
