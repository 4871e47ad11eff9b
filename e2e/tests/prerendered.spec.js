// The start page and the first step of each form come as HTML, rendered at build time
// (tools/prerender.mjs): a resident sees them and can fill in the step before the WebAssembly has
// arrived, keeps what they typed and where they were when it does, and without JavaScript, or
// when the module never loads, still sees the forms, the question, the help channels and the
// other ways to reach the municipality.
import { test, expect } from '../support/test.js';
import { checkAccessibility } from '../support/axe.js';
import { languages, textsFor } from '../support/texts.js';
import { expectHeading, pressNext, urlFor } from '../support/forms.js';
import { failAppLater, holdApp, started } from '../support/held.js';

const firstSteps = [
  { path: '/klacht', heading: 'klacht-soort-label' },
  { path: '/woo-verzoek', heading: 'woo-verzoek-step-onderwerp-title' },
  { path: '/vergunning/evenement', heading: 'vergunning-evenement-step-evenement-title' },
];

// Precise enough that the form gives no advice to narrow it down.
const sharp = 'De e-mails tussen de gemeente en de aannemer over de nieuwe brug bij de haven';


/** Whether the app has put its own elements in place of the prerendered ones. */
const prerenderedLeft = (page) => page.locator('[data-loket-prerendered]').count();

for (const lang of languages) {
  const T = textsFor(lang);

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const { path, heading } of firstSteps) {
      test(`prerendered › ${lang} › ${path} shows its first step, the help and the other ways without JavaScript`, async ({ page }) => {
        await page.goto(urlFor(path, lang));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(T(heading));
        await expect(page.getByRole('heading', { name: T('loket-help-title'), exact: true })).toBeVisible();
        await expect(page.getByRole('link', { name: T('loket-help-call', { phone: '14053' }), exact: true })).toBeVisible();
        // Every field starts empty (no markup of the renderer shows as text).
        for (const box of await page.getByRole('textbox').all()) await expect(box).toHaveValue('');
        // Nothing pretends to work: the buttons say they are not available yet.
        await expect(page.getByRole('button', { name: T('loket-next'), exact: true })).toHaveAttribute('aria-disabled', 'true');
      });
    }

    test(`prerendered › ${lang} › the start page lists the forms and leads to their first step without JavaScript`, async ({ page }) => {
      await page.goto(urlFor('/', lang));
      await expect(page.getByRole('heading', { level: 1, name: T('site-start-title') })).toBeVisible();
      await page.getByRole('link', { name: T('klacht-title') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(T('klacht-soort-label'));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  });
}

test('prerendered › Enter in a prerendered field sends nothing and puts no answer in the address', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/woo-verzoek');
  const T = textsFor('nl');
  const subject = page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') });
  await subject.fill('Geheim onderwerp');
  await subject.press('Enter');
  await expect(page).toHaveURL(/\/woo-verzoek$/);
  expect(page.url()).not.toContain('Geheim');
  release();
});

for (const lang of ['nl', 'en']) {
  const T = textsFor(lang);

  test(`prerendered › ${lang} › what the resident typed and chose before the app started is kept, with the focus`, async ({ page }, testInfo) => {
    const release = await holdApp(page);
    await page.goto(urlFor('/woo-verzoek', lang));
    const subject = page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') });
    await subject.fill('Het verkeersplan voor de Oldenzaalsestraat');
    await page.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) }).check();
    await subject.focus();
    await subject.press('End');
    // The page a resident sees while the WebAssembly is on its way passes axe too.
    await checkAccessibility(page, testInfo);
    expect(await prerenderedLeft(page)).toBeGreaterThan(0);

    const appStarted = started(page);
    release();
    await appStarted;
    expect(await prerenderedLeft(page)).toBe(0);
    await expect(subject).toHaveValue('Het verkeersplan voor de Oldenzaalsestraat');
    await expect(subject).toBeFocused();
    await page.keyboard.type(' en de Hengelosestraat');
    await expect(subject).toHaveValue('Het verkeersplan voor de Oldenzaalsestraat en de Hengelosestraat');
    // The app has the answers: they are kept in the tab and, as chosen, on the device.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k).includes('Hengelosestraat')).length))
      .toBe(1);
    await page.reload();
    await expect(page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') })).toHaveValue(
      'Het verkeersplan voor de Oldenzaalsestraat en de Hengelosestraat',
    );
  });

  test(`prerendered › ${lang} › a choice made before the app started takes the resident on`, async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(urlFor('/klacht', lang));
    await page.getByRole('radio', { name: T('klacht-soort-option-dienstverlening') }).check();
    expect(await prerenderedLeft(page)).toBeGreaterThan(0);
    const appStarted = started(page);
    release();
    await appStarted;
    await expect(page.getByRole('radio', { name: T('klacht-soort-option-dienstverlening') })).toBeChecked();
    await pressNext(page, T);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(T('klacht-soort-label'));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

/** The status beside "Volgende" that says the page is still loading (app/loader.js). */
const waitingStatus = (page, T) => page.getByRole('status').filter({ hasText: T('site-start-waiting') });

test('prerendered › a "Volgende" pressed twice before the app started says the page is still loading, and is carried out once, when it starts', async ({
  page,
}, testInfo) => {
  const T = textsFor('nl');
  const release = await holdApp(page);
  await page.goto('/woo-verzoek');
  await page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') }).fill(sharp);
  const next = page.getByRole('button', { name: T('loket-next'), exact: true });
  await next.click();
  await next.click();
  // Nothing is sent or shown yet: the first step stays until the app runs, and the press is
  // answered, once, right below the button.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(T('woo-verzoek-step-onderwerp-title'));
  expect(await prerenderedLeft(page)).toBeGreaterThan(0);
  await expect(waitingStatus(page, T)).toBeVisible();
  await expect(waitingStatus(page, T)).toHaveCount(1);
  const [buttonBox, statusBox] = [await next.boundingBox(), await waitingStatus(page, T).boundingBox()];
  expect(statusBox.y, 'the status is below the button').toBeGreaterThanOrEqual(buttonBox.y + buttonBox.height);
  expect(statusBox.y - (buttonBox.y + buttonBox.height), 'the status is right below the button').toBeLessThan(80);
  await checkAccessibility(page, testInfo);
  const appStarted = started(page);
  release();
  await appStarted;
  await expect(waitingStatus(page, T)).toHaveCount(0);
  // One step on, not two, with the focus on its heading as after any "Volgende".
  await expectHeading(page, T, 'woo-verzoek-step-documenten-title');
  await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
  await expect(page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') })).toHaveValue(sharp);
});

test('prerendered › Enter in an empty first step before the app started shows the errors when it starts', async ({ page }) => {
  const T = textsFor('nl');
  const release = await holdApp(page);
  await page.goto('/woo-verzoek');
  // Enter in a one-line field sends a form (in the subject's text area it starts a new line).
  await page.getByRole('textbox', { name: T('woo-verzoek-periode-label') }).press('Enter');
  const appStarted = started(page);
  release();
  await appStarted;
  const summary = page.locator('#loket-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: T('loket-error-summary-title') })).toBeVisible();
  await expect(page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') })).toHaveAttribute('aria-invalid', 'true');
});

test('prerendered › when the WebAssembly never arrives the step says so, keeps what was typed, and the help and the other ways stay', async ({ page }, testInfo) => {
  const T = textsFor('nl');
  const fail = await failAppLater(page);
  await page.goto('/woo-verzoek');
  const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: T('site-start-failed-title') }) });
  // While the module is on its way, nothing says it failed.
  await expect(page.getByRole('heading', { name: T('site-start-failed-title') })).toHaveCount(0);
  const subject = page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') });
  await subject.fill(sharp);
  await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
  await expect(waitingStatus(page, T)).toBeVisible();
  fail();
  await expect(notice).toBeVisible();
  // The failure is said once, by the notice: the page no longer says it is loading.
  await expect(waitingStatus(page, T)).toHaveCount(0);
  await expect(notice.getByText(T('site-start-failed-body'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(T('woo-verzoek-step-onderwerp-title'));
  await expect(subject).toHaveValue(sharp);
  await expect(page.getByRole('heading', { name: T('loket-help-title'), exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: T('loket-help-call', { phone: '14053' }), exact: true })).toBeVisible();
  // Its "Volgende" can no longer be carried out, and says so.
  await expect(page.getByRole('button', { name: T('loket-next'), exact: true })).toHaveAttribute('aria-disabled', 'true');
  await checkAccessibility(page, testInfo);
});

test('prerendered › what was typed and chosen before the app started survives a reload before it starts, and the app then has it', async ({ page }) => {
  const T = textsFor('nl');
  const release = await holdApp(page);
  await page.goto('/woo-verzoek');
  const subject = () => page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') });
  const period = () => page.getByRole('textbox', { name: T('woo-verzoek-periode-label') });
  const keepOnDevice = () => page.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) });
  await subject().fill(sharp);
  await period().fill('2025');
  await keepOnDevice().check();
  await page.reload();
  // Still before the app started: the page itself puts the answers back.
  await expect(subject()).toHaveValue(sharp);
  await expect(period()).toHaveValue('2025');
  await expect(keepOnDevice()).toBeChecked();
  expect(await prerenderedLeft(page)).toBeGreaterThan(0);

  const appStarted = started(page);
  release();
  await appStarted;
  await expect(subject()).toHaveValue(sharp);
  await pressNext(page, T);
  await expectHeading(page, T, 'woo-verzoek-step-documenten-title');
  await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
  await expect(period()).toHaveValue('2025');
  // The app keeps them now, in its draft: the page's own copy is gone, so once the form is sent
  // or cleared nothing of it comes back.
  const copies = () => page.evaluate((text) => Object.values(sessionStorage).filter((v) => v.includes(text)).length, sharp);
  await expect.poll(copies).toBe(1);
});

test('prerendered › what was typed before the app could not start is still there after a reload', async ({ page }) => {
  const T = textsFor('nl');
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/woo-verzoek');
  await expect(page.getByRole('heading', { name: T('site-start-failed-title') })).toBeVisible();
  await page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') }).fill(sharp);
  await page.reload();
  await expect(page.getByRole('heading', { name: T('site-start-failed-title') })).toBeVisible();
  await expect(page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') })).toHaveValue(sharp);
});

test('prerendered › the app takes over the same step and moves focus the usual way after it', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto('/klacht');
  await expect.poll(() => prerenderedLeft(page)).toBe(0);
  await expect(page.locator('#loket-step-heading')).toHaveCount(1);
  await page.getByRole('radio', { name: T('klacht-soort-option-behandeling') }).check();
  await pressNext(page, T);
  await expectHeading(page, T, 'klacht-step-gebeurd-title');
});


for (const { path } of firstSteps) {
  test(`prerendered › ${path} › the app takes the prerendered elements over as they are: nothing is replaced and nothing moves`, async ({ page }) => {
    const T = textsFor('nl');
    const release = await holdApp(page);
    await page.addInitScript(() => {
      window.loketShifts = [];
      new PerformanceObserver((list) => window.loketShifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    // Every element of the page, marked: a mark stays on the element it was put on.
    const marked = await page.evaluate(() => {
      const all = [...document.body.querySelectorAll('*')];
      for (const element of all) element.loketBefore = true;
      return all.length;
    });
    const heading = await page.getByRole('heading', { level: 1 }).elementHandle();
    const next = await page.getByRole('button', { name: T('loket-next'), exact: true }).elementHandle();
    const shiftsBefore = await page.evaluate(() => window.loketShifts.length);

    const appStarted = started(page);
    release();
    await appStarted;
    expect(await prerenderedLeft(page)).toBe(0);
    // The same heading and the same button, still in the page, now the app's.
    expect(await page.evaluate((h) => h.isConnected && h === document.querySelector('main h1'), heading)).toBe(true);
    expect(await page.evaluate((b) => b.isConnected && b === document.querySelector('main form button[type="submit"]'), next)).toBe(true);
    // Every element the page came with is still there, and the app added none.
    const after = await page.evaluate(() => {
      const all = [...document.body.querySelectorAll('*')];
      return { kept: all.filter((e) => e.loketBefore === true).length, added: all.filter((e) => e.loketBefore !== true).map((e) => e.outerHTML.slice(0, 80)) };
    });
    expect(after).toEqual({ kept: marked, added: [] });
    // No button says any longer that it is not available, and the build's marks are gone.
    await expect(page.locator('button[aria-disabled], [data-loket-waits], form[method]')).toHaveCount(0);
    // Taking over moved nothing on the screen.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate((from) => window.loketShifts.slice(from), shiftsBefore)).toEqual([]);
    // And it works: "Volgende" in an empty step gives the errors, as it does in the app.
    await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
    await expect(page.locator('#loket-error-summary')).toBeFocused();
  });
}

test('prerendered › a page changed before the app started (by a translation or an extension) is rendered anew, with what was typed', async ({ page }) => {
  const T = textsFor('nl');
  const release = await holdApp(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/woo-verzoek');
  const subject = page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') });
  await subject.fill(sharp);
  // As an extension might: an item of its own in the language switch's list.
  await page.evaluate(() => {
    const list = document.querySelector('.loket-language-switch__list');
    list.insertBefore(document.createElement('li'), list.lastChild);
  });
  const appStarted = started(page);
  release();
  await appStarted;
  expect(warnings.some((w) => w.includes('rendered anew'))).toBe(true);
  expect(await prerenderedLeft(page)).toBe(0);
  await expect(page.locator('.loket-language-switch__list > li')).toHaveCount(3);
  await expect(subject).toHaveValue(sharp);
  await pressNext(page, T);
  await expectHeading(page, T, 'woo-verzoek-step-documenten-title');
  // A page from the module's second file works in the second instance too (its loader joins
  // the instance that runs; the one that stopped never fetched it).
  await page.getByRole('region', { name: T('loket-help-title') }).getByRole('button', { name: T('loket-handoff-open') }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-handoff-title') })).toBeFocused();
  await expect(page.getByRole('img', { name: T('loket-handoff-qr-label') })).toBeVisible();
});

test('prerendered › with answers kept from before, the prerendered first step waits for the app, which opens where the resident was', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto('/woo-verzoek');
  await page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') }).fill(sharp);
  await pressNext(page, T);
  await expectHeading(page, T, 'woo-verzoek-step-documenten-title');

  const release = await holdApp(page);
  await page.reload();
  const main = page.locator('main');
  await expect(main).toHaveAttribute('aria-busy', 'true');
  // The stale first step cannot be used: nobody starts over on it.
  const stale = page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') });
  await expect(stale).toHaveValue('');
  await stale.focus();
  await expect(stale).not.toBeFocused();
  expect(await main.evaluate((m) => m.inert)).toBe(true);

  const appStarted = started(page);
  release();
  await appStarted;
  await expect(main).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1, name: T('woo-verzoek-step-documenten-title') })).toBeVisible();
  await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
  await expect(page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') })).toHaveValue(sharp);
});

test('prerendered › /loket: an answers file chosen before the app started is read once it has', async ({ page }) => {
  const NL = textsFor('nl');
  const release = await holdApp(page);
  await page.goto('/loket');
  const file = page.getByLabel(NL('loket-continue-file-label'));
  await file.setInputFiles({ name: 'antwoorden.json', mimeType: 'application/json', buffer: Buffer.from('{"niet":"loket"}') });
  expect(await prerenderedLeft(page), 'the file was chosen on the page rendered at build time').toBeGreaterThan(0);
  release();
  await started(page);
  await expect(page.locator('#loket-continue-file-error')).toContainText(NL('loket-continue-file-error-not-answers'));
  await expect(page.locator('#loket-error-summary')).toBeFocused();
});
