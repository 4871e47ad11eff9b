// One cold load of one page in a fresh browser context (no cache, no storage), with or without
// the cheap-phone conditions (4× slower CPU and slow 4G: 150 ms latency, 1.6 Mbit/s down,
// 750 kbit/s up), and what it measured. See probe.js for how the page itself is timed.

import { probe } from './probe.js';
import { textField } from './pages.mjs';

export const slow4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
export const cpuSlowdown = 4;
// Tasks that start up to this long after `ready` (and, for the app, after it has started) still
// count as "during load".
const settleMs = 1000;
// 30 characters, typed one by one with a short pause, as a resident would.
export const typed = 'De stoep bij het stadhuis is k';

/** Resolves once the app has started (its WebAssembly runs and it has taken over the page). */
export function appStarted(page) {
  return page.evaluate(
    () => new Promise((resolve) => (window.__bench.appStarted !== null ? resolve() : (window.__bench.onAppStarted = resolve))),
  );
}

/**
 * Loads `url` (`kind`: 'app' or 'static'). With `keystrokes`, types into the first text field
 * afterwards (`toTextField` first moves the page there) and times each keystroke.
 */
export async function coldLoad(browser, baseURL, { url, kind, throttled, keystrokes = false, toTextField = null }) {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe, { kind });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', slow4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      // The browser's own /favicon.ico request is no part of the page.
      if (/^https?:/.test(e.request.url) && !e.request.url.endsWith('/favicon.ico')) {
        requests.set(e.requestId, { url: e.request.url, bytes: 0, sent: e.timestamp });
      }
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (requests.has(e.requestId)) requests.get(e.requestId).bytes = e.encodedDataLength;
    });

    await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
    // Polled with `evaluate`: `waitForFunction` would put Playwright's own script (about 0.5 MB)
    // into the page's JavaScript heap, which the bench measures.
    for (const until = Date.now() + 180_000; !(await page.evaluate(() => Boolean(window.__bench))); ) {
      if (Date.now() > until) throw new Error(`${url}: the probe never ran`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await page.evaluate(
      () => new Promise((resolve) => (window.__bench.ready !== null ? resolve() : (window.__bench.onReady = resolve))),
    );
    if (kind === 'app') await appStarted(page);
    await page.waitForTimeout(settleMs);
    const seen = await page.evaluate(() => {
      const b = window.__bench;
      return { ready: b.ready, started: b.started, firstStepLive: b.firstStepLive, appStarted: b.appStarted, longTasks: b.longTasks, frames: b.frames, lcp: b.lcp, shifts: b.shifts };
    });
    const until = Math.max(seen.ready, seen.appStarted ?? 0) + settleMs;
    const longest = (list) => Math.max(0, ...list.filter((t) => t.start <= until).map((t) => t.duration));

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__bench.wasmMemory());

    // What was asked for before the page was live: the first download (until the check of a
    // form's first step runs, else until the app started). When each file was asked for is read
    // from the page's own resource timings, on the clock `firstStepLive` and `appStarted` are
    // measured on (the app's module is asked for a fraction of a millisecond after the first
    // step is live, which the times of the network events cannot tell apart); the page's own
    // request is its navigation, at 0.
    const sent = [...requests.values()];
    const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]));
    const startOf = (request, i) => {
      if (i === 0) return 0;
      const at = asked.findIndex(([name]) => name === request.url);
      if (at < 0) return Infinity;
      return asked.splice(at, 1)[0][1];
    };
    const live = seen.firstStepLive ?? seen.appStarted;
    const ordered = [...sent].sort((a, b) => a.sent - b.sent);
    const beforeStart = ordered.filter((r, i) => live == null || startOf(r, i) <= live);
    const result = {
      url,
      kind,
      throttled,
      transfer: sent.reduce((sum, r) => sum + r.bytes, 0),
      firstTransfer: beforeStart.reduce((sum, r) => sum + r.bytes, 0),
      requests: sent.length,
      files: sent.map((r) => ({ url: r.url.replace(baseURL, ''), bytes: r.bytes })),
      ready: seen.ready,
      started: seen.started,
      firstStepLive: seen.firstStepLive,
      appStarted: seen.appStarted,
      longestTask: longest(seen.longTasks),
      longestFrame: longest(seen.frames),
      lcp: seen.lcp,
      layoutShift: seen.shifts.filter((s) => s.start <= until).reduce((sum, s) => sum + s.value, 0),
      jsHeap: heap.usedSize,
      wasmMemory: wasm,
      memory: heap.usedSize + wasm,
    };

    if (keystrokes) {
      if (toTextField) await toTextField(page);
      const field = page.locator(textField).first();
      await field.waitFor();
      await field.focus();
      await page.evaluate(() => (window.__bench.keys.length = 0));
      await page.keyboard.type(typed, { delay: 50 });
      await page.waitForTimeout(500);
      result.keys = await page.evaluate(() => window.__bench.keys.map((k) => k.handlers));
    }
    return result;
  } finally {
    await context.close();
  }
}
