// Typed text reaches the answers when the browser is next idle, so a keystroke costs the app no
// work of its own. These tests take the idle moment away (it never comes): what was typed last
// must still count when the resident presses Enter, goes on, switches language or clears.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { expectHeading, neverIdle, pressNext } from '../support/forms.js';

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
