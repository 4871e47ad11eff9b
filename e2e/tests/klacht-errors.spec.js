// Errors: a summary that takes focus and links to each field, messages tied to their controls,
// and bad input answered with a specific message while nothing typed is lost.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { answers, daysAgo, expectStep, fillStep, formUrl, next, seed } from '../support/klacht.js';

const atStep = (index, a = {}) => ({ position: { at: 'step', index }, answers: a });

for (const lang of languages) {
  const T = textsFor(lang);
  const summary = (page) => page.locator('#loket-error-summary');

  test(`klacht › ${lang} › an unanswered choice shows a focused summary whose link moves to the first option`, async ({ page }) => {
    await page.goto(formUrl(lang));
    await next(page, T);
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole('heading', { name: T('loket-error-summary-title') })).toBeVisible();
    const message = T('loket-error-required-choice', { name: T('klacht-soort-name') });
    const link = summary(page).getByRole('link', { name: message });
    await expect(link).toHaveAttribute('href', '#klacht-soort-behandeling');
    await expect(page).toHaveTitle(new RegExp(`^${T('loket-page-title-error', { title: '' }).trim()} `));
    await link.click();
    await expect(page.getByRole('radio', { name: T('klacht-soort-option-behandeling') })).toBeFocused();
    const group = page.getByRole('group', { name: T('klacht-soort-label') });
    await expect(group).toHaveAttribute('aria-describedby', 'klacht-soort-why klacht-soort-error');
    await expect(page.locator('#klacht-soort-error')).toHaveText(`${T('loket-error-prefix')} ${message}`);
    // Every option says it is in error, so a screen reader on any one of them hears it.
    const radios = group.getByRole('radio');
    await expect(radios).toHaveCount(4);
    for (const radio of await radios.all()) await expect(radio).toHaveAttribute('aria-invalid', 'true');
  });

  test(`klacht › ${lang} › errors are listed in question order and tied to their fields until fixed`, async ({ page }) => {
    await seed(page, atStep(1, { soort: 'behandeling' }));
    await page.goto(formUrl(lang));
    const description = page.getByRole('textbox', { name: T('klacht-omschrijving-label') });
    await expect(description).not.toHaveAttribute('aria-invalid', /.*/);
    await next(page, T);
    await expect(summary(page)).toBeFocused();
    const links = summary(page).getByRole('link');
    await expect(links).toHaveText([
      T('klacht-omschrijving-error-required'),
      T('loket-error-required-date', { name: T('klacht-datum-name') }),
    ]);
    await expect(description).toHaveAttribute('aria-invalid', 'true');
    await expect(description).toHaveAttribute(
      'aria-describedby',
      'klacht-omschrijving-hint klacht-omschrijving-why klacht-omschrijving-error',
    );
    await expect(page.locator('#klacht-omschrijving-why')).toHaveText(T('klacht-omschrijving-why'));
    await links.nth(1).click();
    await expect(page.getByRole('textbox', { name: T('loket-date-day') })).toBeFocused();

    await fillStep(page, T, 'gebeurd');
    await next(page, T);
    await expectStep(page, T, 'wens', 3);
    await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
    await expectStep(page, T, 'gebeurd', 2);
    await expect(description).toHaveValue(answers.omschrijving);
    await expect(description).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(summary(page)).toHaveCount(0);
  });

  test(`klacht › ${lang} › wrong dates get a specific message and keep what was typed`, async ({ page }) => {
    await seed(page, atStep(1, { soort: 'behandeling', omschrijving: 'Iets' }));
    await page.goto(formUrl(lang));
    const group = page.getByRole('group', { name: T('klacht-datum-label') });
    const day = group.getByRole('textbox', { name: T('loket-date-day') });
    const month = group.getByRole('textbox', { name: T('loket-date-month') });
    const year = group.getByRole('textbox', { name: T('loket-date-year') });
    const name = T('klacht-datum-name');
    const future = new Date();
    future.setDate(future.getDate() + 3);
    const inputs = { day, month, year };
    // [day, month, year, message key, its arguments, the parts marked and linked (the first)]
    for (const [d, m, y, key, args, marked] of [
      [String(future.getDate()), String(future.getMonth() + 1), String(future.getFullYear()), 'loket-error-date-not-past', {}, ['day', 'month', 'year']],
      ['31', '2', '2025', 'loket-error-date-invalid', { parts: 'day', max: 28 }, ['day']],
      ['12', '', '2025', 'loket-error-date-incomplete', { parts: 'month' }, ['month']],
      ['1x', '3', '2025', 'loket-error-date-invalid', { parts: 'day', max: 31 }, ['day']],
      ['32', '13', '2025', 'loket-error-date-invalid', { parts: 'day-month' }, ['day', 'month']],
    ]) {
      await day.fill(d);
      await month.fill(m);
      await year.fill(y);
      await next(page, T);
      await expect(summary(page).getByRole('link')).toHaveText([T(key, { name, ...args })]);
      await expect(summary(page).getByRole('link')).toHaveAttribute('href', `#klacht-datum-${marked[0]}`);
      await expect(day).toHaveValue(d);
      await expect(month).toHaveValue(m);
      await expect(year).toHaveValue(y);
      for (const [part, input] of Object.entries(inputs)) {
        if (marked.includes(part)) await expect(input).toHaveAttribute('aria-invalid', 'true');
        else await expect(input).not.toHaveAttribute('aria-invalid', /.*/);
      }
    }
    // More than a year ago: a kind notice, never a block.
    const old = daysAgo(400);
    await day.fill(old.day);
    await month.fill(old.month);
    await year.fill(old.year);
    await year.press('Tab');
    await expect(page.getByText(T('klacht-datum-notice-oud'))).toBeVisible();
    await next(page, T);
    await expectStep(page, T, 'wens', 3);
  });

  test(`klacht › ${lang} › a date with only day and year asks for the month, marks it and links to it`, async ({ page }) => {
    await seed(page, atStep(1, { soort: 'behandeling', omschrijving: 'Iets' }));
    await page.goto(formUrl(lang));
    const group = page.getByRole('group', { name: T('klacht-datum-label') });
    const day = group.getByRole('textbox', { name: T('loket-date-day') });
    const month = group.getByRole('textbox', { name: T('loket-date-month') });
    const year = group.getByRole('textbox', { name: T('loket-date-year') });
    const old = daysAgo(10);
    await day.fill(old.day);
    await year.fill(old.year);
    await next(page, T);
    await expect(summary(page)).toBeFocused();
    const message = T('loket-error-date-incomplete', { name: T('klacht-datum-name'), parts: 'month' });
    const link = summary(page).getByRole('link', { name: message });
    await expect(link).toHaveAttribute('href', '#klacht-datum-month');
    // The message under the question names the month as well.
    await expect(page.locator('#klacht-datum-error')).toHaveText(`${T('loket-error-prefix')} ${message}`);
    // Only the month is marked: the day and year the resident gave are not in error.
    await expect(month).toHaveAttribute('aria-invalid', 'true');
    await expect(day).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(year).not.toHaveAttribute('aria-invalid', /.*/);
    await link.click();
    await expect(month).toBeFocused();
    // Put right: the error goes, and the form moves on.
    await month.fill(old.month);
    await next(page, T);
    await expectStep(page, T, 'wens', 3);
  });

  test(`klacht › ${lang} › an impossible day says how many days the month has and links to the day`, async ({ page }) => {
    await seed(page, atStep(1, { soort: 'behandeling', omschrijving: 'Iets' }));
    await page.goto(formUrl(lang));
    const group = page.getByRole('group', { name: T('klacht-datum-label') });
    const day = group.getByRole('textbox', { name: T('loket-date-day') });
    const month = group.getByRole('textbox', { name: T('loket-date-month') });
    const year = group.getByRole('textbox', { name: T('loket-date-year') });
    await day.fill('31');
    await month.fill('4');
    await year.fill('2025');
    await next(page, T);
    const message = T('loket-error-date-invalid', { name: T('klacht-datum-name'), parts: 'day', max: 30 });
    const link = summary(page).getByRole('link', { name: message });
    await expect(link).toHaveAttribute('href', '#klacht-datum-day');
    await expect(day).toHaveAttribute('aria-invalid', 'true');
    await expect(month).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(year).not.toHaveAttribute('aria-invalid', /.*/);
    // A year in 2 digits: the year is named, marked and linked.
    await day.fill('30');
    await year.fill('25');
    await next(page, T);
    const yearMessage = T('loket-error-date-invalid', { name: T('klacht-datum-name'), parts: 'year' });
    await expect(summary(page).getByRole('link', { name: yearMessage })).toHaveAttribute('href', '#klacht-datum-year');
    await expect(year).toHaveAttribute('aria-invalid', 'true');
    await expect(day).not.toHaveAttribute('aria-invalid', /.*/);
    await summary(page).getByRole('link', { name: yearMessage }).click();
    await expect(year).toBeFocused();
  });

  test(`klacht › ${lang} › advice that appears when a field is left by pressing "next" does not swallow the press`, async ({ page }) => {
    await seed(page, atStep(1, { soort: 'behandeling', omschrijving: 'Iets' }));
    await page.goto(formUrl(lang));
    const group = page.getByRole('group', { name: T('klacht-datum-label') });
    const old = daysAgo(400);
    await group.getByRole('textbox', { name: T('loket-date-day') }).fill(old.day);
    await group.getByRole('textbox', { name: T('loket-date-month') }).fill(old.month);
    // Straight from the year to "next", with the mouse: the advice about an old date would
    // appear under the date as the field is left, moving the button down.
    await group.getByRole('textbox', { name: T('loket-date-year') }).fill(old.year);
    await next(page, T);
    await expectStep(page, T, 'wens', 3);
  });

  test(`klacht › ${lang} › too long, wrong e-mail and missing phone each say how to fix them`, async ({ page }) => {
    await seed(page, atStep(2, { soort: 'behandeling', omschrijving: 'x', datum: daysAgo(2) }));
    await page.goto(formUrl(lang));
    const wish = page.getByRole('textbox', { name: T('klacht-wens-label') });
    const long = 'ä'.repeat(2001);
    await wish.fill(long);
    await next(page, T);
    await expect(summary(page).getByRole('link')).toHaveText([
      T('loket-error-too-long', { name: T('klacht-wens-name'), max: 2000, count: 2001 }),
    ]);
    await expect(wish).toHaveValue(long);
    await wish.fill('Een gesprek 🙂 מה שלום \u202Eabc');
    await next(page, T);
    await expectStep(page, T, 'gegevens', 4);

    await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill('Anna');
    const email = page.getByRole('textbox', { name: T('klacht-email-label') });
    await email.fill('anna@voorbeeld');
    // An address in the Netherlands: every part but the addition is needed.
    await page.getByRole('radio', { name: T('klacht-adres-option-woonadres') }).check();
    await next(page, T);
    await expect(summary(page).getByRole('link')).toHaveText([
      T('loket-error-email', { name: T('klacht-email-name') }),
      T('klacht-postcode-error-required'),
      T('klacht-huisnummer-error-required'),
      T('klacht-straat-error-required'),
      T('klacht-plaats-error-required'),
    ]);
    await expect(email).toHaveValue('anna@voorbeeld');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(email).toHaveAttribute('autocomplete', 'email');
    await expect(email).toHaveAttribute('spellcheck', 'false');
    await email.fill('anna@voorbeeld.nl');
    const postcode = page.getByRole('textbox', { name: T('klacht-postcode-label'), exact: true });
    const houseNumber = page.getByRole('textbox', { name: T('klacht-huisnummer-label'), exact: true });
    await expect(postcode).toHaveAttribute('autocomplete', 'postal-code');
    await expect(page.getByRole('textbox', { name: T('klacht-straat-label'), exact: true })).toHaveAttribute('autocomplete', 'address-line1');
    await expect(page.getByRole('textbox', { name: T('klacht-plaats-label'), exact: true })).toHaveAttribute('autocomplete', 'address-level2');
    await postcode.fill('7511');
    await houseNumber.fill('12a');
    await page.getByRole('textbox', { name: T('klacht-straat-label'), exact: true }).fill(answers.straat);
    await page.getByRole('textbox', { name: T('klacht-plaats-label'), exact: true }).fill(answers.plaats);
    await next(page, T);
    // Each says how to fix it: a Dutch postcode, and the letter under "addition".
    await expect(summary(page).getByRole('link')).toHaveText([T('klacht-postcode-error-postcode'), T('klacht-huisnummer-error-number')]);
    await expect(houseNumber).toHaveValue('12a');
    await expect(houseNumber).toHaveAttribute('inputmode', 'numeric');
    await postcode.fill(answers.postcode);
    await houseNumber.fill(answers.huisnummer);
    await next(page, T);

    await expectStep(page, T, 'contact', 5);
    const phone = page.getByRole('textbox', { name: T('klacht-telefoon-label') });
    const phoneLabel = page.locator('label', { hasText: T('klacht-telefoon-label') });
    await expect(phoneLabel.getByText(T('loket-optional'))).toBeVisible();
    // When a talk suits is asked only once a talk is chosen.
    await expect(page.getByRole('group', { name: T('klacht-dagdelen-label') })).toHaveCount(0);
    await page.getByRole('radio', { name: T('klacht-contactwijze-option-telefoon') }).check();
    await expect(phoneLabel.getByText(T('loket-optional'))).toHaveCount(0);
    await expect(page.getByRole('group', { name: T('klacht-dagdelen-label') })).toBeVisible();
    await next(page, T);
    await expect(summary(page).getByRole('link')).toHaveText([T('klacht-telefoon-error-required'), T('klacht-dagdelen-error-required')]);
    await summary(page).getByRole('link').first().click();
    await expect(phone).toBeFocused();
    await phone.fill('bel me');
    await page.getByRole('checkbox', { name: T('klacht-dagdelen-option-middag') }).check();
    await next(page, T);
    await expect(summary(page).getByRole('link')).toHaveText([T('loket-error-phone', { name: T('klacht-telefoon-name') })]);
    await expect(phone).toHaveAttribute('autocomplete', 'tel');
  });

  test(`klacht › ${lang} › pasted HTML, script, emoji and right-to-left text are kept and shown as text`, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    const hostile = `<script>alert('x')</script><img src=x onerror="alert(1)"> <b>vet</b>`;
    const mixed = 'Graag excuses 🙂👍🏽 — שלום עליכם مرحبا \u202Egnp.exe';
    await page.goto(formUrl(lang));
    for (const step of ['soort', 'gebeurd', 'wens', 'gegevens', 'contact']) {
      await fillStep(page, T, step, {
        ...answers,
        omschrijving: hostile,
        betrokkene: hostile,
        wens: mixed,
        naam: hostile,
      });
      await next(page, T);
    }
    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    await expect(page.getByText(hostile, { exact: true })).toHaveCount(3);
    await expect(page.getByText(mixed, { exact: true })).toHaveCount(1);
    await expect(page.locator('main img, main b, main script')).toHaveCount(0);
    const sent = page.waitForRequest((r) => r.url().includes('/api/submissions/klacht'));
    await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    const payload = (await sent).postDataJSON();
    expect(payload.answers.omschrijving).toBe(hostile);
    expect(payload.answers.naam).toBe(hostile);
    expect(payload.answers.wens).toBe(mixed);
    expect(dialogs).toEqual([]);
  });
}
