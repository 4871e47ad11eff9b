// The check of the prerendered first step (first/, started by app/loader.js): a small module,
// without Leptos, that a form's page fetches before the app's own. A "Volgende" pressed before
// the app runs is checked with the kit's own rules and texts, and the errors show at once, on
// the same page the app shows them on; the app then takes them over where they are.
import { test, expect } from '../support/test.js';
import { checkAccessibility } from '../support/axe.js';
import { languages, textsFor } from '../support/texts.js';
import { expectHeading, urlFor } from '../support/forms.js';
import { failAppLater, firstStepLive, holdApp, started } from '../support/held.js';

const firstSteps = [
  { path: '/klacht', form: 'klacht' },
  { path: '/woo-verzoek', form: 'woo-verzoek' },
  { path: '/vergunning/evenement', form: 'vergunning-evenement' },
];

/**
 * Opens `path` with the app held back, once the first step's check runs, and presses
 * "Volgende" on the empty step: the check's summary has the focus. Returns what releases the
 * app, the button and the summary.
 */
async function pressedEarly(page, path, T) {
  const release = await holdApp(page);
  await page.goto(path);
  await firstStepLive(page);
  const next = page.getByRole('button', { name: T('loket-next'), exact: true });
  await next.click();
  const summary = page.locator('#loket-error-summary');
  await expect(summary).toBeFocused();
  return { release, next, summary };
}

/**
 * What a step in error shows: the page's title, and as markup the summary, each error message,
 * which controls are invalid and what describes them, which questions are marked, and where the
 * summary and the messages sit. Comments (Leptos' markers for hydration) are left out.
 */
const errorState = (page) =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    const html = (element) => element?.outerHTML.replace(/<!--[^]*?-->/g, '') ?? null;
    const summary = document.getElementById('loket-error-summary');
    const next = (element) => {
      let sibling = element?.nextElementSibling;
      while (sibling && sibling.tagName === 'SCRIPT') sibling = sibling.nextElementSibling;
      return sibling?.className ?? null;
    };
    return {
      title: document.title,
      summary: html(summary),
      summaryBefore: next(summary),
      messages: [...main.querySelectorAll('.loket-error-message')].map((m) => ({
        html: html(m),
        after: m.previousElementSibling?.className ?? null,
      })),
      invalid: [...main.querySelectorAll('[aria-invalid]')].map((e) => `${e.id}=${e.getAttribute('aria-invalid')}`),
      described: [...main.querySelectorAll('[aria-describedby]')].map((e) => `${e.id}=${e.getAttribute('aria-describedby')}`),
      marked: [...main.querySelectorAll('.loket-question--error')].map((e) => e.querySelector('[id]')?.id ?? e.id),
    };
  });

for (const lang of languages) {
  const T = textsFor(lang);
  for (const { path, form } of firstSteps) {
    test(`first step › ${lang} › ${path} › a "Volgende" before the app runs shows the errors at once, as the app shows them, and the app keeps them`, async ({
      page,
      browser,
    }, testInfo) => {
      // The app's own errors for the empty step, in a page of its own.
      const own = await browser.newPage();
      await own.addInitScript(() => {
        window.loketStarted = new Promise((resolve) => addEventListener('TrunkApplicationStarted', () => resolve(), { once: true }));
      });
      await own.goto(urlFor(path, lang));
      await own.evaluate(() => window.loketStarted);
      await own.getByRole('button', { name: T('loket-next'), exact: true }).click();
      await expect(own.locator('#loket-error-summary')).toBeFocused();
      const app = await errorState(own);
      await own.close();
      expect(app.messages.length, 'the empty step has errors').toBeGreaterThan(0);

      const { release, next, summary } = await pressedEarly(page, urlFor(path, lang), T);
      await expect(summary.getByRole('heading', { name: T('loket-error-summary-title') })).toBeVisible();
      // The app has not started: its step is still the prerendered one.
      expect(await page.locator('[data-loket-prerendered]').count()).toBeGreaterThan(0);
      // No waiting: there is nothing to carry out until the step is put right.
      await expect(page.locator('.loket-start-waiting')).toHaveCount(0);
      expect(await errorState(page)).toEqual(app);
      await checkAccessibility(page, testInfo);

      const appStarted = started(page);
      release();
      await appStarted;
      await expect(page.locator('[data-loket-prerendered]')).toHaveCount(0);
      // The app's own errors, in the same place, with the focus where it was.
      await expect(summary).toBeFocused();
      expect(await errorState(page)).toEqual(app);
      // And they are the app's: it still shows them after the next "Volgende".
      await next.click();
      await expect(summary).toBeFocused();
      expect(await errorState(page)).toEqual(app);
    });
  }
}

test('first step › the resident puts the step right before the app runs: the focus and the caret stay, and "Volgende" goes on once the app runs', async ({
  page,
}) => {
  const T = textsFor('nl');
  const { release, next, summary } = await pressedEarly(page, '/woo-verzoek', T);
  const subject = page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') });
  // The summary's link leads to the field, as in the app.
  await summary.getByRole('link').first().click();
  await expect(subject).toBeFocused();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('De e-mails over de brug');
  await page.evaluate(() => {
    window.subjectBefore = document.activeElement;
    document.activeElement.setSelectionRange(3, 3);
  });

  // The app starts while the resident is in the field: the errors stay, and so do the focus
  // and the caret (the same element, taken over).
  const appStarted = started(page);
  release();
  await appStarted;
  await expect(page.locator('[data-loket-prerendered]')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === window.subjectBefore)).toBe(true);
  expect(await page.evaluate(() => document.activeElement.selectionStart)).toBe(3);
  await expect(summary).toBeVisible();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await expect(subject).toHaveValue('De e-mails over de brug');
  // Nothing was carried out: the resident goes on when they press "Volgende".
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(T('woo-verzoek-step-onderwerp-title'));
  await next.click();
  await expectHeading(page, T, 'woo-verzoek-step-documenten-title');
});

test('first step › put right and pressed again before the app runs: the errors go, the page says it is still loading, and the press is carried out once', async ({
  page,
}) => {
  const T = textsFor('nl');
  const { release, next } = await pressedEarly(page, '/klacht', T);
  const choice = page.getByRole('radio', { name: T('klacht-soort-option-dienstverlening') });
  await expect(choice).toHaveAttribute('aria-invalid', 'true');
  await choice.check();
  await next.click();
  await expect(page.locator('#loket-error-summary')).toHaveCount(0);
  await expect(page.locator('.loket-error-message')).toHaveCount(0);
  await expect(choice).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('.loket-question--error')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: T('site-start-waiting') })).toBeVisible();
  const appStarted = started(page);
  release();
  await appStarted;
  await expectHeading(page, T, 'klacht-step-gebeurd-title');
});

test('first step › its module starts long before the app, with its integrity; one that does not match is not run, and the app checks the step', async ({
  page,
}) => {
  const T = textsFor('nl');
  const release = await holdApp(page);
  await page.addInitScript(() => addEventListener('LoketFirstStepLive', () => (window.firstStepLiveAt = Date.now()), { once: true }));
  // When each file was asked for, as the browser says (ms since 1970, as `Date.now()`).
  const asked = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => asked.push({ url: e.request.url, at: e.wallTime * 1000 }));
  await page.goto('/klacht');
  await firstStepLive(page);
  const liveAt = await page.evaluate(() => window.firstStepLiveAt);
  // The app's module is asked for only once the check runs: the line is the small module's first.
  const app = asked.filter(({ url }) => /_bg\.wasm$/.test(url));
  expect(app).toHaveLength(1);
  expect(app[0].at).toBeGreaterThanOrEqual(liveAt - 5);
  const first = asked.filter(({ url }) => /\/first-[0-9a-f]{16}\.wasm$/.test(url));
  expect(first, 'the first step\'s module is fetched once (its preload is used)').toHaveLength(1);
  const meta = page.locator('meta[name="loket-first"]');
  await expect(meta).toHaveAttribute('data-integrity', /^sha384-/);
  const appStarted = started(page);
  release();
  await appStarted;

  // Another page, whose first step's module is not the one the page names.
  const other = await page.context().newPage();
  await other.route(/\/first-[0-9a-f]+\.wasm$/, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body[body.length - 1] ^= 1;
    await route.fulfill({ response, body });
  });
  const releaseOther = await holdApp(other);
  const warnings = [];
  other.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await other.goto('/klacht');
  await expect.poll(() => warnings.some((w) => w.includes('first step cannot be checked'))).toBe(true);
  await other.getByRole('button', { name: T('loket-next'), exact: true }).click();
  // Without the check, the press waits for the app, as it says.
  await expect(other.getByRole('status').filter({ hasText: T('site-start-waiting') })).toBeVisible();
  await expect(other.locator('#loket-error-summary')).toHaveCount(0);
  const otherStarted = started(other);
  releaseOther();
  await otherStarted;
  await expect(other.locator('#loket-error-summary')).toBeFocused();
  await other.close();
});

test('first step › Enter in a one-line field before the app runs shows the errors at once', async ({ page }) => {
  const T = textsFor('nl');
  const release = await holdApp(page);
  await page.goto('/woo-verzoek');
  await firstStepLive(page);
  await page.getByRole('textbox', { name: T('woo-verzoek-periode-label') }).press('Enter');
  const summary = page.locator('#loket-error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${T('loket-error-prefix')}`));
  await expect(page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') })).toHaveAttribute('aria-invalid', 'true');
  // Nothing went into the address.
  expect(new URL(page.url()).search).toBe('');
  const appStarted = started(page);
  release();
  await appStarted;
  await expect(summary).toBeFocused();
});

test('first step › put right but not pressed again before the app runs: the errors stay until the next "Volgende", as in the app, and the choice is kept', async ({
  page,
}) => {
  const T = textsFor('nl');
  const { release, next, summary } = await pressedEarly(page, '/klacht', T);
  // Chosen without moving the focus (as a tap does in some browsers).
  await page.evaluate(() => {
    const option = document.getElementById('klacht-soort-dienstverlening');
    option.checked = true;
    option.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(summary).toBeFocused();
  const appStarted = started(page);
  release();
  await appStarted;
  // The app's own summary, as at the press, with the focus that was on the check's.
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${T('loket-error-prefix')}`));
  await expect(page.getByRole('radio', { name: T('klacht-soort-option-dienstverlening') })).toBeChecked();
  await next.click();
  await expectHeading(page, T, 'klacht-step-gebeurd-title');
});

test('first step › errors shown before an app that cannot start stay, beside the notice that it cannot', async ({ page }) => {
  const T = textsFor('nl');
  const fail = await failAppLater(page);
  await page.goto('/woo-verzoek');
  await firstStepLive(page);
  await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
  await expect(page.locator('#loket-error-summary')).toBeFocused();
  fail();
  await expect(page.locator('[data-loket-start-failed]')).toBeVisible();
  await expect(page.locator('#loket-error-summary')).toBeVisible();
  await expect(page.getByRole('textbox', { name: T('woo-verzoek-onderwerp-label') })).toHaveAttribute('aria-invalid', 'true');
});
