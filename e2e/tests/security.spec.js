// Security: pages go out with a strict Content-Security-Policy, every script, stylesheet, preload
// and the WebAssembly carry an integrity hash that matches the bytes served, and the fixture that
// guards every test (support/test.js) does see a CSP violation and a request to another origin.
import { createHash } from 'node:crypto';
import { test, expect } from '../support/test.js';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

for (const path of ['/', '/klacht?lang=en']) {
  test(`security › ${path} goes out with a strict Content-Security-Policy`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toContain('text/html');
    const policy = response.headers()['content-security-policy'];
    expect(policy, 'the page has a Content-Security-Policy header').toBeTruthy();
    const directives = Object.fromEntries(
      policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
  });
}

// The start page (prerendered: it names its module, which the loader fetches after the first
// paint), the app's page for every other address, which also names the full module, and the
// gallery's page (extras.html), which preloads it.
for (const path of ['/', '/app.html', '/gallery']) {
  test(`security › ${path}: every script, stylesheet and preload carries an integrity that matches the bytes served`, async ({ request, baseURL }) => {
    const response = await request.get(path);
    const html = await response.text();
    const base = new URL(html.match(/<base href="([^"]*)"/)?.[1] || '/', response.url());
    expect(html, 'no inline script').not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html, 'no inline style').not.toMatch(/<style\b|\sstyle="/);

    const checked = [];
    const check = async (what, url, integrity) => {
      expect(integrity, `${what} ${url} has an integrity`).toMatch(/^sha384-/);
      const served = await request.get(new URL(url, base).href);
      expect(served.ok(), `${url} is served`).toBe(true);
      expect(sri(await served.body()), `${what} ${url}: the integrity matches the bytes served`).toBe(integrity);
      checked.push(what);
    };

    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    for (const tag of scripts) await check('script', attr(tag, 'src'), attr(tag, 'integrity'));
    for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
      const rel = attr(tag, 'rel');
      if (['stylesheet', 'modulepreload', 'preload'].includes(rel)) await check(rel, attr(tag, 'href'), attr(tag, 'integrity'));
    }
    // The full module, named for app/loader.js: it loads it with this integrity.
    const named = [...html.matchAll(/<meta name="loket-extras-[a-z]+"[^>]*>/g)].map(([tag]) => tag);
    for (const tag of named) await check('meta', attr(tag, 'content'), attr(tag, 'data-integrity'));
    if (path !== '/') expect(named, 'the full module is named').toHaveLength(2);
    // A prerendered page names its own module too (the glue, the loader of its second file and
    // the WebAssembly), fetched by the loader after the first paint.
    const own = [...html.matchAll(/<meta name="loket-(?:glue|split|wasm)"[^>]*>/g)].map(([tag]) => tag);
    for (const tag of own) await check('module', attr(tag, 'content'), attr(tag, 'data-integrity'));
    expect(own, 'a prerendered page names its module, any other page preloads it').toHaveLength(path === '/' ? 3 : 0);
    // The residents' module's second file, which the loader named here fetches with this
    // integrity (tools/split.mjs); the gallery's full module has no second file.
    const splitLoader = [...html.matchAll(/<(?:meta name="loket-split"|link rel="modulepreload"[^>]*data-loket-split)[^>]*>/g)].map(([tag]) => tag);
    expect(splitLoader, 'the loader of the second file is named once, except for the full module').toHaveLength(path === '/gallery' ? 0 : 1);
    for (const tag of splitLoader) {
      const loader = await (await request.get(new URL(attr(tag, 'content') ?? attr(tag, 'href'), base).href)).text();
      const [, file, integrity] = loader.match(/fetch\(new URL\("\.\/(loket-rare-[0-9a-f]{16}\.wasm)",\s*import\.meta\.url\),\s*\{\s*integrity:\s*"([^"]+)"\s*\}\)/) ?? [];
      expect(file, 'the loader fetches the second file with an integrity').toBeTruthy();
      await check('second file', file, integrity);
    }

    // Every language's texts, which the residents' module does not carry: the loader and the
    // language switch fetch them with this integrity (the gallery's full module carries its own).
    const texts = [...html.matchAll(/<meta name="loket-texts"[^>]*>/g)].map(([tag]) => tag);
    for (const tag of texts) await check('texts', attr(tag, 'content'), attr(tag, 'data-integrity'));
    if (path !== '/gallery') expect(texts.map((tag) => attr(tag, 'data-lang')), 'each language\'s texts are named').toEqual(['nl', 'de', 'en']);

    // That the loader also uses these integrities (Chromium does not check one on a preload of
    // the WebAssembly) is shown by the tests below, which change the bytes.

    expect(checked).toEqual(expect.arrayContaining(['script', 'stylesheet', ...(path === '/' ? ['module', 'texts'] : ['modulepreload', 'preload'])]));
    expect(new URL(base).origin).toBe(new URL(baseURL).origin);
  });
}

/**
 * Runs in the page before its scripts: notes whether the loader ever says the app started, and
 * when the loader has stopped with an error (after which it cannot start the app any more).
 */
function watchStart() {
  window.__loketStarted = false;
  window.__loketStopped = false;
  addEventListener('TrunkApplicationStarted', () => (window.__loketStarted = true));
  addEventListener('error', () => (window.__loketStopped = true));
  addEventListener('unhandledrejection', () => (window.__loketStopped = true));
}
/** Waits until the loader has stopped, then expects that it never said the app started. */
async function expectNeverStarted(page) {
  await expect.poll(() => page.evaluate(() => window.__loketStopped), { message: 'the loader stops' }).toBe(true);
  expect(await page.evaluate(() => window.__loketStarted), 'the loader never says the app started').toBe(false);
}

for (const [what, pattern] of [
  ['the WebAssembly', /_bg\.wasm$/],
  ['the JavaScript glue', /\/app-[0-9a-f]{1,16}\.js$/],
  ['its texts', /\/texts-nl-[0-9a-f]{16}\.txt$/],
  ['the loader of its second file', /\/loket-split-[0-9a-f]{16}\.js$/],
]) {
  test(`security › the app does not start when ${what} differs from its integrity`, async ({ page }) => {
    const messages = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.addInitScript(watchStart);
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: Buffer.concat([await response.body(), Buffer.from('\n')]) });
    });
    await page.goto('/');
    await expect.poll(() => messages.join('\n')).toMatch(/valid digest|integrity checks failed/i);
    await expectNeverStarted(page);
    // The start page rendered at build time stays as it is; the app never takes it over.
    await expect(page.locator('body > [data-loket-prerendered]').first()).toBeVisible();
    await expect(page.locator('body > :not([data-loket-prerendered]):not(script)')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-disabled', 'true');
  });
}

// The full module, on the gallery's page: the app does not start either.
for (const [what, pattern] of [
  ['WebAssembly', /\/app-extras-[0-9a-f]{1,16}_bg\.wasm$/],
  ['JavaScript glue', /\/app-extras-[0-9a-f]{1,16}\.js$/],
]) {
  for (const path of ['/gallery', '/app.html']) {
    test(`security › the gallery does not start when the full module's ${what} differs from its integrity (${path})`, async ({ page, request }) => {
      const messages = [];
      page.on('console', (message) => messages.push(message.text()));
      await page.addInitScript(watchStart);
      if (path === '/app.html') {
        // The app's one page at /gallery (a host without the rule for extras.html): the loader
        // preloads the full module's glue itself, with its integrity.
        const shell = await request.get('/app.html');
        const body = await shell.text();
        const headers = shell.headers();
        await page.route(
          (url) => url.pathname === '/gallery',
          (route) => route.fulfill({ body, headers: { 'content-type': headers['content-type'], 'content-security-policy': headers['content-security-policy'] } }),
        );
      }
      await page.route(pattern, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: Buffer.concat([await response.body(), Buffer.from('\n')]) });
      });
      await page.goto('/gallery');
      await expect.poll(() => messages.join('\n')).toMatch(/valid digest|integrity checks failed|does not match its integrity/i);
      await expect(page.locator('main')).toHaveCount(0);
      await expectNeverStarted(page);
    });
  }
}

test('security › the guard sees an inline script, a blocked image and a request to another origin', async ({ page, browser, security }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  expect(security.problems(), 'the site itself breaks no rule').toEqual([]);

  // Injected content is blocked by the policy, and the guard sees each violation.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    const image = document.createElement('img');
    image.src = 'https://example.invalid/pixel.png';
    document.body.append(image);
  });
  await expect.poll(() => security.violations.join('\n')).toMatch(/script-src/);
  await expect.poll(() => security.violations.join('\n')).toMatch(/img-src.*example\.invalid/);
  expect(await page.evaluate(() => window.injected)).toBeUndefined();

  // A page without the policy, in another browser context, does send the request; the guard sees it.
  const other = await (await browser.newContext()).newPage();
  await other.route('https://example.invalid/**', (route) => route.fulfill({ status: 204 }));
  await other.setContent('<img src="https://example.invalid/other.png" alt="">');
  await expect.poll(() => security.foreignRequests).toContain('https://example.invalid/other.png');

  // This is what fails a test after it ran; here it is caught, then forgotten.
  expect(() => security.check()).toThrow(/request to another origin: https:\/\/example\.invalid\/other\.png/);
  expect(() => security.check()).toThrow(/Content-Security-Policy violation: .*script-src/);
  security.clear();
  expect(() => security.check()).not.toThrow();
  await other.context().close();
});
