// "The question travels, not the resident": a resident takes the answers along (summary, code,
// QR code, file), a helper opens them on /loket in another browser, and the same form is
// finished and sent without retyping what was given.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility } from '../support/axe.js';
import { answers, fillStep, formUrl, next, personal } from '../support/klacht.js';
import { send } from '../support/forms.js';

const NL = textsFor('nl');

/** Fills the complaint up to and including its "your details" step (without pressing next). */
async function fillUpToDetails(page, T) {
  for (const step of ['soort', 'gebeurd', 'wens']) {
    await fillStep(page, T, step);
    await next(page, T);
  }
  await fillStep(page, T, 'gegevens');
}

async function openHandOff(page, T) {
  const help = page.getByRole('region', { name: T('loket-help-title') });
  await help.getByRole('button', { name: T('loket-handoff-open') }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-handoff-title') })).toBeFocused();
}

/** Switches on personal answers to go along (name, e-mail, the address's parts). */
async function takeAlong(choose, T, questions) {
  for (const question of questions) {
    await choose.getByRole('checkbox', { name: T(`klacht-${question}-label`), exact: true }).check();
  }
}

/** The code as shown, without the spaces between its groups. */
async function shownCode(page) {
  return (await page.locator('#loket-handoff-code').innerText()).replace(/\s+/g, '');
}

/** How a screen reader should say grouped characters: each on its own, a comma between groups. */
const spelt = (groups) => groups.map((group) => [...group].join(' ')).join(', ');

for (const lang of languages) {
  const T = textsFor(lang);

  test(`hand-off › ${lang} › the page shows what goes along; personal answers start switched off`, async ({ page }, testInfo) => {
    await page.goto(formUrl(lang));
    await fillUpToDetails(page, T);
    await openHandOff(page, T);
    await expect(page).toHaveTitle(new RegExp(`^${T('loket-handoff-title')} – `));

    const choose = page.getByRole('group', { name: T('loket-handoff-choose-legend') });
    await expect(choose.getByRole('checkbox', { name: T('klacht-omschrijving-label') })).toBeChecked();
    await expect(choose.getByRole('checkbox', { name: T('klacht-wens-label') })).toBeChecked();
    // Name, e-mail and where someone lives are personal: they start switched off.
    for (const question of personal) {
      await expect(choose.getByRole('checkbox', { name: T(`klacht-${question}-label`), exact: true })).not.toBeChecked();
    }

    const summary = page.locator('.loket-handoff__summary');
    await expect(summary).toContainText(answers.omschrijving);
    await expect(summary).not.toContainText(answers.naam);
    const before = await shownCode(page);
    await choose.getByRole('checkbox', { name: T('klacht-naam-label') }).check();
    await expect(summary).toContainText(answers.naam);
    await expect.poll(() => shownCode(page)).not.toBe(before);

    // The QR code carries exactly the code shown.
    const png = PNG.sync.read(await page.getByRole('img', { name: T('loket-handoff-qr-label') }).screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(await shownCode(page));

    await checkAccessibility(page, testInfo);

    // Back to the form: the same step, answers kept.
    await page.getByRole('button', { name: T('loket-help-back') }).click();
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-step-gegevens-title') })).toBeFocused();
    await expect(page.getByRole('textbox', { name: T('klacht-naam-label') })).toHaveValue(answers.naam);
  });

  test(`hand-off › ${lang} › the long code is read character by character, and copied as shown`, async ({ page }, testInfo) => {
    await page.goto(formUrl(lang));
    await fillUpToDetails(page, T);
    await openHandOff(page, T);
    // For the eye: groups of four, hidden from assistive technology.
    const shown = page.locator('#loket-handoff-code');
    await expect(shown).toHaveAttribute('aria-hidden', 'true');
    const grouped = (await shown.innerText()).trim();
    expect(grouped).toMatch(/^[0-9A-HJKMNP-TV-Z]{1,4}( [0-9A-HJKMNP-TV-Z]{1,4})*$/);
    // For the ear: the same characters one by one, never a group read as a word or a number.
    const spoken = spelt(grouped.split(' '));
    await expect(page.locator('#loket-handoff-code-spoken')).toHaveText(spoken);
    await expect(page.locator('.loket-handoff__code')).toMatchAriaSnapshot(`- paragraph: "${spoken}"`);
    // The spoken copy follows the code when the chosen answers change.
    const choose = page.getByRole('group', { name: T('loket-handoff-choose-legend') });
    await choose.getByRole('checkbox', { name: T('klacht-naam-label') }).check();
    await expect.poll(async () => (await shown.innerText()).trim()).not.toBe(grouped);
    const changed = (await shown.innerText()).trim();
    await expect(page.locator('#loket-handoff-code-spoken')).toHaveText(spelt(changed.split(' ')));
    // Selecting the code copies what is shown, not the spoken copy too.
    await expect(page.locator('#loket-handoff-code-spoken')).toHaveCSS('user-select', 'none');
    await checkAccessibility(page, testInfo);
  });

  test(`hand-off › ${lang} › the page says where to come by appointment, with the hours and the booking link`, async ({ page }, testInfo) => {
    await page.goto(formUrl(lang));
    await fillStep(page, T, 'soort');
    await next(page, T);
    await openHandOff(page, T);
    const visit = page.getByRole('region', { name: T('loket-handoff-visit-title') });
    await expect(visit.getByRole('heading', { level: 2, name: T('loket-handoff-visit-title') })).toBeVisible();
    await expect(visit).toContainText(T('loket-handoff-visit-body'));
    // The complaint: the Overheidsloket (the permit desk is for the permit form only).
    await expect(visit.getByRole('heading', { level: 3 })).toHaveText([T('enschede-channel-overheidsloket-title')]);
    await expect(visit.locator('.loket-help__hours')).toHaveText(T('enschede-channel-overheidsloket-hours'));
    const book = visit.getByRole('link', { name: T('enschede-channel-overheidsloket-appointment'), exact: true });
    await expect(book).toHaveAttribute('href', 'https://www.enschede.nl/afspraak');
    if (lang === 'nl') await expect(book.locator('[lang]')).toHaveCount(0);
    else await expect(book.locator('[lang="nl"]')).toHaveText('Overheidsloket');
    await checkAccessibility(page, testInfo);
    // A link does not work on paper: the part is left out of the print.
    await page.emulateMedia({ media: 'print' });
    await expect(visit).toBeHidden();
  });

  test(`hand-off › ${lang} › download, open the file on /loket elsewhere, finish and send`, async ({ page, browser }) => {
    await page.goto(formUrl(lang));
    await fillUpToDetails(page, T);
    await openHandOff(page, T);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: T('loket-handoff-download') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^[a-z]+-klacht-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schema: 'loket.answers', form: 'klacht', locale: lang });

    // The desk: another browser, Dutch by default; the form opens in the resident's language.
    const desk = await (await browser.newContext()).newPage();
    await desk.goto('/loket');
    await expect(desk.getByRole('heading', { level: 1, name: NL('loket-continue-title') })).toBeVisible();
    await desk.getByLabel(NL('loket-continue-file-label')).setInputFiles(file);
    // Name, e-mail and address were personal and stayed home: the form continues on that step.
    await expect(desk.getByRole('heading', { level: 1, name: T('klacht-step-gegevens-title') })).toBeVisible();
    await expect(desk.locator('html')).toHaveAttribute('lang', lang);
    await fillStep(desk, T, 'gegevens');
    await next(desk, T);
    await fillStep(desk, T, 'contact');
    await next(desk, T);
    await expect(desk.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    const payload = await send(desk, T, 'klacht');
    expect(payload).toMatchObject({
      form: 'klacht',
      locale: lang,
      answers: { soort: answers.soort, omschrijving: answers.omschrijving, wens: answers.wens, naam: answers.naam },
    });
    await expect(desk.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeVisible();
  });

  test(`hand-off › ${lang} › a typed code opens the same answers on /loket`, async ({ page, browser }) => {
    await page.goto(formUrl(lang));
    await fillUpToDetails(page, T);
    await openHandOff(page, T);
    const choose = page.getByRole('group', { name: T('loket-handoff-choose-legend') });
    await takeAlong(choose, T, personal);
    const grouped = await page.locator('#loket-handoff-code').innerText();

    const desk = await (await browser.newContext()).newPage();
    await desk.goto('/loket');
    // Typed by hand: lower case, groups kept.
    await desk.getByRole('textbox', { name: NL('loket-continue-code-label') }).fill(grouped.toLowerCase());
    await desk.getByRole('button', { name: NL('loket-continue-code-open') }).click();
    // Everything up to the contact step was given: the form opens there.
    await expect(desk.getByRole('heading', { level: 1, name: T('klacht-step-contact-title') })).toBeVisible();
    await desk.getByRole('button', { name: T('loket-back'), exact: true }).click();
    await expect(desk.getByRole('textbox', { name: T('klacht-naam-label') })).toHaveValue(answers.naam);
    await expect(desk.getByRole('textbox', { name: T('klacht-email-label') })).toHaveValue(answers.email);
  });

  test(`hand-off › ${lang} › a short code read out in one browser opens the same answers in another`, async ({ page, browser, context }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(formUrl(lang));
    await fillUpToDetails(page, T);
    await openHandOff(page, T);
    const choose = page.getByRole('group', { name: T('loket-handoff-choose-legend') });
    await takeAlong(choose, T, personal.filter((question) => question !== 'email'));
    await page.getByRole('button', { name: T('loket-handoff-short-make') }).click();

    // The code takes focus, is shown in three groups, and is read character by character.
    const shown = page.locator('#loket-handoff-short');
    await expect(shown).toBeFocused();
    const grouped = await shown.locator('[aria-hidden="true"]').innerText();
    expect(grouped).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
    const spoken = spelt(grouped.split('-'));
    await expect(page.locator('#loket-handoff-short-spoken')).toHaveText(spoken);
    // What assistive technology gets: the characters one by one, never the grouped word.
    await expect(shown).toMatchAriaSnapshot(`- paragraph: "${spoken}"`);
    await checkAccessibility(page, testInfo);

    // Copied, and said so politely.
    await page.getByRole('button', { name: T('loket-handoff-short-copy') }).click();
    await expect(page.getByRole('status').filter({ hasText: T('loket-handoff-short-copied') })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(grouped.replaceAll('-', ''));

    // Switching on one more answer keeps the code; the service keeps the new choice.
    const kept = page.waitForResponse((r) => r.url().includes('/api/help/klacht') && r.request().method() === 'POST');
    await choose.getByRole('checkbox', { name: T('klacht-email-label') }).check();
    expect((await kept).status()).toBe(200);
    await expect(shown.locator('[aria-hidden="true"]')).toHaveText(grouped);

    // The helper, in another browser, types what they hear: spaces, lower case.
    const desk = await (await browser.newContext()).newPage();
    await desk.goto('/loket');
    await desk.getByRole('textbox', { name: NL('loket-continue-code-label') }).fill(spoken.toLowerCase());
    await desk.getByRole('button', { name: NL('loket-continue-code-open') }).click();
    await expect(desk.getByRole('heading', { level: 1, name: T('klacht-step-contact-title') })).toBeVisible();
    await expect(desk.locator('html')).toHaveAttribute('lang', lang);
    await desk.getByRole('button', { name: T('loket-back'), exact: true }).click();
    await expect(desk.getByRole('textbox', { name: T('klacht-naam-label') })).toHaveValue(answers.naam);
    await expect(desk.getByRole('textbox', { name: T('klacht-email-label') })).toHaveValue(answers.email);
  });

  test(`hand-off › ${lang} › the print view is the summary, code and QR code only`, async ({ page }) => {
    await page.goto(formUrl(lang));
    await fillUpToDetails(page, T);
    await openHandOff(page, T);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: T('loket-handoff-title') })).toBeVisible();
    await expect(page.locator('.loket-handoff__summary')).toContainText(answers.omschrijving);
    await expect(page.getByRole('img', { name: T('loket-handoff-qr-label') })).toBeVisible();
    await expect(page.locator('#loket-handoff-code')).toBeVisible();
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('region', { name: T('loket-help-title') }),
      page.getByRole('group', { name: T('loket-handoff-choose-legend') }),
      page.getByRole('button', { name: T('loket-handoff-download') }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages, 'the printed hand-off fits on one A4 page').toBe(1);
  });
}

test('hand-off › a damaged code or a foreign file gets a clear message, never a blank page', async ({ page }, testInfo) => {
  await page.goto('/loket');
  const title = NL('site-page-title', { page: NL('loket-continue-title'), municipality: NL('enschede-name') });
  await expect(page).toHaveTitle(title);
  // Residents reach this page while getting help: the ways to reach us are on it too.
  const help = page.getByRole('region', { name: NL('loket-help-title') });
  await expect(help.getByRole('heading', { name: NL('enschede-channel-telefoon-title'), exact: true })).toBeVisible();
  const code = page.getByRole('textbox', { name: NL('loket-continue-code-label') });
  await code.fill('1ABCD EFGH JKMN');
  await page.getByRole('button', { name: NL('loket-continue-code-open') }).click();
  const summary = page.getByRole('heading', { name: NL('loket-error-summary-title') });
  await expect(page.locator('#loket-error-summary')).toBeFocused();
  await expect(summary).toBeVisible();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#loket-continue-code-error')).toContainText(NL('loket-continue-code-error-damaged'));
  await expect(page).toHaveTitle(NL('loket-page-title-error', { title }));
  await checkAccessibility(page, testInfo);

  await page.getByLabel(NL('loket-continue-file-label')).setInputFiles({
    name: 'foto.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"niet":"loket"}'),
  });
  await expect(page.locator('#loket-continue-file-error')).toContainText(NL('loket-continue-file-error-not-answers'));
  await expect(code).not.toHaveAttribute('aria-invalid', 'true');
});

test('hand-off › without the service, a short code says so and the long code, QR code and file still work', async ({ page }) => {
  await page.goto('/klacht');
  await fillUpToDetails(page, NL);
  await openHandOff(page, NL);
  await page.route('**/api/help/klacht', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: NL('loket-handoff-short-make') }).click();
  await expect(page.getByRole('status').filter({ hasText: NL('loket-handoff-short-failed') })).toBeVisible();
  // The button stays, to try again; nothing took focus away.
  await expect(page.getByRole('button', { name: NL('loket-handoff-short-make') })).toBeFocused();
  expect((await shownCode(page)).length).toBeGreaterThan(50);
  await expect(page.getByRole('img', { name: NL('loket-handoff-qr-label') })).toBeVisible();
  await expect(page.getByRole('button', { name: NL('loket-handoff-download') })).toBeEnabled();
});

/** The check character of a short code (Luhn mod 32 over Crockford's base 32). */
function withCheck(body) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let sum = 0;
  [...body].reverse().forEach((c, i) => {
    let add = alphabet.indexOf(c) * (i % 2 === 0 ? 2 : 1);
    add = Math.floor(add / 32) + (add % 32);
    sum += add;
  });
  return body + alphabet[(32 - (sum % 32)) % 32];
}

test('hand-off › a short code too short, mistyped or unknown gets its own message', async ({ page }, testInfo) => {
  await page.goto('/loket');
  const code = page.getByRole('textbox', { name: NL('loket-continue-code-label') });
  const open = page.getByRole('button', { name: NL('loket-continue-code-open') });
  const error = page.locator('#loket-continue-code-error');
  const unknown = withCheck('ZZZZZZZ0');
  const mistyped = unknown.slice(0, 8) + (unknown[8] === 'A' ? 'B' : 'A');
  for (const [typed, key] of [
    ['K7M-4QX-9P', 'loket-continue-code-error-length'],
    [mistyped, 'loket-continue-code-error-mistyped'],
    [unknown.toLowerCase(), 'loket-continue-code-error-unknown'],
  ]) {
    await code.fill(typed);
    await open.click();
    await expect(page.locator('#loket-error-summary')).toBeFocused();
    await expect(error).toContainText(NL(key));
    await expect(code).toHaveAttribute('aria-invalid', 'true');
  }
  await checkAccessibility(page, testInfo);
});

test('hand-off › an answers file nested as deep as the reader allows is refused calmly', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The WebAssembly memory, to see how much of its stack the deepest reading needs.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__loketMemory = e.detail?.wasm?.memory)));
  await page.goto('/loket');
  await page.waitForFunction(() => window.__loketMemory);
  const deep = (n) => '['.repeat(n) + ']'.repeat(n);
  const header = '"schema":"loket.answers","schema_version":1,"form":"klacht","form_version":1,"locale":"nl","saved_at":"x"';
  const error = page.locator('#loket-continue-file-error');
  for (const [body, key] of [
    [deep(127), 'loket-continue-file-error-not-answers'],
    ['{"a":'.repeat(127) + '1' + '}'.repeat(127), 'loket-continue-file-error-not-answers'],
    [`{${header},"answers":{"omschrijving":${deep(120)}}}`, 'loket-continue-file-error-damaged'],
    [`{${header},"answers":${'{"a":'.repeat(120)}1${'}'.repeat(120)}}`, 'loket-continue-file-error-damaged'],
  ]) {
    await page.getByLabel(NL('loket-continue-file-label')).setInputFiles({ name: 'antwoorden.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(error).toContainText(NL(key));
    await page.getByLabel(NL('loket-continue-file-label')).setInputFiles([]);
  }
  // The stack comes first in memory and grows down from its size; nothing else writes there,
  // so the lowest byte ever written shows the deepest it went. Half of it is the limit, so a
  // change that needs much more stack fails here, long before a resident's page could run out.
  const stackSize = Number(readFileSync(new URL('../../.cargo/config.toml', import.meta.url), 'utf8').match(/-zstack-size=(\d+)/)[1]);
  const used = await page.evaluate((size) => {
    const bytes = new Uint8Array(window.__loketMemory.buffer, 0, size);
    const lowest = bytes.findIndex((b) => b !== 0);
    return lowest < 0 ? 0 : size - lowest;
  }, stackSize);
  expect(used, `stack used by the deepest file (of ${stackSize} bytes)`).toBeGreaterThan(0);
  expect(used, `stack used by the deepest file (of ${stackSize} bytes)`).toBeLessThan(stackSize / 2);
  // The page still works: a code can be tried next.
  await page.getByRole('textbox', { name: NL('loket-continue-code-label') }).fill('1ABCD EFGH JKMN');
  await page.getByRole('button', { name: NL('loket-continue-code-open') }).click();
  await expect(page.locator('#loket-continue-code-error')).toContainText(NL('loket-continue-code-error-damaged'));
  expect(errors).toEqual([]);
});
