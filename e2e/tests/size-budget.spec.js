// The size budget: what a resident downloads for one form in one language (brotli, quality 11),
// read from the release build in dist/. Bytes come out the same on every run of the same
// toolchain, so this is a test; speed is measured in the bench (scripts/bench.sh), never in a
// test.
//
// The budget is the size the build has reached plus a little room for a newer Rust toolchain;
// the aim is 120 kB (README, "Speed": what is still in the way). It went up from 355,000 to
// 385,000 B when /gallery and the loader and linter of forms loaded at run time joined the one
// WebAssembly module of the reference site (about 30 kB brotli that every resident downloads
// too); building those pages as a module of their own takes that back. It went up to 399,000 B
// when embedding (`mountForm`, and ids, focus and regions looked up in a form's own shadow
// root: about 8 kB brotli) and the linter's page `/gallery/lint` (about 7 kB) joined it.
import { test, expect } from '../support/test.js';
import { sizeReport } from '../bench/size.mjs';

/** Most bytes (brotli) a resident may download for one form in one language. */
export const BUDGET_BYTES = 399_000;

test.skip(!!process.env.BASE_URL, 'the budget is read from the local release build, not from a deployed site');

test('size › one form in one language stays within its budget', async () => {
  const { onePage } = await sizeReport();
  expect(onePage.files, 'the page loads its script, its WebAssembly and its styles').toEqual(
    expect.arrayContaining([expect.stringMatching(/_bg\.wasm$/), expect.stringMatching(/\.js$/), expect.stringMatching(/\.css$/)]),
  );
  expect(onePage.brotli, `${onePage.page} and the files it loads: ${onePage.files.join(', ')}`).toBeLessThanOrEqual(BUDGET_BYTES);
});

test('size › every form has a prerendered first page that is counted', async () => {
  const { files, onePage } = await sizeReport();
  const pages = files.map((f) => f.file).filter((f) => /\/index(\.[a-z-]+)?\.html$/i.test(f));
  expect(pages).toEqual(expect.arrayContaining(['klacht/index.html', 'woo-verzoek/index.html', 'vergunning/evenement/index.html']));
  expect(onePage.page).toMatch(/\/index(\.[a-z-]+)?\.html$/);
});
