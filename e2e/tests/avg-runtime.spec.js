// The AVG-verzoek ("see your personal data") is not built into the site: its spec and texts
// are files on the web server (forms/runtime/avg-verzoek.json, locales/<lang>/runtime/
// avg-verzoek.ftl), loaded and checked when /formulier/avg-verzoek opens. It is completed in
// Dutch, English and German, survives a refresh and a language switch, passes axe on every page, and
// a broken or missing spec shows a plain message with the ways to get help, never a blank page.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.js';
import { textsFor as kitTexts } from '../support/texts.js';
import { checkAccessibility, expectNoHorizontalScroll } from '../support/axe.js';

const local = !process.env.BASE_URL;
const specFile = new URL('../../forms/runtime/avg-verzoek.json', import.meta.url);

/** Texts of the kit and of the runtime form in one language, with placeholders filled in. */
const textsFor = (lang) =>
  kitTexts(lang, [readFileSync(new URL(`../../locales/${lang}/runtime/avg-verzoek.ftl`, import.meta.url), 'utf8')]);

const formUrl = (lang, id = 'avg-verzoek') => `/formulier/${id}${lang === 'nl' ? '' : `?lang=${lang}`}`;

const answers = {
  welke: 'onderwerp',
  onderwerp: 'Mijn aanvraag voor een parkeervergunning in de binnenstad.',
  periode: '2024 tot nu',
  ontvangst: 'digitaal',
  naam: 'Anna de Vries',
  geboortedatum: { day: '27', month: '3', year: '1980' },
  email: 'anna@voorbeeld.nl',
};

async function next(page, T) {
  await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
}

async function fillWelke(page, T) {
  await page.getByRole('radio', { name: T('avg-verzoek-welke-option-onderwerp'), exact: true }).check();
  await page.getByRole('textbox', { name: T('avg-verzoek-onderwerp-label'), exact: true }).fill(answers.onderwerp);
  // An optional question says so in its name.
  const periode = `${T('avg-verzoek-periode-label')} ${T('loket-optional')}`;
  await page.getByRole('textbox', { name: periode, exact: true }).fill(answers.periode);
}

async function fillGegevens(page, T) {
  await page.getByRole('textbox', { name: T('avg-verzoek-naam-label'), exact: true }).fill(answers.naam);
  const date = page.getByRole('group', { name: T('avg-verzoek-geboortedatum-label'), exact: true });
  await date.getByRole('textbox', { name: T('loket-date-day'), exact: true }).fill(answers.geboortedatum.day);
  await date.getByRole('textbox', { name: T('loket-date-month'), exact: true }).fill(answers.geboortedatum.month);
  await date.getByRole('textbox', { name: T('loket-date-year'), exact: true }).fill(answers.geboortedatum.year);
  await page.getByRole('textbox', { name: T('avg-verzoek-email-label'), exact: true }).fill(answers.email);
}

const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

for (const lang of ['nl', 'en', 'de']) {
  const T = textsFor(lang);

  test(`avg-verzoek (runtime) › ${lang} › complete it, with a refresh on the way, and it arrives`, async ({ page, request }) => {
    await page.goto(formUrl(lang));
    await expect(h1(page, T('avg-verzoek-step-welke-title'))).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${T('loket-step-progress', { current: 1, total: 3 })}: `));
    await fillWelke(page, T);
    await next(page, T);

    const ontvangst = h1(page, T('avg-verzoek-ontvangst-label'));
    await expect(ontvangst).toBeFocused();
    // A refresh loads the form again and brings back the step and every answer.
    await page.reload();
    await expect(ontvangst).toBeVisible();
    await expect(page.getByRole('radio', { name: T('avg-verzoek-ontvangst-option-digitaal'), exact: true })).toBeChecked();
    // Every language's texts were loaded: switching keeps the step and the answers.
    const other = lang === 'nl' ? 'en' : 'nl';
    const O = textsFor(other);
    await page.getByRole('button', { name: O('loket-language-name'), exact: true }).click();
    await expect(h1(page, O('avg-verzoek-ontvangst-label'))).toBeVisible();
    await expect(page.getByRole('radio', { name: O('avg-verzoek-ontvangst-option-digitaal'), exact: true })).toBeChecked();
    await page.getByRole('button', { name: T('loket-language-name'), exact: true }).click();
    await expect(ontvangst).toBeVisible();
    await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
    await expect(page.getByRole('textbox', { name: T('avg-verzoek-onderwerp-label'), exact: true })).toHaveValue(answers.onderwerp);
    await next(page, T);
    await expect(ontvangst).toBeFocused();
    await next(page, T);

    await expect(h1(page, T('avg-verzoek-step-gegevens-title'))).toBeFocused();
    await fillGegevens(page, T);
    await next(page, T);

    await expect(h1(page, T('loket-check-title'))).toBeFocused();
    await expect(page.getByText(answers.onderwerp)).toBeVisible();
    const sent = page.waitForRequest((r) => r.url().includes('/api/submissions/avg-verzoek') && r.method() === 'POST');
    await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    await expect(h1(page, T('avg-verzoek-done-title'))).toBeFocused();
    const reference = (await page.locator('.loket-reference').textContent()).trim();
    expect(reference).toMatch(/^AVG-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const payload = (await sent).postDataJSON();
    expect(payload).toMatchObject({
      schema: 'loket.submission',
      form: 'avg-verzoek',
      form_version: 1,
      municipality: 'enschede',
      locale: lang,
      reference,
      answers: {
        welke: answers.welke,
        onderwerp: answers.onderwerp,
        periode: answers.periode,
        ontvangst: answers.ontvangst,
        naam: answers.naam,
        geboortedatum: '1980-03-27',
        email: answers.email,
      },
    });
    if (local) {
      const received = await (await request.get('/__loket/submissions')).json();
      const mine = received.filter((r) => r.payload.reference === reference);
      expect(mine).toHaveLength(1);
      expect(mine[0].path).toBe('/api/submissions/avg-verzoek');
      expect(mine[0].payload.answers).toEqual(payload.answers);
    }
  });

  for (const width of [320, 1280]) {
    test(`avg-verzoek (runtime) › ${lang} › ${width} px › axe on every page`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(formUrl(lang));
      const check = async () => {
        await checkAccessibility(page, testInfo);
        await expectNoHorizontalScroll(page);
      };
      await expect(h1(page, T('avg-verzoek-step-welke-title'))).toBeVisible();
      await check();
      await next(page, T);
      await expect(page.locator('#loket-error-summary')).toBeFocused();
      await check();
      await fillWelke(page, T);
      await check();
      await next(page, T);
      await expect(h1(page, T('avg-verzoek-ontvangst-label'))).toBeFocused();
      await check();
      await next(page, T);
      await expect(h1(page, T('avg-verzoek-step-gegevens-title'))).toBeFocused();
      await next(page, T);
      await expect(page.locator('#loket-error-summary')).toBeFocused();
      await check();
      await fillGegevens(page, T);
      await next(page, T);
      await expect(h1(page, T('loket-check-title'))).toBeFocused();
      await check();
      await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
      await expect(h1(page, T('avg-verzoek-done-title'))).toBeFocused();
      await check();
    });
  }

  test(`avg-verzoek (runtime) › ${lang} › a broken spec shows a message and the ways to get help`, async ({ page }, testInfo) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    // A typo in a condition: the step's question refers to a question that does not exist.
    const broken = readFileSync(specFile, 'utf8').replace('"question": "welke"', '"question": "welk"');
    await page.route('**/forms/runtime/avg-verzoek.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: broken }),
    );
    await page.goto(formUrl(lang));
    await expect(h1(page, T('loket-runtime-failed-title'))).toBeVisible();
    await expect(page.getByText(T('loket-runtime-failed-body'), { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: T('enschede-channel-telefoon-title'), exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${T('loket-runtime-failed-title')} – ${T('enschede-name')}`);
    expect(warnings.join('\n')).toContain('question `onderwerp` depends on question `welk`, which does not exist');
    await checkAccessibility(page, testInfo);
    await expectNoHorizontalScroll(page);
  });

  test(`avg-verzoek (runtime) › ${lang} › a spec that is not there shows the same message`, async ({ page }) => {
    await page.goto(formUrl(lang, 'bestaat-niet'));
    await expect(h1(page, T('loket-runtime-failed-title'))).toBeVisible();
    await expect(page.getByText(T('loket-runtime-failed-body'), { exact: true })).toBeVisible();
  });
}
