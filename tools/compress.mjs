// Writes the brotli (quality 11) and gzip (level 9) forms of every compressible file of the
// built site next to it (`app-<hash>.js.br`, `.gz`), once at build time: the intake service
// reads them at start and sends the form each browser takes (see intake/src/site.rs).
//
//   node tools/compress.mjs --dist dist

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const dist = at >= 0 && args[at + 1] ? args[at + 1] : 'dist';
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.ftl', '.txt']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let count = 0;
let before = 0;
let after = 0;
for await (const path of files(dist)) {
  if (!compressible.has(extname(path))) continue;
  const body = await readFile(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  await writeFile(`${path}.br`, br);
  await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
  count += 1;
  before += body.length;
  after += br.length;
}
console.log(`compressed ${count} files: ${before} B, ${after} B with brotli`);
