// Two WebAssembly modules (docs/speed.md, "Two modules"): residents' pages start the site's own module, built
// without the gallery, the linter and the loader of forms loaded at run time; the gallery, its
// linter page and forms loaded at run time start the full module (the app's feature `extras`).
// The host serves `extras.html` there, which preloads the full module only; a host that serves
// the app's one page there works too, because app/loader.js picks the module by the address.
import { test, expect } from '../support/test.js';
import { t } from '../support/texts.js';

const ownModule = /\/app-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/;
const fullModule = /\/app-extras-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/;

/** Every address the page asks for, and a promise of the app's start (app/loader.js says so). */
async function watch(page) {
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    window.loketStarted = new Promise((resolve) => addEventListener('TrunkApplicationStarted', () => resolve(), { once: true }));
  });
  return { requested, started: () => page.evaluate(() => window.loketStarted) };
}

const residentPages = [
  { path: '/', heading: 'site-start-title' },
  { path: '/klacht?lang=en', heading: 'klacht-soort-label' },
  { path: '/vergunning/evenement?lang=de', heading: 'vergunning-evenement-step-evenement-title' },
  { path: '/loket', heading: 'loket-continue-title' },
];

for (const { path, heading } of residentPages) {
  test(`modules › ${path} starts the site's own module, never the full one`, async ({ page }) => {
    const { requested, started } = await watch(page);
    await page.goto(path);
    await started();
    const lang = new URL(path, 'http://x').searchParams.get('lang') || 'nl';
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, heading));
    expect(requested.filter((p) => ownModule.test(p))).toHaveLength(2);
    expect(requested.filter((p) => fullModule.test(p)), 'the full module is not loaded').toEqual([]);
  });
}

const fullPages = [
  { path: '/gallery', heading: (lang) => t(lang, 'gallery-title') },
  { path: '/gallery/lint?lang=en', heading: (lang) => t(lang, 'gallery-lint-title') },
  { path: '/formulier/avg-verzoek', heading: null },
];

/** The page shows what the full module renders there (a form loaded at run time: not "not found"). */
async function expectFullPage(page, path, heading) {
  const lang = new URL(path, 'http://x').searchParams.get('lang') || 'nl';
  const h1 = page.locator('main h1');
  if (heading) await expect(h1).toHaveText(heading(lang));
  else {
    await expect(h1).toBeVisible();
    await expect(h1).not.toHaveText(t(lang, 'site-not-found-title'));
    await expect(page.getByText(t(lang, 'loket-runtime-loading'))).toHaveCount(0);
  }
}

for (const { path, heading } of fullPages) {
  test(`modules › ${path} gets extras.html and starts the full module only`, async ({ page }) => {
    const { requested, started } = await watch(page);
    await page.goto(path);
    await started();
    await expectFullPage(page, path, heading);
    expect(requested.filter((p) => fullModule.test(p))).toHaveLength(2);
    expect(requested.filter((p) => ownModule.test(p)), 'the small module is not loaded').toEqual([]);
  });

  test(`modules › ${path} starts the full module from the app's one page too`, async ({ page, request }) => {
    // A host without the rule for extras.html: every address gets app.html.
    const shell = await request.get('/app.html');
    const headers = shell.headers();
    const body = await shell.text();
    await page.route(
      (url) => url.pathname === new URL(path, 'http://x').pathname,
      (route) => route.fulfill({ body, headers: { 'content-type': headers['content-type'], 'content-security-policy': headers['content-security-policy'] } }),
    );
    const { requested, started } = await watch(page);
    await page.goto(path);
    await started();
    await expectFullPage(page, path, heading);
    expect(requested.filter((p) => fullModule.test(p))).toHaveLength(2);
    // The page preloads the site's own module, which is fetched in vain.
    expect(requested.filter((p) => ownModule.test(p))).toHaveLength(2);
  });
}

test('modules › the site\'s own module has no gallery: without the full module named, /gallery is not found', async ({ page, request }) => {
  const shell = await request.get('/app.html');
  const headers = shell.headers();
  const body = (await shell.text()).replace(/<meta name="loket-extras-[a-z]+"[^>]*>/g, '');
  expect(body).not.toContain('loket-extras');
  await page.route(
    (url) => url.pathname === '/gallery',
    (route) => route.fulfill({ body, headers: { 'content-type': headers['content-type'], 'content-security-policy': headers['content-security-policy'] } }),
  );
  const { requested, started } = await watch(page);
  await page.goto('/gallery');
  await started();
  await expect(page.locator('main h1')).toHaveText(t('nl', 'site-not-found-title'));
  expect(requested.filter((p) => fullModule.test(p))).toEqual([]);
});
