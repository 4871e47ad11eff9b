// The first question sorts out what the resident needs: a complaint goes on; a decision leads to
// the objection route and a street problem to a report, each explained on its own page.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { expectStep, formUrl, next } from '../support/klacht.js';

for (const lang of languages) {
  const T = textsFor(lang);

  for (const option of ['behandeling', 'dienstverlening']) {
    test(`klacht › ${lang} › triage "${option}" continues with the complaint`, async ({ page }) => {
      await page.goto(formUrl(lang));
      await page.getByRole('radio', { name: T(`klacht-soort-option-${option}`) }).check();
      await next(page, T);
      await expectStep(page, T, 'gebeurd', 2);
    });
  }

  for (const [option, exit] of [['besluit', 'bezwaar'], ['melding', 'melding']]) {
    test(`klacht › ${lang} › triage "${option}" explains the ${exit} route and lets the resident change`, async ({ page }) => {
      await page.goto(formUrl(lang));
      await page.getByRole('radio', { name: T(`klacht-soort-option-${option}`) }).check();
      await next(page, T);
      const heading = page.getByRole('heading', { level: 1, name: T(`klacht-exit-${exit}-title`) });
      await expect(heading).toBeFocused();
      await expect(page).toHaveTitle(new RegExp(`^${T(`klacht-exit-${exit}-title`).replace(/[?]/g, '\\?')} – `));
      const body = T(`klacht-exit-${exit}-body`, { phone: '14053' }).split('\n');
      for (const paragraph of body) await expect(page.getByText(paragraph, { exact: true })).toBeVisible();
      // No complaint questions on the way out, and help is still in its place.
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 2, name: T('loket-help-title') })).toBeVisible();

      await page.getByRole('button', { name: T('loket-exit-change') }).click();
      await expectStep(page, T, 'soort', 1);
      await expect(page.getByRole('radio', { name: T(`klacht-soort-option-${option}`) })).toBeChecked();
    });
  }
}
