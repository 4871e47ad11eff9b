// "Bel mij terug" / "Call me back": reachable from the help block on every step, keyboard
// only, axe-clean in every state; the phone number given in the form is filled in, and the
// request arrives with the form it is about. The form's own answers stay as they were.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility } from '../support/axe.js';
import { seedForm, tabUntil, urlFor } from '../support/forms.js';

for (const lang of languages) {
  const T = textsFor(lang);

  test(`callback › ${lang} › ask for a call back with the keyboard only`, async ({ page }, testInfo) => {
    await seedForm(page, 'klacht', {
      position: { at: 'step', index: 4 },
      answers: { soort: 'behandeling', omschrijving: 'Iets', wens: 'Iets', contactwijze: 'telefoon', telefoon: '06 12345678' },
    });
    await page.goto(urlFor('/klacht', lang));
    const help = page.getByRole('region', { name: T('loket-help-title') });
    const open = help.getByRole('button', { name: T('loket-callback-open') });
    await tabUntil(page, open);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: T('loket-callback-title') })).toBeFocused();
    const pageTitle = (page_) =>
      T('loket-page-title', { page: T(page_), form: T('klacht-title'), municipality: T('enschede-name') });
    await expect(page).toHaveTitle(pageTitle('loket-callback-title'));
    const phone = page.getByRole('textbox', { name: T('terugbellen-telefoon-label') });
    await expect(phone).toHaveValue('06 12345678');
    await expect(page.getByRole('radio', { name: T('terugbellen-moment-option-geen-voorkeur') })).toBeChecked();
    // What happens to these details, as on every form.
    await page.getByText(T('loket-data-title'), { exact: true }).click();
    await expect(page.getByText(T('terugbellen-data-who'), { exact: true })).toBeVisible();

    // A wrong number: the error summary takes focus and names the field.
    await phone.fill('bel me');
    const sendButton = page.getByRole('button', { name: T('loket-callback-send') });
    await sendButton.click();
    await expect(page.locator('#loket-error-summary')).toBeFocused();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveTitle(T('loket-page-title-error', { title: pageTitle('loket-callback-title') }));
    await checkAccessibility(page, testInfo);

    await phone.fill('053 123 45 67');
    await tabUntil(page, page.getByRole('radio', { name: T('terugbellen-moment-option-geen-voorkeur') }));
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: T('terugbellen-moment-option-middag') })).toBeChecked();
    await tabUntil(page, page.getByRole('textbox', { name: T('terugbellen-vraag-label') }));
    await page.keyboard.type('Ik snap de vraag over contact niet.');
    const sent = page.waitForRequest((r) => r.url().includes('/api/help/terugbellen') && r.method() === 'POST');
    await tabUntil(page, sendButton);
    await page.keyboard.press('Enter');
    const payload = (await sent).postDataJSON();
    expect(payload).toMatchObject({
      schema: 'loket.submission',
      form: 'terugbellen',
      about: 'klacht',
      locale: lang,
      municipality: 'enschede',
      answers: { telefoon: '053 123 45 67', moment: 'middag', vraag: 'Ik snap de vraag over contact niet.' },
    });
    await expect(page.getByRole('heading', { level: 1, name: T('loket-callback-sent-title') })).toBeFocused();
    await expect(page).toHaveTitle(pageTitle('loket-callback-sent-title'));
    await expect(page.getByText(T('loket-callback-sent-body'))).toBeVisible();
    await checkAccessibility(page, testInfo);

    // Back to the form: the same step with its answers.
    await page.getByRole('button', { name: T('loket-help-back') }).click();
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-step-contact-title') })).toBeFocused();
    await expect(page.getByRole('textbox', { name: T('klacht-telefoon-label') })).toHaveValue('06 12345678');
  });

  test(`callback › ${lang} › a failed request keeps what was typed and says so`, async ({ page }) => {
    await page.goto(urlFor('/klacht', lang));
    await page.getByRole('region', { name: T('loket-help-title') }).getByRole('button', { name: T('loket-callback-open') }).click();
    await page.getByRole('textbox', { name: T('terugbellen-telefoon-label') }).fill('06 12345678');
    // This page's request alone gets a 503, so tests running beside it are not touched.
    await page.route('**/api/help/terugbellen', (route) => route.fulfill({ status: 503, body: '{}' }), { times: 1 });
    await page.getByRole('button', { name: T('loket-callback-send') }).click();
    await expect(page.getByRole('status').filter({ hasText: T('loket-callback-failed') })).toBeVisible();
    await expect(page.getByRole('textbox', { name: T('terugbellen-telefoon-label') })).toHaveValue('06 12345678');
  });
}
