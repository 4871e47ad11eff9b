// Debian's Chromium and the flags that work on this kind of machine; used by the e2e suite
// (playwright.config.js) and by the speed bench, so both run the same browser the same way.

/** The browser binary (`CHROMIUM` overrides it). */
export const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Launch flags: headless, no sandbox, no GPU, and nothing that talks to the network. */
export const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
