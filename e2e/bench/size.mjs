// The size of the release build, the same on every machine: each file in dist/ raw, gzip
// (level 9) and brotli (quality 11), and the total a resident downloads for one form in one
// language: the form's page (its first step prerendered in that language, `<form>/index.<lang>.html`)
// and every file it loads. One WebAssembly module holds every form and language, so the pages
// differ only in their HTML; the heaviest one counts. The gallery and forms loaded at run time
// have a module of their own, the full one (`extras.html` and its files): reported apart as
// `extrasPage`, it is not what a resident's page loads. A form's page first loads only itself, its
// styles, its loader and the check of its first step (`firstStep`: the heaviest such first
// download), and then the app's module and texts.
//
//   node bench/size.mjs [--dist ../dist] [--json]

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { brotli } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

/** Sizes of every dist file, and of what one page loads. */
export async function sizeReport(dist = join(here, '..', '..', 'dist')) {
  const rows = [];
  for (const path of (await files(dist)).sort()) {
    const body = await readFile(path);
    rows.push({
      file: relative(dist, path),
      raw: body.length,
      gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length,
      brotli: brotli(body).length,
    });
  }
  const pages = [];
  for (const html of rows.filter((r) => r.file.endsWith('.html'))) {
    const text = await readFile(join(dist, html.file), 'utf8');
    // What the page links to, and the module a prerendered page names for its loader.
    const named = [...text.matchAll(/<meta name="loket-(?:glue|split|wasm)" content="\/?([^"]+)"/g)].map((m) => m[1]);
    const loaded = new Set([html.file, ...[...text.matchAll(/(?:href|src)="\/?([^"]+)"/g)].map((m) => m[1]), ...named]);
    // And the texts of its language, which the residents' module does not carry (the full
    // module does): as app/loader.js picks them, the first when none is the page's.
    if (![...loaded].some((f) => /^app-extras-/.test(f))) {
      const lang = text.match(/<html[^>]* lang="([^"]+)"/)?.[1];
      const texts = [...text.matchAll(/<meta name="loket-texts" data-lang="([^"]+)"[^>]* content="\/?([^"]+)"/g)];
      const own = texts.find((m) => m[1] === lang) ?? texts[0];
      if (own) loaded.add(own[2]);
    }
    const page = rows.filter((r) => loaded.has(r.file));
    const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
    // A form's page starts the check of its first step (tools/first-step.mjs) before it fetches
    // the app's module and texts: what it loads until that check runs is its first download.
    const first = text.match(/<meta name="loket-first" content="\/?([^"]+)"/)?.[1];
    const appsOwn = new Set([...named, ...[...loaded].filter((f) => /^texts-/.test(f))]);
    const before = first ? page.filter((r) => !appsOwn.has(r.file)) : null;
    pages.push({
      page: html.file,
      files: page.map((r) => r.file),
      raw: sum(page, 'raw'),
      gzip: sum(page, 'gzip'),
      brotli: sum(page, 'brotli'),
      firstStep: before && { files: before.map((r) => r.file), brotli: sum(before, 'brotli') },
    });
  }
  const heaviest = (list) => list.reduce((most, p) => (p.brotli > most.brotli ? p : most));
  const onePage = heaviest(pages.filter((p) => p.page !== 'extras.html'));
  // The heaviest first download of a form's page: until the check of its first step runs.
  const withFirst = pages.filter((p) => p.firstStep);
  const firstStep = withFirst.length
    ? withFirst.map((p) => ({ page: p.page, ...p.firstStep })).reduce((most, p) => (p.brotli > most.brotli ? p : most))
    : null;
  const extrasPage = pages.find((p) => p.page === 'extras.html');
  // The module's second file (tools/split.mjs): fetched once the first step is live, while the
  // resident reads it, not part of the first load.
  const later = rows.filter((r) => /^loket-rare-[0-9a-f]+\.wasm$/.test(r.file));
  return { files: rows, pages, onePage, firstStep, extrasPage, later };
}

/** The size report as a Markdown table (bytes). */
export function sizeMarkdown(report) {
  const n = (x) => x.toLocaleString('en-US');
  const lines = ['| file | raw | gzip | brotli |', '| --- | ---: | ---: | ---: |'];
  for (const r of report.files) lines.push(`| \`${r.file}\` | ${n(r.raw)} | ${n(r.gzip)} | ${n(r.brotli)} |`);
  const p = report.onePage;
  lines.push(`| **one form in one language** (\`${p.page}\` and the ${p.files.length - 1} files it loads) | ${n(p.raw)} | ${n(p.gzip)} | **${n(p.brotli)}** |`);
  const f = report.firstStep;
  if (f) lines.push(`| **first download**: until its first step's check runs (\`${f.page}\`, ${f.files.join(', ')}) | | | **${n(f.brotli)}** |`);
  for (const r of report.later) {
    lines.push(`| fetched after the first step is live, while the resident reads (\`${r.file}\`) | ${n(r.raw)} | ${n(r.gzip)} | ${n(r.brotli)} |`);
  }
  const x = report.extrasPage;
  if (x) lines.push(`| the gallery or a form loaded at run time (\`${x.page}\` and the ${x.files.length - 1} files it loads) | ${n(x.raw)} | ${n(x.gzip)} | ${n(x.brotli)} |`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--dist');
  const report = await sizeReport(i >= 0 ? args[i + 1] : undefined);
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : sizeMarkdown(report));
}
