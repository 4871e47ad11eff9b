// Runs in each bench page before any of the page's own scripts (Playwright's addInitScript)
// and keeps what the bench reads afterwards in `window.__bench`:
//
// - ready: when the first form field accepts typing, in ms since navigation start. The page
//   must be parsed with its stylesheets and deferred scripts (DOMContentLoaded), the first
//   field in <main> (`input`, `textarea` or `select`) must exist, and then the main thread must
//   be free to run the next task (a MessageChannel message): that moment is `ready`. On a
//   form's address the app's page already holds the first step, rendered at build time, and
//   what is typed there is carried over when the app starts (app/loader.js); on another address
//   the field comes when the app has rendered it.
// - firstStepLive (a form's page only): when the check of its first step runs, so that every
//   part of the step works (the `LoketFirstStepLive` event that app/loader.js sends).
// - appStarted (the app only): when the WebAssembly has started and the app has taken over the
//   page (the `TrunkApplicationStarted` event that app/loader.js sends).
// - longTasks / frames: every long task (≥ 50 ms, `longtask`) and long animation frame
//   (`long-animation-frame`) from navigation start on.
// - keys: for each keystroke, the time its events (keydown, keypress, beforeinput, input,
//   keyup) spend in the page's listeners. Each event is timed from the moment it reaches
//   `window` in the capture phase (this listener is registered first, so it runs first) to a
//   listener added to `window` for the bubble phase during that dispatch, which runs last,
//   after every listener of the page and the microtasks they queued.
// - lcp: the start time of the last largest-contentful-paint entry (the browser stops reporting
//   at the first input), in ms since navigation start.
// - shifts: every layout shift not caused by recent input (`layout-shift`), with its time and
//   score; their sum is the page's cumulative layout shift.
// - wasmMemory(): the WebAssembly memory's size in bytes (the app only): the app's, and the first
//   step's check's while it is still held.
export function probe({ kind }) {
  if (window.top !== window) return;
  const bench = (window.__bench = {
    kind,
    started: null,
    ready: null,
    onReady: null,
    firstStepLive: null,
    appStarted: null,
    onAppStarted: null,
    longTasks: [],
    frames: [],
    keys: [],
    lcp: null,
    shifts: [],
  });
  let memory = null;
  let firstMemory = null;
  bench.wasmMemory = () => (memory ? memory.buffer.byteLength : 0) + (firstMemory?.deref()?.buffer.byteLength ?? 0);

  const field = () => document.querySelector('main input:not([type=hidden]), main textarea, main select');
  const whenFree = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      bench.ready = performance.now();
      if (bench.onReady) bench.onReady();
    };
    channel.port2.postMessage(0);
  };
  const interactive = () => {
    bench.started = performance.now();
    if (field()) return whenFree();
    const watcher = new MutationObserver(() => {
      if (!field()) return;
      watcher.disconnect();
      whenFree();
    });
    watcher.observe(document, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', interactive);
  if (kind === 'app') {
    addEventListener('LoketFirstStepLive', (event) => {
      firstMemory = event.detail?.memory ?? null;
      bench.firstStepLive = performance.now();
    });
    addEventListener('TrunkApplicationStarted', (event) => {
      memory = event.detail?.wasm?.memory || null;
      bench.appStarted = performance.now();
      if (bench.onAppStarted) bench.onAppStarted();
    });
  }

  const observe = (type, into) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) into.push({ start: e.startTime, duration: e.duration });
      }).observe({ type, buffered: true });
    } catch {
      // Not supported by this browser: the list stays empty.
    }
  };
  observe('longtask', bench.longTasks);
  observe('long-animation-frame', bench.frames);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts.push({ start: e.startTime, value: e.value });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // Not supported by this browser: no paint time, no shifts.
  }

  let keystroke = null;
  const pending = {};
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
    addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        const start = performance.now();
        if (type === 'keydown') {
          keystroke = { handlers: 0 };
          bench.keys.push(keystroke);
        }
        const record = keystroke;
        // An event stopped on its way never reaches the end: drop its listener.
        if (pending[type]) removeEventListener(type, pending[type]);
        pending[type] = () => {
          pending[type] = null;
          if (record) record.handlers += performance.now() - start;
        };
        addEventListener(type, pending[type], { once: true });
      },
      { capture: true },
    );
  }
}
