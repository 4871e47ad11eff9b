// Hostile and broken input: markup, script, control characters and right-to-left overrides in
// every text field are shown as text, kept, and sent exactly as typed, and never run; a 1 MB
// paste gets a clear message instead of a frozen page.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { answers, fillAddress, fillAvailability, next } from '../support/klacht.js';

const T = textsFor('nl');
const summaryLinks = (page) => page.locator('#loket-error-summary').getByRole('link');

// Each one would set window.pwned if the page ever treated it as code.
const attacks = [
  `<script>window.pwned = 'script'</script>`,
  `<img src=x onerror="window.pwned = 'img'">`,
  `"><svg onload="window.pwned='svg'">`,
  `javascript:window.pwned='url'`,
];
const controls = 'bel\u0007 tab\t esc\u001b nul-ish\u0001 zw\u200bsp';
const rtl = 'factuur \u202Egnp.exe\u202C en שלום مرحبا';

test('hostile input › markup, script, control characters and right-to-left text are shown as text and sent intact', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.addInitScript(() => {
    window.pwned = null;
  });
  // Nothing the resident types may appear in the console or in any address the page asks for.
  const consoleLines = [];
  const urls = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('request', (r) => urls.push(decodeURIComponent(r.url())));
  const typed = {
    omschrijving: `${attacks.join(' ')} ${controls}`,
    betrokkene: attacks[1],
    wens: `${rtl} ${attacks[0]}`,
    naam: `${attacks[2]}`.slice(0, 60),
    straat: attacks[3],
  };
  await page.goto('/klacht');
  await page.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) }).check();
  await next(page, T);

  await page.getByRole('textbox', { name: T('klacht-omschrijving-label') }).fill(typed.omschrijving);
  const date = page.getByRole('group', { name: T('klacht-datum-label') });
  // Date parts with script in them get the date's own message, not a crash.
  await date.getByRole('textbox', { name: T('loket-date-day') }).fill(attacks[0]);
  await date.getByRole('textbox', { name: T('loket-date-month') }).fill(controls);
  await date.getByRole('textbox', { name: T('loket-date-year') }).fill(rtl);
  await page.getByRole('textbox', { name: T('klacht-betrokkene-label') }).fill(typed.betrokkene);
  await next(page, T);
  // Every part is wrong: the message asks for a date that exists, all three marked.
  await expect(summaryLinks(page)).toHaveText([T('loket-error-date-invalid', { name: T('klacht-datum-name'), parts: 'day-month-year' })]);
  await date.getByRole('textbox', { name: T('loket-date-day') }).fill(answers.datum.day);
  await date.getByRole('textbox', { name: T('loket-date-month') }).fill(answers.datum.month);
  await date.getByRole('textbox', { name: T('loket-date-year') }).fill(answers.datum.year);
  await next(page, T);

  await page.getByRole('textbox', { name: T('klacht-wens-label') }).fill(typed.wens);
  await next(page, T);

  await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill(typed.naam);
  const email = page.getByRole('textbox', { name: T('klacht-email-label') });
  await email.fill(attacks[1].slice(0, 60));
  await fillAddress(page, T, { ...answers, straat: typed.straat });
  await next(page, T);
  await expect(summaryLinks(page)).toHaveText([T('loket-error-email', { name: T('klacht-email-name') })]);
  await email.fill(answers.email);
  await next(page, T);

  await page.getByRole('radio', { name: T('klacht-contactwijze-option-telefoon') }).check();
  const phone = page.getByRole('textbox', { name: T('klacht-telefoon-label') });
  await phone.fill(`${attacks[0]}`.slice(0, 30));
  await fillAvailability(page, T);
  await next(page, T);
  await expect(summaryLinks(page)).toHaveText([T('loket-error-phone', { name: T('klacht-telefoon-name') })]);
  await phone.fill(answers.telefoon);
  await next(page, T);

  // Shown as text on the check page, and still so after a refresh (kept in the draft).
  const check = page.getByRole('heading', { level: 1, name: T('loket-check-title') });
  await expect(check).toBeFocused();
  const shown = async () => {
    const values = await page.locator('.loket-summary__value').allTextContents();
    for (const value of Object.values(typed)) expect(values).toContain(value);
    await expect(page.locator('main img, main svg:not(.loket-icon), main script:not([src])')).toHaveCount(0);
  };
  await shown();
  await page.reload();
  await expect(check).toBeVisible();
  await shown();

  const sent = page.waitForRequest((r) => r.url().includes('/api/submissions/klacht'));
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  const payload = (await sent).postDataJSON();
  for (const [question, value] of Object.entries(typed)) expect(payload.answers[question]).toBe(value);
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
  // Answers on the confirmation are text too.
  expect(await page.locator('.loket-summary__value').allTextContents()).toContain(typed.betrokkene);

  expect(await page.evaluate(() => window.pwned)).toBeNull();
  expect(dialogs).toEqual([]);
  expect(page.url()).not.toContain('pwned');
  for (const value of [...Object.values(typed), answers.email, answers.telefoon, 'pwned', 'Lange tekst']) {
    expect(consoleLines.filter((line) => line.includes(value))).toEqual([]);
    expect(urls.filter((url) => url.includes(value))).toEqual([]);
  }
});

test('hostile input › a 1 MB paste gets a clear message, and the page stays usable', async ({ page }) => {
  const huge = 'Lange tekst. '.repeat(Math.ceil(1_048_576 / 13)).slice(0, 1_048_576);
  await page.goto('/klacht');
  await page.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) }).check();
  await next(page, T);
  const omschrijving = page.getByRole('textbox', { name: T('klacht-omschrijving-label') });
  await omschrijving.fill(huge);
  await next(page, T);
  const message = T('loket-error-too-long', { name: T('klacht-omschrijving-name'), max: 4000, count: huge.length });
  await expect(summaryLinks(page).first()).toHaveText(message);
  await expect(omschrijving).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#klacht-omschrijving-error')).toContainText(message);

  // Kept through a refresh, then fixed.
  await page.reload();
  await expect(omschrijving).toHaveValue(huge);
  await omschrijving.fill(answers.omschrijving);
  const date = page.getByRole('group', { name: T('klacht-datum-label') });
  await date.getByRole('textbox', { name: T('loket-date-day') }).fill(answers.datum.day);
  await date.getByRole('textbox', { name: T('loket-date-month') }).fill(answers.datum.month);
  await date.getByRole('textbox', { name: T('loket-date-year') }).fill(answers.datum.year);
  await next(page, T);
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-wens-label') })).toBeFocused();
});
