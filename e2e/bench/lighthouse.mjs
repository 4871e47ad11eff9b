// Lighthouse's mobile performance score for each form and its static reference page: Lighthouse
// from npm, in Debian's Chromium with the project's flags, against the bench's server (brotli, as
// a host should serve the site). Its default settings are the mobile ones: a phone's screen, 4×
// CPU and slow 4G, simulated from the page's own trace, so one machine's noise moves the score
// less than it moves the bench's own timings. Used by run.mjs (`--lighthouse-runs`).

import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { args as chromiumArgs, executablePath } from '../chromium.mjs';

/** What is kept of one Lighthouse run: the score (0–100) and the measures it is made of. */
function measures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
  };
}

/**
 * Runs Lighthouse `runs` times on each page (`{ id, kind, url }`, `url` relative to `baseURL`);
 * resolves with `{ [id]: { [kind]: [measures…] } }`.
 */
export async function lighthouseRuns(baseURL, pages, runs) {
  const chrome = await launch({ chromePath: executablePath, chromeFlags: chromiumArgs, logLevel: 'silent' });
  const out = {};
  try {
    for (let run = 1; run <= runs; run++) {
      for (const { id, kind, url } of pages) {
        const result = await lighthouse(new URL(url, baseURL).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result?.lhr) throw new Error(`Lighthouse gave no result for ${url}`);
        const m = measures(result.lhr);
        ((out[id] ??= {})[kind] ??= []).push(m);
        console.log(`lighthouse ${run}/${runs} ${id} ${kind}: ${m.score} (LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms)`);
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}
