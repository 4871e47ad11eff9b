// Every page of the complaint form in every state, language and width: axe finds nothing,
// nothing scrolls sideways, and (at 1280 px) the accessibility tree matches the kept snapshot,
// so any change in what a screen reader announces shows up as a reviewable diff.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility, expectAriaSnapshot, expectNoHorizontalScroll } from '../support/axe.js';
import { answers, formUrl, next, seed, steps } from '../support/klacht.js';

// 320 and 1280 px: either side of the one layout change (40rem, 640 px).
const widths = [320, 1280];

// A fixed date keeps snapshots stable; it is in the past and gets no notice for years to come.
const fixed = { ...answers, datum: { day: '3', month: '3', year: String(new Date().getFullYear()) } };
if (new Date(`${fixed.datum.year}-03-03`) > new Date()) fixed.datum.year = String(Number(fixed.datum.year) - 1);

/** Answers of the steps before `index`, plus the step's own when filled. */
function answersUpTo(index, filled) {
  const questions = [
    ['soort'],
    ['omschrijving', 'datum', 'betrokkene'],
    ['wens'],
    ['naam', 'email', 'adres', 'postcode', 'huisnummer', 'toevoeging', 'straat', 'plaats'],
    ['contactwijze', 'telefoon', 'dagdelen', 'dagen'],
  ];
  const keep = questions.slice(0, filled ? index + 1 : index).flat();
  return Object.fromEntries(keep.map((q) => [q, fixed[q]]));
}

const pages = [];
steps.forEach((step, index) => {
  for (const state of ['empty', 'error', 'filled']) {
    pages.push({
      name: `stap ${index + 1} ${step} › ${state}`,
      snapshot: state !== 'filled' ? `klacht-${index + 1}-${step}-${state}` : null,
      draft: { position: { at: 'step', index }, answers: answersUpTo(index, state === 'filled') },
      after: state === 'error' ? 'next' : null,
    });
  }
});
// The states the choices open: an address abroad, and a talk at the desk, each with its error.
pages.push({
  name: 'stap 4 gegevens › adres buiten Nederland, fout',
  snapshot: null,
  draft: { position: { at: 'step', index: 3 }, answers: { ...answersUpTo(3, false), naam: fixed.naam, email: fixed.email, adres: 'buitenland' } },
  after: 'next',
});
pages.push({
  name: 'stap 5 contact › gesprek aan de balie, fout',
  snapshot: null,
  draft: { position: { at: 'step', index: 4 }, answers: { ...answersUpTo(4, false), contactwijze: 'balie' } },
  after: 'next',
});
for (const exit of ['bezwaar', 'melding']) {
  pages.push({
    name: `uitgang ${exit}`,
    snapshot: `klacht-exit-${exit}`,
    draft: { position: { at: 'exit', step: 0, page: exit }, answers: { soort: exit === 'bezwaar' ? 'besluit' : 'melding' } },
  });
}
pages.push({ name: 'controle', snapshot: null, draft: { position: { at: 'check' }, answers: fixed } });
pages.push({ name: 'bevestiging', snapshot: null, draft: { position: { at: 'check' }, answers: fixed }, after: 'send' });

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

      for (const p of pages) {
        test(p.name, async ({ page }, testInfo) => {
          await seed(page, p.draft);
          await page.goto(formUrl(lang));
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          if (p.after === 'next') {
            await next(page, T);
            await expect(page.locator('#loket-error-summary')).toBeFocused();
          }
          if (p.after === 'send') {
            await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
            await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeVisible();
          }
          await checkAccessibility(page, testInfo);
          await expectNoHorizontalScroll(page);
          if (width === 1280 && p.snapshot) {
            await expectAriaSnapshot(page, testInfo, `${p.snapshot}-${lang}.aria.yml`, lang);
          }
        });
      }
    });
  }
}
