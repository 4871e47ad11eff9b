// "Check your answers": every answer with a change button that names its question; after a
// change, "next" comes straight back here.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { answers, fillStep, formUrl, next, seed, steps } from '../support/klacht.js';

for (const lang of languages) {
  const T = textsFor(lang);

  test(`klacht › ${lang} › change links return to the check page`, async ({ page }) => {
    await seed(page, { position: { at: 'check' }, answers: { ...answers, betrokkene: '' } });
    await page.goto(formUrl(lang));
    const check = page.getByRole('heading', { level: 1, name: T('loket-check-title') });
    await expect(check).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${T('loket-check-title')} – `));

    // Every shown question has a row (the address abroad is not shown), and an empty optional
    // one says so.
    const terms = page.getByRole('term');
    await expect(terms).toHaveCount(17);
    await expect(page.getByRole('definition').filter({ hasText: T('loket-check-not-provided') })).toHaveCount(1);
    for (const step of steps) {
      await expect(page.getByRole('heading', { level: 2, name: T(`klacht-step-${step}-title`) })).toBeVisible();
    }

    const change = page.getByRole('button', { name: `${T('loket-check-change')} ${T('klacht-wens-label')}` });
    await change.click();
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-wens-label') })).toBeFocused();
    await page.getByRole('textbox', { name: T('klacht-wens-label') }).fill('Een nieuwe wens');
    await next(page, T);
    await expect(check).toBeFocused();
    await expect(page.getByText('Een nieuwe wens')).toBeVisible();

    // A change that makes a new answer necessary asks for it before coming back.
    await page.getByRole('button', { name: `${T('loket-check-change')} ${T('klacht-contactwijze-label')}` }).click();
    await page.getByRole('radio', { name: T('klacht-contactwijze-option-telefoon') }).check();
    await page.getByRole('textbox', { name: T('klacht-telefoon-label') }).fill('');
    await next(page, T);
    await expect(page.locator('#loket-error-summary')).toBeFocused();
    await fillStep(page, T, 'contact');
    await next(page, T);
    await expect(check).toBeFocused();
  });
}
