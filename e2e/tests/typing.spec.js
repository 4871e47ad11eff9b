// Typed text (in a text box, a list entry or a part of a date) reaches the answers when the
// browser is next idle, so a keystroke costs the app no work of its own. These tests take the
// idle moment away (it never comes): what was typed last must still count when the resident
// presses Enter, goes on, adds an entry, refreshes, switches language or clears.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { dateIn, expectHeading, neverIdle, pressNext, seedForm } from '../support/forms.js';
import { E, small } from '../support/evenement.js';

const W = (key) => `woo-verzoek-${key}`;
const subject = 'De e-mails over de nieuwe brug bij de haven';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(neverIdle);
});

test('typing › Enter straight after the last letter goes on with what was typed, and the check page shows it', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto('/woo-verzoek');
  await page.getByRole('textbox', { name: T(W('onderwerp-label')) }).pressSequentially(subject);
  await pressNext(page, T);
  await expectHeading(page, T, W('step-documenten-title'), 2, 4);
  await pressNext(page, T);
  await pressNext(page, T);
  await expectHeading(page, T, W('step-gegevens-title'), 4, 4);
  await page.getByRole('textbox', { name: T(W('naam-label')) }).pressSequentially('Sam de Boer');
  // The e-mail address is needed (digital is chosen); Enter leaves no time to be idle.
  const email = page.getByRole('textbox', { name: T(W('email-label')) });
  await email.pressSequentially('sam@voorbeeld.nl');
  await email.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
  for (const text of [subject, 'Sam de Boer', 'sam@voorbeeld.nl']) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
});

test('typing › what was typed stays in the field and counts after a language switch', async ({ page }) => {
  const [nl, en] = [textsFor('nl'), textsFor('en')];
  await page.goto('/woo-verzoek');
  await page.getByRole('textbox', { name: nl(W('onderwerp-label')) }).pressSequentially(subject);
  // A click that leaves the focus in the field (as a switch by voice or a script may), so the
  // typing has not reached the answers when the language changes.
  await page.getByRole('button', { name: 'English', exact: true }).dispatchEvent('click');
  const field = page.getByRole('textbox', { name: en(W('onderwerp-label')) });
  await expect(field).toHaveValue(subject);
  await expect(field).toBeFocused();
  // Nothing is missing: Enter on the next field goes on without an error.
  await page.getByRole('textbox', { name: en(W('periode-label')) }).press('Enter');
  await expectHeading(page, en, W('step-documenten-title'), 2, 4);
});

// Pressing "Clear my answers" moves the focus, which puts the typing into the answers first;
// the form then clears both.
test('typing › "Clear my answers" also clears what was just typed', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto('/woo-verzoek');
  const field = page.getByRole('textbox', { name: T(W('onderwerp-label')) });
  await field.pressSequentially(subject);
  await page.getByRole('button', { name: T('loket-wipe'), exact: true }).click();
  await page.getByRole('group', { name: T('loket-wipe-question') }).getByRole('button', { name: T('loket-wipe-yes') }).click();
  await expect(field).toHaveValue('');
  // The subject is needed, and it is gone: "Next" says so.
  await pressNext(page, T);
  await expect(page.locator('#loket-error-summary')).toBeFocused();
  await expect(page.getByRole('heading', { name: T('loket-error-summary-title') })).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => sessionStorage.getItem('loket-draft-woo-verzoek') || '')).not.toContain('brug');
});

test('typing › a date typed just now counts when Enter in its year goes on, and survives a refresh', async ({ page }) => {
  const T = textsFor('nl');
  const about = { 'naam-evenement': small['naam-evenement'], soort: small.soort, omschrijving: small.omschrijving };
  await seedForm(page, 'vergunning-evenement', { position: { at: 'step', index: 1 }, answers: about });
  await page.goto('/vergunning/evenement');
  await page.getByRole('textbox', { name: T(E('begintijd-label')) }).fill('14:00');
  await page.getByRole('textbox', { name: T(E('eindtijd-label')) }).fill('22:00');
  await page.getByRole('textbox', { name: T(E('locatie-label')) }).fill('Hoogstraat 10');
  const part = (key) => page.getByRole('group', { name: T(E('datum-label')) }).getByRole('textbox', { name: T(key) });
  const { day, month, year } = dateIn(90);
  await part('loket-date-day').pressSequentially(day);
  await part('loket-date-month').pressSequentially(month);
  await part('loket-date-year').pressSequentially(year);
  await part('loket-date-year').press('Enter');
  await expectHeading(page, T, E('step-omvang-title'));
  // Back, another day typed, and a refresh straight away: the new day is still there.
  await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
  await expectHeading(page, T, E('step-wanneer-title'));
  const other = dateIn(91);
  await part('loket-date-day').fill('');
  await part('loket-date-day').pressSequentially(other.day);
  await page.reload();
  await expect(part('loket-date-day')).toHaveValue(other.day);
  await expect(part('loket-date-year')).toHaveValue(year);
});

test('typing › list entries typed just now count when Enter goes on, and when another entry is added', async ({ page }) => {
  const T = textsFor('nl');
  const answers = {
    ...small,
    datum: dateIn(90),
    bezoekers: '400',
    wegafsluiting: 'ja',
    'afsluiting-van': '10:00',
    'afsluiting-tot': '23:00',
  };
  await seedForm(page, 'vergunning-evenement', { position: { at: 'step', index: 5 }, answers });
  await page.goto('/vergunning/evenement');
  const entry = (number) => page.getByRole('textbox', { name: T(E('straten-item'), { number }) });
  await entry(1).pressSequentially('Oude Markt');
  await entry(1).press('Enter');
  await expectHeading(page, T, E('step-veiligheid-title'));
  await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
  await expectHeading(page, T, E('step-afsluiting-title'));
  await expect(entry(1)).toHaveValue('Oude Markt');
  await entry(1).press('End');
  await entry(1).pressSequentially(' 1');
  await page.getByRole('button', { name: T(E('straten-add')), exact: true }).click();
  await expect(entry(2)).toBeFocused();
  await expect(entry(1)).toHaveValue('Oude Markt 1');
  await entry(2).pressSequentially('Marktstraat');
  await entry(2).press('Enter');
  await expectHeading(page, T, E('step-veiligheid-title'));
  await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
  await expect(entry(1)).toHaveValue('Oude Markt 1');
  await expect(entry(2)).toHaveValue('Marktstraat');
});
