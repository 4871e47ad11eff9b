// A form embedded in another page (/embed-demo: a municipal content page with `<loket-form>` in
// the middle of it), and the `mount(element, options)` call that web teams use from a script.
// The form must work there as on its own page, keep to itself (no CSS in or out, no change to
// the page's title, language, address or history) and take the page's design tokens.
import { test, expect } from '../support/test.js';
import { checkAccessibility, expectNoHorizontalScroll } from '../support/axe.js';
import { languages, textsFor } from '../support/texts.js';
import { answers, fillStep, iso, next, steps } from '../support/klacht.js';

const demoUrl = (lang) => (lang === 'nl' ? '/embed-demo' : `/embed-demo?lang=${lang}`);

/** The step heading a resident lands on, inside the embedded form. */
const stepHeading = (page, T, step) => {
  const key = step === 'soort' || step === 'wens' ? `klacht-${step}-label` : `klacht-step-${step}-title`;
  return page.locator('loket-form').getByRole('heading', { level: 1, name: T(key) });
};

/** What the host page owns: it must be the same after anything the form does. */
const hostState = (page) =>
  page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    url: location.href,
    history: history.length,
    scripts: document.scripts.length,
    sheets: document.styleSheets.length,
  }));

for (const lang of languages) {
  const T = textsFor(lang);

  test(`embed › ${lang} › a complaint is completed inside a municipal page, which stays as it was`, async ({ page }) => {
    await page.goto(demoUrl(lang));
    await expect(page.getByRole('heading', { level: 1, name: T('embed-demo-title') })).toBeVisible();
    const form = page.locator('loket-form');
    // The form speaks the page's language (the element has no lang of its own).
    await expect(stepHeading(page, T, 'soort')).toBeVisible();
    await expect(form.locator('.loket-embedded')).toHaveAttribute('lang', lang);
    const before = await hostState(page);
    // The page is around the first step: there is nothing inside the form to go back to.
    await expect(form.getByRole('button', { name: T('loket-back'), exact: true })).toHaveCount(0);

    for (const [i, step] of steps.entries()) {
      if (i > 0) {
        await expect(stepHeading(page, T, step)).toBeFocused();
        await expect(form.getByText(T('loket-step-progress', { current: i + 1, total: 5 }), { exact: true })).toBeVisible();
        await expect(form.getByRole('button', { name: T('loket-back'), exact: true })).toBeVisible();
      }
      await fillStep(form, T, step);
      await next(form, T);
    }
    await expect(form.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();

    const sent = page.waitForRequest((r) => r.url().endsWith('/api/submissions/klacht') && r.method() === 'POST');
    await form.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    await expect(form.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
    const payload = (await sent).postDataJSON();
    expect(payload).toMatchObject({
      form: 'klacht',
      municipality: 'enschede',
      locale: lang,
      answers: { soort: answers.soort, omschrijving: answers.omschrijving, datum: iso(answers.datum), naam: answers.naam },
    });
    // No link to a start page of its own: the municipality's page is the start.
    await expect(form.getByRole('link', { name: T('loket-done-start-over') })).toHaveCount(0);

    expect(await hostState(page)).toEqual(before);
    await expect(page.getByRole('heading', { level: 1, name: T('embed-demo-title') })).toBeVisible();
    await expect(page.getByText(T('embed-demo-after-body'))).toBeVisible();
  });
}

test('embed › the page’s CSS stays out of the form, Loket’s stays out of the page, and the page’s tokens come in', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto(demoUrl('nl'));
  const form = page.locator('loket-form');
  const heading = stepHeading(page, T, 'soort');
  await expect(heading).toBeVisible();
  const next = form.getByRole('button', { name: T('loket-next'), exact: true });
  const style = (locator, ...properties) =>
    locator.evaluate((el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el)[p]])), properties);

  // The page styles every button, heading and the class names `.loket*` (even `display: none`).
  const button = await style(next, 'borderRadius', 'backgroundColor', 'fontFamily', 'display');
  expect(button.borderRadius).toBe('0px');
  expect(button.display).not.toBe('none');
  expect(button.fontFamily).not.toContain('Georgia');
  // The page's NL Design System tokens do reach it: its primary colour and its font.
  expect(button.backgroundColor).toBe('rgb(27, 94, 32)');
  const title = await style(heading, 'fontFamily', 'color');
  expect(title.fontFamily).toContain('DejaVu Sans');
  expect(title.color).not.toBe('rgb(255, 0, 170)');
  expect(title.color).not.toBe('rgb(107, 31, 92)');

  // Loket's rules do not reach the page: its headings and text keep the page's own styles.
  const pageTitle = await style(page.getByRole('heading', { level: 1, name: T('embed-demo-title') }), 'fontFamily', 'color');
  expect(pageTitle).toEqual({ fontFamily: expect.stringContaining('Georgia'), color: 'rgb(107, 31, 92)' });
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href?.split('/').pop()));
  expect(sheets.some((s) => /^loket-[0-9a-f]+\.css$/.test(s ?? ''))).toBe(false);
});

test('embed › the page’s language follows into the form, and every answer stays', async ({ page }) => {
  const nl = textsFor('nl');
  const en = textsFor('en');
  await page.goto(demoUrl('nl'));
  const form = page.locator('loket-form');
  await form.getByRole('radio', { name: nl('klacht-soort-option-behandeling') }).check();
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  await expect(stepHeading(page, en, 'soort')).toBeVisible();
  await expect(form.getByRole('radio', { name: en('klacht-soort-option-behandeling') })).toBeChecked();
  await expect(form.locator('.loket-embedded')).toHaveAttribute('lang', 'en');
  // The element's own attribute wins over the page.
  await form.evaluate((el) => el.setAttribute('lang', 'nl'));
  await expect(stepHeading(page, nl, 'soort')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('embed › a refresh in the middle of the form continues where the resident was', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto(demoUrl('nl'));
  const form = page.locator('loket-form');
  await fillStep(form, T, 'soort');
  await next(form, T);
  await expect(stepHeading(page, T, 'gebeurd')).toBeFocused();
  await form.getByRole('textbox', { name: T('klacht-omschrijving-label') }).fill(answers.omschrijving);
  await page.reload();
  await expect(form.getByRole('textbox', { name: T('klacht-omschrijving-label') })).toHaveValue(answers.omschrijving);
  await expect(page).toHaveURL(/\/embed-demo$/);
});

test('embed › two forms on one page keep their own ids, errors, focus and help region', async ({ page }, testInfo) => {
  const T = textsFor('nl');
  await page.goto(demoUrl('nl'));
  await expect(stepHeading(page, T, 'soort')).toBeVisible();
  await page.evaluate(() => {
    const second = document.createElement('loket-form');
    second.setAttribute('form', 'woo-verzoek');
    second.setAttribute('profile', 'enschede');
    second.id = 'tweede';
    document.querySelector('main').append(second);
  });
  const first = page.locator('loket-form').first();
  const second = page.locator('#tweede');
  await expect(second.getByRole('button', { name: T('loket-next'), exact: true })).toBeVisible();

  // "Next" without answers in the second form: its own error summary takes focus, and its link
  // leads to its own field, not to a field of the first form with the same id.
  await second.getByRole('button', { name: T('loket-next'), exact: true }).click();
  const summary = second.getByRole('heading', { level: 2, name: T('loket-error-summary-title') });
  await expect(summary).toBeVisible();
  await expect(second.locator('#loket-error-summary')).toBeFocused();
  await expect(first.getByRole('heading', { level: 2, name: T('loket-error-summary-title') })).toHaveCount(0);
  await second.locator('.loket-error-summary a').first().click();
  const focusedIn = await page.evaluate(() => document.activeElement?.id);
  expect(focusedIn).toBe('tweede');
  const inner = await second.evaluate((el) => el.shadowRoot.activeElement?.tagName);
  expect(['INPUT', 'TEXTAREA', 'SELECT']).toContain(inner);

  // Each form's help region says which form it helps with, so the page has no two alike.
  const help = (form) => `${T('loket-help-title')} (${T(`${form}-title`)})`;
  await expect(page.getByRole('region', { name: help('klacht'), exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: help('woo-verzoek'), exact: true })).toHaveCount(1);

  // The first form still works on its own.
  await fillStep(first, T, 'soort');
  await next(first, T);
  await expect(stepHeading(page, T, 'gebeurd')).toBeFocused();
  await checkAccessibility(page, testInfo, { shadow: true });
});

test('embed › mount(element, options) from a script: language, unmount, and mount again where the resident was', async ({ page }) => {
  await page.goto(demoUrl('nl'));
  await expect(page.locator('loket-form').getByRole('radio').first()).toBeVisible();
  await page.evaluate(async () => {
    const { mount } = await import('/loket-embed.js');
    const place = document.createElement('div');
    place.id = 'plek';
    document.querySelector('main').append(place);
    window.mounted = await mount(place, { form: 'woo-verzoek', lang: 'en-GB', profile: '/profiles/enschede.json' });
  });
  const place = page.locator('#plek');
  expect(await page.evaluate(() => window.mounted.language)).toBe('en');
  const field = place.getByRole('textbox').first();
  await expect(field).toBeVisible();
  await expect(place.locator('.loket-embedded')).toHaveAttribute('lang', 'en');
  await field.fill('Alle verslagen van de raad over de Noordelijke Spoorzone');

  await page.evaluate(() => window.mounted.unmount());
  await expect(place.getByRole('textbox')).toHaveCount(0);
  await page.evaluate(async () => {
    const { mount } = await import('/loket-embed.js');
    window.mounted = await mount(document.getElementById('plek'), { form: 'woo-verzoek', lang: 'en', profile: 'enschede' });
  });
  await expect(place.getByRole('textbox').first()).toHaveValue('Alle verslagen van de raad over de Noordelijke Spoorzone');
  expect(await page.evaluate(() => window.mounted.setLanguage('de-AT'))).toBe('de');
  await expect(place.locator('.loket-embedded')).toHaveAttribute('lang', 'de');
});

test('embed › mount() called again before the first has finished leaves one form, the later one', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto(demoUrl('nl'));
  await page.evaluate(async () => {
    const { mount } = await import('/loket-embed.js');
    const place = document.createElement('div');
    place.id = 'twice';
    document.querySelector('main').append(place);
    const first = mount(place, { form: 'klacht', profile: '/profiles/enschede.json' });
    const second = mount(place, { form: 'woo-verzoek', profile: '/profiles/enschede.json' });
    await Promise.all([first, second]);
  });
  const place = page.locator('#twice');
  await expect(place.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(place.getByRole('heading', { level: 1 })).toHaveText(T('woo-verzoek-step-onderwerp-title'));
});

test('embed › a form the profile does not offer says so calmly, with the ways to get help', async ({ page }) => {
  const T = textsFor('nl');
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(demoUrl('nl'));
  await expect(page.locator('loket-form').getByRole('radio').first()).toBeVisible();
  await page.evaluate(() => {
    const wrong = document.createElement('loket-form');
    wrong.setAttribute('form', '<script>alert(1)</script>');
    wrong.id = 'fout';
    document.querySelector('main').append(wrong);
  });
  const wrong = page.locator('#fout');
  await expect(wrong.getByRole('heading', { name: T('site-embed-unavailable-title') })).toBeVisible();
  await expect(wrong.getByText(T('site-embed-unavailable-body'))).toBeVisible();
  await expect(wrong.getByRole('link', { name: /14053/ })).toBeVisible();
  expect(warnings.join('\n')).toContain('offers no form');
});

test('embed › a profile file that cannot be read shows the message without another town’s help', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto(demoUrl('nl'));
  await expect(page.locator('loket-form').getByRole('radio').first()).toBeVisible();
  await page.evaluate(() => {
    const wrong = document.createElement('loket-form');
    wrong.setAttribute('form', 'klacht');
    wrong.setAttribute('profile', '/profiles/bestaat-niet.json');
    wrong.id = 'fout';
    document.querySelector('main').append(wrong);
  });
  const wrong = page.locator('#fout');
  await expect(wrong.getByRole('heading', { name: T('site-embed-unavailable-title') })).toBeVisible();
  await expect(wrong.getByRole('link', { name: /14053/ })).toHaveCount(0);
});

test('embed › without JavaScript the page shows its own way to reach the municipality', async ({ browser, baseURL }) => {
  const T = textsFor('nl');
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(demoUrl('nl'));
  await expect(page.getByText(T('embed-demo-fallback'))).toBeVisible();
  await context.close();
});

for (const lang of ['nl', 'en']) {
  const T = textsFor(lang);
  test(`embed › ${lang} › axe finds nothing on the page with the form, also with errors; no sideways scroll at 320 px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(demoUrl(lang));
    const form = page.locator('loket-form');
    await expect(stepHeading(page, T, 'soort')).toBeVisible();
    await checkAccessibility(page, testInfo, { shadow: true });
    await expectNoHorizontalScroll(page);
    await next(form, T);
    await expect(form.locator('#loket-error-summary')).toBeFocused();
    await checkAccessibility(page, testInfo, { shadow: true });
    await expectNoHorizontalScroll(page);
  });
}
