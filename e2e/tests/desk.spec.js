// The desk (/balie), as staff use it and as a resident's browser meets it: signing in with the
// keyboard, a short code a resident made in another browser opened and the form finished and
// sent together, a call-back marked done, where residents get stuck as a chart with its table,
// the audit log showing the lookup; the lock after wrong passwords and a post without its CSRF
// token refused. Axe on every page, at 320 px too.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { checkAccessibility, expectNoHorizontalScroll } from '../support/axe.js';
import { accounts } from '../support/intake.js';
import { answers, fillStep, formUrl, next } from '../support/klacht.js';
import { send, tabUntil } from '../support/forms.js';

const T = textsFor('nl');

/** Signs in with the keyboard only. */
async function signIn(page, account) {
  await page.goto('/balie/inloggen');
  await tabUntil(page, page.getByRole('textbox', { name: T('balie-login-name') }));
  await page.keyboard.type(account.name);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(T('balie-login-password'), { exact: true })).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: T('balie-home-title'), exact: true })).toBeVisible();
}

/** A resident, in their own browser, makes a short code on the hand-off page of a complaint. */
async function residentMakesACode(browser, lang = 'en') {
  const R = textsFor(lang);
  const resident = await (await browser.newContext()).newPage();
  await resident.goto(formUrl(lang));
  for (const step of ['soort', 'gebeurd', 'wens']) {
    await fillStep(resident, R, step);
    await next(resident, R);
  }
  const help = resident.getByRole('region', { name: R('loket-help-title') });
  await help.getByRole('button', { name: R('loket-handoff-open') }).click();
  await resident.getByRole('button', { name: R('loket-handoff-short-make') }).click();
  return (await resident.locator('#loket-handoff-short [aria-hidden="true"]').innerText()).trim();
}

test('desk › a resident\'s browser reaches no desk page', async ({ page, request }) => {
  for (const path of ['/balie', '/balie/code', '/balie/terugbellen', '/balie/bezorging', '/balie/inzicht', '/balie/logboek']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/balie\/inloggen$/);
  }
  await expect(page.getByRole('heading', { level: 1, name: T('balie-login-title') })).toBeVisible();
  const api = await request.get('/balie/api/terugbellen');
  expect(api.status()).toBe(401);
  expect((await api.json()).error).toBe('not-signed-in');
});

test('desk › signing in: labelled fields, a clear error, axe and 320 px', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/balie/inloggen');
  await expect(page.getByRole('textbox', { name: T('balie-login-name') })).toHaveAttribute('autocomplete', 'username');
  await expect(page.getByLabel(T('balie-login-password'), { exact: true })).toHaveAttribute('autocomplete', 'current-password');
  await checkAccessibility(page, testInfo);
  await expectNoHorizontalScroll(page);
  // The password can be shown (no CAPTCHA, no puzzle: WCAG 3.3.8).
  await page.getByRole('checkbox', { name: T('balie-login-show') }).check();
  await expect(page.getByLabel(T('balie-login-password'), { exact: true })).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: T('balie-login-submit') }).click();
  await expect(page.locator('#balie-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByRole('link', { name: T('balie-login-error-empty') })).toBeVisible();
  await checkAccessibility(page, testInfo);
  await expectNoHorizontalScroll(page);
});

test('desk › the account locks after five wrong passwords', async ({ page }) => {
  await page.goto('/balie/inloggen');
  for (let i = 0; i < 4; i += 1) {
    await page.getByRole('textbox', { name: T('balie-login-name') }).fill(accounts.locked.name);
    await page.getByLabel(T('balie-login-password'), { exact: true }).fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: T('balie-login-submit') }).click();
    await expect(page.getByRole('link', { name: T('balie-login-error-wrong') })).toBeVisible();
  }
  await page.getByRole('textbox', { name: T('balie-login-name') }).fill(accounts.locked.name);
  await page.getByLabel(T('balie-login-password'), { exact: true }).fill('niet-het-goede-wachtwoord');
  await page.getByRole('button', { name: T('balie-login-submit') }).click();
  const locked = T('balie-login-error-locked', { minutes: 15 });
  await expect(page.getByRole('link', { name: locked })).toBeVisible();
  // Now even the right password waits.
  await page.getByRole('textbox', { name: T('balie-login-name') }).fill(accounts.locked.name);
  await page.getByLabel(T('balie-login-password'), { exact: true }).fill(accounts.locked.password);
  await page.getByRole('button', { name: T('balie-login-submit') }).click();
  await expect(page.getByRole('link', { name: locked })).toBeVisible();
});

test('desk › a helper opens a resident\'s short code and sends the form together with them', async ({ page, browser }, testInfo) => {
  const code = await residentMakesACode(browser, 'en');
  await signIn(page, accounts.desk);
  await page.getByRole('link', { name: T('balie-home-code') }).click();
  await checkAccessibility(page, testInfo);
  // Typed as heard: lower case, spaces.
  await page.getByRole('textbox', { name: T('balie-code-label') }).fill(code.replaceAll('-', ' ').toLowerCase());
  await page.getByRole('button', { name: T('balie-code-open') }).click();
  const result = page.getByRole('region', { name: new RegExp(code) });
  await expect(result).toContainText(answers.omschrijving);
  await expect(result).toContainText(T('klacht-step-gegevens-title'));
  await expect(result.getByText('English')).toHaveAttribute('lang', 'en');
  await checkAccessibility(page, testInfo);

  // Finish the form together: it opens where the resident was, in their language.
  const E = textsFor('en');
  await page.getByRole('link', { name: T('balie-code-continue') }).click();
  await expect(page.getByRole('heading', { level: 1, name: E('klacht-step-gegevens-title') })).toBeVisible();
  await fillStep(page, E, 'gegevens');
  await next(page, E);
  await fillStep(page, E, 'contact');
  await next(page, E);
  const payload = await send(page, E, 'klacht');
  expect(payload).toMatchObject({ assisted: true, locale: 'en', answers: { omschrijving: answers.omschrijving } });
  await expect(page.getByRole('heading', { level: 1, name: E('klacht-done-title') })).toBeVisible();
  const reference = (await page.locator('.loket-reference').textContent()).trim();

  // The department's link opens it at the desk, with who sent it.
  await page.goto(`/balie/inzendingen/${reference}`);
  await expect(page.getByText(T('balie-submission-assisted', { user: accounts.desk.name }))).toBeVisible();
  await checkAccessibility(page, testInfo);
});

test('desk › a call-back is marked done, and a post without its token is refused', async ({ page, browser }, testInfo) => {
  // A resident asks to be called back about their complaint.
  const resident = await (await browser.newContext()).newPage();
  await resident.goto('/klacht');
  await fillStep(resident, T, 'soort');
  await next(resident, T);
  const help = resident.getByRole('region', { name: T('loket-help-title') });
  await help.getByRole('button', { name: T('loket-callback-open') }).click();
  await resident.getByRole('textbox', { name: T('terugbellen-telefoon-label') }).fill('06 98765432');
  const sent = resident.waitForResponse((r) => r.url().includes('/api/help/terugbellen'));
  await resident.getByRole('button', { name: T('loket-callback-send') }).click();
  const reference = (await (await sent).json()).reference;

  await signIn(page, accounts.desk);
  await page.getByRole('link', { name: T('balie-home-callbacks') }).click();
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('06 98765432');
  await checkAccessibility(page, testInfo);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await row.getByRole('combobox', { name: T('balie-callbacks-change', { reference }) }).selectOption('done');
  await row.getByRole('button', { name: T('balie-callbacks-save') }).click();
  await expect(page.getByRole('row', { name: new RegExp(reference) }).getByRole('combobox')).toHaveValue('done');
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText(accounts.desk.name);

  // The same change without the form's token: refused, nothing changed.
  const forged = await page.request.post(`/balie/terugbellen/${reference}`, { form: { status: 'open' } });
  expect(forged.status()).toBe(403);
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(reference) }).getByRole('combobox')).toHaveValue('done');
});

test('desk › where residents get stuck: a chart with the same numbers in a table', async ({ page, browser }, testInfo) => {
  // A resident sends a complaint without help: the journey's anonymous signals count it.
  const resident = await (await browser.newContext()).newPage();
  await resident.goto('/klacht');
  for (const step of ['soort', 'gebeurd', 'wens', 'gegevens', 'contact']) {
    await fillStep(resident, T, step);
    await next(resident, T);
  }
  await send(resident, T, 'klacht');
  await expect(resident.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeVisible();

  await signIn(page, accounts.desk);
  await page.goto('/balie/inzicht?form=klacht');
  const reached = page.getByRole('region', { name: T('balie-insight-reached') });
  await expect(reached.getByRole('img', { name: T('balie-insight-chart', { title: T('balie-insight-reached') }) })).toBeVisible();
  const table = reached.getByRole('table', { name: T('balie-insight-reached') });
  const sentRow = table.getByRole('row', { name: new RegExp(`^${T('balie-page-sent')}`) });
  await expect.poll(async () => Number(await sentRow.getByRole('cell').innerText())).toBeGreaterThan(0);
  await expect(page.getByText(/procent van/)).toBeVisible();
  await checkAccessibility(page, testInfo);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await checkAccessibility(page, testInfo);
});

test('desk › admins see deliveries and the audit log, which shows the lookups', async ({ page, browser }, testInfo) => {
  const code = await residentMakesACode(browser, 'nl');
  await signIn(page, accounts.admin);
  await page.goto('/balie/code');
  await page.getByRole('textbox', { name: T('balie-code-label') }).fill(code);
  await page.getByRole('button', { name: T('balie-code-open') }).click();
  await expect(page.getByRole('region', { name: new RegExp(code) })).toBeVisible();

  await page.getByRole('link', { name: T('balie-nav-deliveries') }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('balie-deliveries-title') })).toBeVisible();
  await checkAccessibility(page, testInfo);
  await page.getByRole('link', { name: T('balie-nav-audit') }).click();
  const log = page.getByRole('table', { name: T('balie-audit-caption') });
  await expect(log.getByRole('row').filter({ hasText: T('balie-action-view-handoff') }).filter({ hasText: accounts.admin.name }).first()).toBeVisible();
  await checkAccessibility(page, testInfo);
  // In English too, every label from the texts.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: textsFor('en')('balie-audit-title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await checkAccessibility(page, testInfo);
});
