// Switching language at any point keeps every answer, the focus and the place; <html lang>,
// the title and the address follow. A refresh keeps the answers too.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { answers, expectStep, fillStep, next } from '../support/klacht.js';

const NL = textsFor('nl');
const EN = textsFor('en');
const DE = textsFor('de');

test('klacht › switching language mid-step keeps answers, focus and place', async ({ page }) => {
  await page.goto('/klacht');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const dutch = page.getByRole('button', { name: 'Nederlands' });
  const english = page.getByRole('button', { name: 'English' });
  await expect(dutch).toHaveAttribute('aria-current', 'true');
  await expect(dutch).toHaveAttribute('lang', 'nl');
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).not.toHaveAttribute('aria-current', /.*/);
  await expect(page.getByRole('navigation', { name: NL('loket-language-nav') })).toBeVisible();

  await fillStep(page, NL, 'soort');
  await next(page, NL);
  await page.getByRole('textbox', { name: NL('klacht-omschrijving-label') }).fill(answers.omschrijving);
  await page.getByRole('textbox', { name: NL('loket-date-day') }).fill('4');

  await english.click();
  await expect(english).toBeFocused();
  await expect(english).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/klacht\?lang=en$/);
  await expect(page).toHaveTitle(
    `${EN('loket-step-progress', { current: 2, total: 5 })}: ${EN('klacht-step-gebeurd-title')} – ${EN('klacht-title')} – ${EN('enschede-name')}`,
  );
  await expect(page.getByRole('textbox', { name: EN('klacht-omschrijving-label') })).toHaveValue(answers.omschrijving);
  await expect(page.getByRole('textbox', { name: EN('loket-date-day') })).toHaveValue('4');
  await expect(page.getByText(NL('klacht-omschrijving-label'))).toHaveCount(0);

  await page.getByRole('button', { name: EN('loket-back'), exact: true }).click();
  await expectStep(page, EN, 'soort', 1);
  await expect(page.getByRole('radio', { name: EN('klacht-soort-option-behandeling') })).toBeChecked();

  await dutch.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveURL(/\/klacht$/);
  await expect(page.getByRole('radio', { name: NL('klacht-soort-option-behandeling') })).toBeChecked();
});

test('klacht › the current language shows without colour, also in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/klacht');
  const look = (button) =>
    button.evaluate((e) => {
      const style = getComputedStyle(e);
      return { line: style.textDecorationLine, background: style.backgroundColor };
    });
  const current = await look(page.getByRole('button', { name: 'Nederlands' }));
  const other = await look(page.getByRole('button', { name: 'English' }));
  expect(current.line).toContain('underline');
  expect(other.line).not.toContain('underline');
  expect(current.background).not.toBe(other.background);
});

test('klacht › Dutch names in the English help block are marked as Dutch, for screen readers', async ({ page }) => {
  await page.goto('/klacht?lang=en');
  const help = page.getByRole('region', { name: EN('loket-help-title') });
  const dutch = help.locator('[lang="nl"]');
  await expect(dutch.filter({ hasText: /^Overheidsloket$/ }).first()).toBeVisible();
  await expect(dutch.filter({ hasText: /^Wijkwijzers$/ }).first()).toBeVisible();
  // The English words around them stay English.
  await expect(help.getByRole('heading', { name: EN('enschede-channel-overheidsloket-title') })).toBeVisible();
  await expect(dutch.filter({ hasText: 'Government' })).toHaveCount(0);
  // In Dutch the whole page is Dutch: nothing to mark.
  await page.goto('/klacht');
  await expect(page.getByRole('region', { name: NL('loket-help-title') }).locator('[lang="nl"]')).toHaveCount(0);
});

test('klacht › the English address can be shared and a refresh keeps answers and language', async ({ page }) => {
  await page.goto('/klacht?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: EN('klacht-soort-label') })).toBeVisible();
  await fillStep(page, EN, 'soort');
  await next(page, EN);
  await page.getByRole('textbox', { name: EN('klacht-omschrijving-label') }).fill('Half typed');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: EN('klacht-step-gebeurd-title') })).toBeVisible();
  await expect(page.getByRole('textbox', { name: EN('klacht-omschrijving-label') })).toHaveValue('Half typed');
});

test('klacht › the check page shows answers in the chosen language', async ({ page }) => {
  await page.goto('/klacht');
  for (const step of ['soort', 'gebeurd', 'wens', 'gegevens', 'contact']) {
    await fillStep(page, NL, step);
    await next(page, NL);
  }
  await expect(page.getByText(NL('klacht-contactwijze-option-telefoon'), { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: EN('loket-check-title') })).toBeVisible();
  await expect(page.getByText(EN('klacht-contactwijze-option-telefoon'), { exact: true })).toBeVisible();
  await expect(page.getByText(EN(`loket-month-${answers.datum.month}`), { exact: false }).first()).toBeVisible();
});

// The residents' module carries no texts: a page fetches its own language's, and another
// language's when the resident switches to it (tools/texts.mjs, app/loader.js).
const textsFile = /\/texts-([a-z]{2})-[0-9a-f]{16}\.txt$/;

/** The languages whose texts the page has fetched, in order. */
function textsFetched(page) {
  const fetched = [];
  page.on('request', (request) => {
    const found = new URL(request.url()).pathname.match(textsFile);
    if (found) fetched.push(found[1]);
  });
  return fetched;
}

test('klacht › a page fetches the texts of its own language only, and another language\'s when the resident switches to it', async ({ page }) => {
  const fetched = textsFetched(page);
  await page.goto('/klacht?lang=de');
  await expect(page.locator('[data-loket-prerendered]'), 'the app has taken the page over').toHaveCount(0);
  expect(fetched).toEqual(['de']);
  // Held back for a moment, as on a slow line: the status line says it is coming.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(textsFile, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'English' }).click();
  const status = page.getByRole('navigation', { name: DE('loket-language-nav') }).getByRole('status');
  await expect(status).toHaveText(DE('loket-language-loading'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  release();
  await expect(page.getByRole('heading', { level: 1, name: EN('klacht-soort-label') })).toBeVisible();
  await expect(page.getByRole('navigation', { name: EN('loket-language-nav') }).getByRole('status')).toBeEmpty();
  await page.unroute(textsFile);
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(fetched, 'each language is fetched once').toEqual(['de', 'en']);
});

test('klacht › when another language cannot be fetched, the page stays as it is, says so with the phone number, and a second try works', async ({ page }) => {
  await page.goto('/klacht');
  await expect(page.locator('[data-loket-prerendered]')).toHaveCount(0);
  await fillStep(page, NL, 'soort');
  await next(page, NL);
  const description = page.getByRole('textbox', { name: NL('klacht-omschrijving-label') });
  await description.fill(answers.omschrijving);
  const switcher = page.getByRole('navigation', { name: NL('loket-language-nav') });
  const problem = switcher.getByRole('status');
  await expect(problem).toBeEmpty();

  await page.route(textsFile, (route) => route.abort('internetdisconnected'));
  const english = page.getByRole('button', { name: 'English' });
  await english.click();
  await expect(problem).toHaveText(NL('loket-language-failed', { phone: '14053' }));
  await expect(english).toBeFocused();
  await expect(english).not.toHaveAttribute('aria-current', /.*/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveURL(/\/klacht$/);
  await expect(description).toHaveValue(answers.omschrijving);
  await expect(page.getByRole('heading', { level: 1, name: NL('klacht-step-gebeurd-title') })).toBeVisible();

  await page.unroute(textsFile);
  await english.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: EN('loket-language-nav') }).getByRole('status')).toBeEmpty();
  await expect(page.getByRole('textbox', { name: EN('klacht-omschrijving-label') })).toHaveValue(answers.omschrijving);
  await expect(page.getByRole('heading', { level: 1, name: EN('klacht-step-gebeurd-title') })).toBeVisible();
});
