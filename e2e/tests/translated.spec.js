// A resident who reads the form through the browser's translator can still fill it in and send it.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { answers, fillStep, formUrl, next, steps } from '../support/klacht.js';
import { translateLikeABrowser } from '../support/translate.js';

for (const lang of ['nl', 'en']) {
  const T = textsFor(lang);

  test(`klacht › ${lang} › translated by the browser › completed and sent with every text node rewritten`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await translateLikeABrowser(page);
    await page.goto(formUrl(lang));
    await expect(page.locator('font').first()).toBeAttached();
    // A wrong answer first: error summary and messages appear and go in the rewritten page.
    await next(page, T);
    await expect(page.getByRole('heading', { name: T('loket-error-summary-title') })).toBeVisible();
    await expect(page.locator('#loket-error-summary').getByRole('link')).toHaveCount(1);
    for (const step of steps) {
      await fillStep(page, T, step, answers);
      await next(page, T);
    }
    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeVisible();
    await page.getByRole('button', { name: T('loket-check-change'), exact: false }).first().click();
    await next(page, T);
    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeVisible();
    const sent = page.waitForRequest((r) => r.url().includes('/api/submissions/klacht'));
    await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    expect((await sent).postDataJSON().answers.naam).toBe(answers.naam);
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeVisible();
    expect(await page.evaluate(() => window.__translatedNodes)).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });
}
