// The Datalek-melding ("report a data breach") is not built into the site: its spec and texts
// are files on the web server (forms/runtime/datalek-melding.json, locales/<lang>/runtime/
// datalek-melding.ftl), loaded and checked when /formulier/datalek-melding opens. It is completed
// in Dutch, English and German with every answer reaching the service, survives a refresh, asks whether
// the resident still has the letter only when that fits what happened, and passes axe on every page.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.js';
import { textsFor as kitTexts } from '../support/texts.js';
import { checkAccessibility, expectNoHorizontalScroll } from '../support/axe.js';
import { dateIn, isoOf } from '../support/forms.js';

const local = !process.env.BASE_URL;
const form = 'datalek-melding';

/** Texts of the kit and of the runtime form in one language, with placeholders filled in. */
const textsFor = (lang) =>
  kitTexts(lang, [readFileSync(new URL(`../../locales/${lang}/runtime/${form}.ftl`, import.meta.url), 'utf8')]);

const formUrl = (lang) => `/formulier/${form}${lang === 'nl' ? '' : `?lang=${lang}`}`;

/** The form's own text key for a part (`soort-label` → `datalek-melding-soort-label`). */
const D = (part) => `${form}-${part}`;

const answers = {
  soort: 'brief',
  omschrijving: 'Ik kreeg een brief over de bijstand van mijn buurman. Die lag in mijn brievenbus.',
  datum: dateIn(-2),
  welke: ['naam-adres', 'geld'],
  nog: 'ja',
  gedaan: 'Ik heb de brief in een la gelegd en niemand laten zien.',
  naam: 'Anna de Vries',
  email: 'anna@voorbeeld.nl',
  telefoon: '06 12345678',
};

const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

async function next(page, T) {
  await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
}

async function fillWat(page, T, soort = answers.soort) {
  await page.getByRole('radio', { name: T(D(`soort-option-${soort}`)), exact: true }).check();
  await page.getByRole('textbox', { name: T(D('omschrijving-label')), exact: true }).fill(answers.omschrijving);
  const date = page.getByRole('group', { name: T(D('datum-label')), exact: true });
  await date.getByRole('textbox', { name: T('loket-date-day'), exact: true }).fill(answers.datum.day);
  await date.getByRole('textbox', { name: T('loket-date-month'), exact: true }).fill(answers.datum.month);
  await date.getByRole('textbox', { name: T('loket-date-year'), exact: true }).fill(answers.datum.year);
}

async function fillWelke(page, T) {
  for (const option of answers.welke) {
    await page.getByRole('checkbox', { name: T(D(`welke-option-${option}`)), exact: true }).check();
  }
}

/** An optional question says so in its name. */
const optional = (T, key) => `${T(key)} ${T('loket-optional')}`;

async function fillGedaan(page, T) {
  await page.getByRole('radio', { name: T(D(`nog-option-${answers.nog}`)), exact: true }).check();
  await page.getByRole('textbox', { name: optional(T, D('gedaan-label')), exact: true }).fill(answers.gedaan);
}

async function fillContact(page, T) {
  await page.getByRole('textbox', { name: T(D('naam-label')), exact: true }).fill(answers.naam);
  await page.getByRole('textbox', { name: T(D('email-label')), exact: true }).fill(answers.email);
  await page.getByRole('textbox', { name: optional(T, D('telefoon-label')), exact: true }).fill(answers.telefoon);
}

for (const lang of ['nl', 'en', 'de']) {
  const T = textsFor(lang);

  test(`${form} (runtime) › ${lang} › complete it, with a refresh on the way, and it arrives`, async ({ page, request }) => {
    await page.goto(formUrl(lang));
    await expect(h1(page, T(D('step-wat-title')))).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${T('loket-step-progress', { current: 1, total: 4 })}: `));
    // The report goes straight to the privacy officer, and the first step says so.
    await expect(page.getByText(T(D('step-wat-intro')), { exact: true })).toBeVisible();
    await fillWat(page, T);
    await next(page, T);

    // One question on the step: the question is the page's heading.
    const welke = h1(page, T(D('welke-label')));
    await expect(welke).toBeFocused();
    await next(page, T);
    // Nothing ticked: the form's own message, which names the way out ("I do not know").
    await expect(page.locator('#loket-error-summary')).toBeFocused();
    await expect(page.locator('#loket-error-summary')).toContainText(T(D('welke-error-required')));
    await fillWelke(page, T);
    await next(page, T);

    const gedaan = h1(page, T(D('step-gedaan-title')));
    await expect(gedaan).toBeFocused();
    // A refresh loads the form again and brings back the step and every answer.
    await page.reload();
    await expect(gedaan).toBeVisible();
    await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
    await expect(welke).toBeFocused();
    for (const option of answers.welke) {
      await expect(page.getByRole('checkbox', { name: T(D(`welke-option-${option}`)), exact: true })).toBeChecked();
    }
    await next(page, T);
    await expect(gedaan).toBeFocused();

    // Still having the letter brings kind advice: keep it, share it with no one.
    await fillGedaan(page, T);
    await expect(page.getByText(T(D('nog-notice-bewaren')))).toBeVisible();
    await next(page, T);

    await expect(h1(page, T(D('step-contact-title')))).toBeFocused();
    await fillContact(page, T);
    await next(page, T);

    await expect(h1(page, T('loket-check-title'))).toBeFocused();
    await expect(page.getByText(answers.omschrijving)).toBeVisible();
    const sent = page.waitForRequest((r) => r.url().includes(`/api/submissions/${form}`) && r.method() === 'POST');
    await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    await expect(h1(page, T(D('done-title')))).toBeFocused();
    const reference = (await page.locator('.loket-reference').textContent()).trim();
    expect(reference).toMatch(/^DAT-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const payload = (await sent).postDataJSON();
    expect(payload).toMatchObject({
      schema: 'loket.submission',
      form,
      form_version: 1,
      municipality: 'enschede',
      locale: lang,
      reference,
      answers: {
        soort: answers.soort,
        omschrijving: answers.omschrijving,
        datum: isoOf(answers.datum),
        welke: answers.welke,
        nog: answers.nog,
        gedaan: answers.gedaan,
        naam: answers.naam,
        email: answers.email,
        telefoon: answers.telefoon,
      },
    });
    if (local) {
      const received = await (await request.get('/__loket/submissions')).json();
      const mine = received.filter((r) => r.payload.reference === reference);
      expect(mine).toHaveLength(1);
      expect(mine[0].path).toBe(`/api/submissions/${form}`);
      expect(mine[0].payload.answers).toEqual(payload.answers);
    }
  });

  test(`${form} (runtime) › ${lang} › data sent to the wrong person: no question about keeping a letter`, async ({ page }) => {
    await page.goto(formUrl(lang));
    await expect(h1(page, T(D('step-wat-title')))).toBeVisible();
    await fillWat(page, T, 'verstuurd');
    await next(page, T);
    await expect(h1(page, T(D('welke-label')))).toBeFocused();
    await fillWelke(page, T);
    await next(page, T);
    await expect(h1(page, T(D('step-gedaan-title')))).toBeFocused();
    await expect(page.getByRole('radio', { name: T(D('nog-option-ja')), exact: true })).toHaveCount(0);
    // Both questions on this step are optional: it can be left as it is.
    await next(page, T);
    await expect(h1(page, T(D('step-contact-title')))).toBeFocused();
    await fillContact(page, T);
    await next(page, T);
    await expect(h1(page, T('loket-check-title'))).toBeFocused();
    const sent = page.waitForRequest((r) => r.url().includes(`/api/submissions/${form}`) && r.method() === 'POST');
    await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    await expect(h1(page, T(D('done-title')))).toBeFocused();
    const payload = (await sent).postDataJSON();
    expect(payload.answers.soort).toBe('verstuurd');
    expect(payload.answers).not.toHaveProperty('nog');
    expect(payload.answers).not.toHaveProperty('gedaan');
  });

  for (const width of [320, 1280]) {
    test(`${form} (runtime) › ${lang} › ${width} px › axe on every page`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(formUrl(lang));
      const check = async () => {
        await checkAccessibility(page, testInfo);
        await expectNoHorizontalScroll(page);
      };
      await expect(h1(page, T(D('step-wat-title')))).toBeVisible();
      await check();
      await next(page, T);
      await expect(page.locator('#loket-error-summary')).toBeFocused();
      await check();
      await fillWat(page, T);
      await check();
      await next(page, T);
      await expect(h1(page, T(D('welke-label')))).toBeFocused();
      await check();
      await next(page, T);
      await expect(page.locator('#loket-error-summary')).toBeFocused();
      await check();
      await fillWelke(page, T);
      await next(page, T);
      await expect(h1(page, T(D('step-gedaan-title')))).toBeFocused();
      await check();
      await fillGedaan(page, T);
      await expect(page.getByText(T(D('nog-notice-bewaren')))).toBeVisible();
      await check();
      await next(page, T);
      await expect(h1(page, T(D('step-contact-title')))).toBeFocused();
      await check();
      await next(page, T);
      await expect(page.locator('#loket-error-summary')).toBeFocused();
      await check();
      await fillContact(page, T);
      await next(page, T);
      await expect(h1(page, T('loket-check-title'))).toBeFocused();
      await check();
      await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
      await expect(h1(page, T(D('done-title')))).toBeFocused();
      await check();
    });
  }
}
