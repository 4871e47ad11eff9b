// Prefill from a verified login: /embed-demo/ingelogd is a municipal page after its own DigiD
// login, which passes the login's data to the embedded complaint form. Those answers are marked
// as coming from the login (hint, why, check page, payload), the name cannot be changed (the
// spec fixes it), the rest can, and nothing the login gave is ever kept in a draft.
import { test, expect } from '../support/test.js';
import { checkAccessibility } from '../support/axe.js';
import { languages, textsFor } from '../support/texts.js';
import { fillStep, next } from '../support/klacht.js';

const url = (lang) => (lang === 'nl' ? '/embed-demo/ingelogd' : `/embed-demo/ingelogd?lang=${lang}`);

/** What the page's pretend login verified (DEMO_PAGES in tools/embed.mjs). */
const login = {
  naam: 'Anna de Vries',
  email: 'anna.devries@voorbeeld.nl',
  postcode: '7511 JM',
  straat: 'Hengelosestraat',
  plaats: 'Enschede',
};

/** Every draft this page keeps, in the tab and on the device. */
const drafts = (page) =>
  page.evaluate(() => [sessionStorage.getItem('loket-draft-klacht'), localStorage.getItem('loket-draft-klacht')].join('\n'));

for (const lang of languages) {
  const T = textsFor(lang);

  test(`prefill › ${lang} › the login's data is filled in, marked, sent as prefilled and never kept on the device`, async ({ page }, testInfo) => {
    await page.goto(url(lang));
    await expect(page.getByText(T('embed-demo-prefill-signed-in'))).toBeVisible();
    const form = page.locator('loket-form');
    for (const step of ['soort', 'gebeurd', 'wens']) {
      await fillStep(form, T, step);
      await next(form, T);
    }
    await expect(form.getByRole('heading', { level: 1, name: T('klacht-step-gegevens-title') })).toBeFocused();

    const fixed = T('loket-prefill-hint', { source: 'digid', fixed: 'yes' });
    const changeable = T('loket-prefill-hint', { source: 'digid', fixed: 'no' });
    const naam = form.getByRole('textbox', { name: T('klacht-naam-label'), exact: true });
    await expect(naam).toHaveValue(login.naam);
    await expect(naam).not.toBeEditable();
    await expect(naam).toHaveAccessibleDescription(new RegExp(escape(fixed)));
    await expect(form.locator('#klacht-naam-why')).toContainText(T('loket-prefill-why', { source: 'digid', fixed: 'yes' }));
    const email = form.getByRole('textbox', { name: T('klacht-email-label'), exact: true });
    await expect(email).toHaveValue(login.email);
    await expect(email).toBeEditable();
    await expect(email).toHaveAccessibleDescription(new RegExp(escape(changeable)));
    await checkAccessibility(page, testInfo, { shadow: true });

    await form.getByRole('radio', { name: T('klacht-adres-option-woonadres'), exact: true }).check();
    const postcode = form.getByRole('textbox', { name: T('klacht-postcode-label'), exact: true });
    await expect(postcode).toHaveValue(login.postcode);
    await expect(form.getByRole('textbox', { name: T('klacht-straat-label'), exact: true })).toHaveValue(login.straat);
    // Changed by the resident: from now on it is their own answer.
    await postcode.fill('7511 JN');
    await expect(postcode).toHaveAccessibleDescription(/^(?!.*DigiD)/);
    await form.getByRole('textbox', { name: T('klacht-huisnummer-label'), exact: true }).fill('51');
    // "Keep my answers on this device", folded away after the first step.
    await form.locator('summary', { hasText: T('loket-keep-title') }).click();
    await form.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) }).check();

    // Kept in the tab and on the device: the resident's own answers, not the login's.
    await expect.poll(() => drafts(page)).toContain('7511 JN');
    const kept = await drafts(page);
    for (const value of [login.naam, login.email, login.straat]) expect(kept).not.toContain(value);

    // A reload: the page passes the login's data again, the own answers come from the draft.
    await page.reload();
    await expect(form.getByRole('heading', { level: 1, name: T('klacht-step-gegevens-title') })).toBeVisible();
    await expect(naam).toHaveValue(login.naam);
    await expect(postcode).toHaveValue('7511 JN');
    await next(form, T);
    await fillStep(form, T, 'contact');
    await next(form, T);

    await expect(form.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    const rowOf = (label) => form.locator('.loket-summary__row').filter({ has: page.getByText(label, { exact: true }) });
    await expect(rowOf(T('klacht-naam-label'))).toContainText(T('loket-prefill-check', { source: 'digid' }));
    await expect(rowOf(T('klacht-naam-label')).getByRole('button')).toHaveCount(0);
    await expect(rowOf(T('klacht-email-label')).getByRole('button', { name: `${T('loket-check-change')} ${T('klacht-email-label')}` })).toBeVisible();
    await expect(rowOf(T('klacht-postcode-label'))).not.toContainText(T('loket-prefill-check', { source: 'digid' }));

    const sent = page.waitForRequest((r) => r.url().endsWith('/api/submissions/klacht') && r.method() === 'POST');
    await form.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    await expect(form.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
    const payload = (await sent).postDataJSON();
    expect(payload.prefilled).toEqual({ source: 'digid', questions: ['email', 'naam', 'plaats', 'straat'] });
    expect(payload.answers).toMatchObject({ naam: login.naam, email: login.email, postcode: '7511 JN', huisnummer: '51' });
  });
}

test('prefill › a prefill that is not valid is left out, the form still starts, and the console says why', async ({ page }) => {
  const T = textsFor('nl');
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/embed-demo');
  await page.evaluate(async () => {
    const { mount } = await import('/loket-embed.js');
    const element = document.querySelector('loket-form');
    await mount(element, { form: 'klacht', profile: '/profiles/enschede.json', prefill: { source: 'google', values: { name: 'X' } } });
  });
  const form = page.locator('loket-form');
  await expect(form.getByRole('heading', { level: 1, name: T('klacht-soort-label') })).toBeVisible();
  await expect.poll(() => warnings.join('\n')).toContain('the prefill is not valid');
});

/** A text as a literal in a regular expression. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
