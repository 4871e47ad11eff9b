// Every page of the complaint form in every state, language and width: axe finds nothing,
// nothing scrolls sideways, and (at 1280 px) the accessibility tree matches the kept snapshot,
// so any change in what a screen reader announces shows up as a reviewable diff. The steps are
// walked in one page load per language and width (support/matrix.js); the start page and the
// ways out of the form are pages of their own.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility, expectAriaSnapshot, expectNoHorizontalScroll } from '../support/axe.js';
import { answers, formUrl, next, seed, steps } from '../support/klacht.js';
import { accessibilityMatrix } from '../support/matrix.js';

// 320 and 1280 px: either side of the one layout change (40rem, 640 px).
const widths = [320, 1280];

// A fixed date keeps snapshots stable; it is in the past and gets no notice for years to come.
const fixed = { ...answers, datum: { day: '3', month: '3', year: String(new Date().getFullYear()) } };
if (new Date(`${fixed.datum.year}-03-03`) > new Date()) fixed.datum.year = String(Number(fixed.datum.year) - 1);

const questions = {
  soort: ['soort'],
  gebeurd: ['omschrijving', 'datum', 'betrokkene'],
  wens: ['wens'],
  gegevens: ['naam', 'email', 'adres', 'postcode', 'huisnummer', 'toevoeging', 'straat', 'plaats'],
  contact: ['contactwijze', 'telefoon', 'dagdelen', 'dagen'],
};

// The states the choices open, each with its error: an address abroad, and a talk at the desk.
const also = {
  gegevens: async (page, T, check) => {
    await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill(fixed.naam);
    await page.getByRole('textbox', { name: T('klacht-email-label') }).fill(fixed.email);
    await page.getByRole('radio', { name: T('klacht-adres-option-buitenland') }).check();
    await next(page, T);
    await expect(page.locator('#loket-error-summary')).toBeFocused();
    await check();
  },
  contact: async (page, T, check) => {
    await page.getByRole('radio', { name: T('klacht-contactwijze-option-balie') }).check();
    await next(page, T);
    await expect(page.locator('#loket-error-summary')).toBeFocused();
    await check();
  },
};

accessibilityMatrix({
  form: 'klacht',
  path: '/klacht',
  complete: fixed,
  steps: steps.map((id, index) => ({ index, id, answers: fixed, questions: questions[id], also: also[id] })),
});

for (const lang of languages) {
  const T = textsFor(lang);
  for (const width of widths) {
    test.describe(`klacht › ${lang} › ${width} px`, () => {
      test.use({ viewport: { width, height: 900 } });

      test(`startpagina`, async ({ page }, testInfo) => {
        await page.goto(lang === 'nl' ? '/' : `/?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1, name: T('site-start-title') })).toBeVisible();
        await checkAccessibility(page, testInfo);
        await expectNoHorizontalScroll(page);
        if (width === 1280) await expectAriaSnapshot(page, testInfo, `start-${lang}.aria.yml`, lang);
      });

      // The ways out of the form: a decision (objection) and a report of a problem.
      for (const exit of ['bezwaar', 'melding']) {
        test(`uitgang ${exit}`, async ({ page }, testInfo) => {
          await seed(page, {
            position: { at: 'exit', step: 0, page: exit },
            answers: { soort: exit === 'bezwaar' ? 'besluit' : 'melding' },
          });
          await page.goto(formUrl(lang));
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await checkAccessibility(page, testInfo);
          await expectNoHorizontalScroll(page);
          if (width === 1280) await expectAriaSnapshot(page, testInfo, `klacht-exit-${exit}-${lang}.aria.yml`, lang);
        });
      }
    });
  }
}
