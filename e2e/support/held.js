// Holding the app's module back, to test a prerendered page before the app runs: the check of
// the first step (first/) comes as it would; the app's WebAssembly waits until released.
//
//   const release = await holdApp(page);
//   await page.goto('/klacht');
//   await firstStepLive(page);   // the first step's check runs
//   const appStarted = started(page);
//   release();
//   await appStarted;            // the app has taken the page over

/** Holds the app's WebAssembly back until the returned function is called; notes when the first step's check and the app start. */
export const holdApp = (page) => holdUntil(page, (route) => route.continue());

/** Holds the app's WebAssembly back until the returned function is called, and then it never arrives. */
export const failAppLater = (page) => holdUntil(page, (route) => route.abort());

async function holdUntil(page, then) {
  await page.addInitScript(() => {
    const said = (name) => new Promise((resolve) => addEventListener(name, () => resolve(performance.now()), { once: true }));
    window.firstStepLive = said('LoketFirstStepLive');
    window.loketStarted = said('TrunkApplicationStarted');
  });
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await then(route);
  });
  return release;
}

/** Resolves once the check of the first step runs (watched from before the page loaded). */
export const firstStepLive = (page) => page.evaluate(() => window.firstStepLive);

/** Resolves once app/loader.js has said the app started (watched from before the page loaded). */
export const started = (page) => page.evaluate(() => window.loketStarted);
