// Every page of a form in every state, language and layout width: axe finds nothing, nothing scrolls
// sideways, and at 1280 px the accessibility tree of each empty and error state matches the
// kept snapshot. A form describes its steps; this file turns them into tests.
import { test, expect } from './test.js';
import { languages, textsFor } from './texts.js';
import { checkAccessibility, expectAriaSnapshot, expectNoHorizontalScroll } from './axe.js';
import { pressNext, seedForm, urlFor } from './forms.js';
import { PSEUDO, expectPseudoClean } from './pseudo.js';

// The one layout change is at 40rem (640 px): 320 is below it, 1280 above; 768 px showed
// nothing these two do not.
export const WIDTHS = [320, 1280];

/**
 * Declares the tests for one form.
 * `steps`: [{ index, id, answers, questions, errors }] where `answers` is a complete set that
 * makes the step visible, `questions` the ids answered on the step itself, and `errors: false`
 * for steps whose questions are all optional or preset.
 */
export function accessibilityMatrix({ form, path, steps, complete }) {
  pseudoWalk({ form, path, steps, complete });
  for (const lang of languages) {
    const T = textsFor(lang);
    for (const width of WIDTHS) {
      test.describe(`${form} › ${lang} › ${width} px`, () => {
        test.use({ viewport: { width, height: 900 } });

        for (const step of steps) {
          const states = step.errors === false ? ['empty', 'filled'] : ['empty', 'error', 'filled'];
          for (const state of states) {
            test(`stap ${step.index + 1} ${step.id} › ${state}`, async ({ page }, testInfo) => {
              const answers = { ...step.answers };
              if (state !== 'filled') for (const q of step.questions) delete answers[q];
              await seedForm(page, form, { position: { at: 'step', index: step.index }, answers });
              await page.goto(urlFor(path, lang));
              await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
              if (state === 'error') {
                await pressNext(page, T);
                await expect(page.locator('#loket-error-summary')).toBeFocused();
              }
              await checkAccessibility(page, testInfo);
              await expectNoHorizontalScroll(page);
              if (width === 1280 && state !== 'filled') {
                await expectAriaSnapshot(page, testInfo, `${form}-${step.index + 1}-${step.id}-${state}-${lang}.aria.yml`, lang);
              }
            });
          }
        }

        for (const page_ of ['controle', 'bevestiging']) {
          test(page_, async ({ page }, testInfo) => {
            await seedForm(page, form, { position: { at: 'check' }, answers: complete });
            await page.goto(urlFor(path, lang));
            await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeVisible();
            if (page_ === 'bevestiging') {
              await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
              await expect(page.locator('.loket-reference')).toBeVisible();
            }
            await checkAccessibility(page, testInfo);
            await expectNoHorizontalScroll(page);
          });
        }
      });
    }
  }
}

/**
 * The form in the pseudo-locale at 320 px: each step with its errors showing, the check page
 * and the confirmation. Every text must come from Fluent, and nothing may overflow.
 */
function pseudoWalk({ form, path, steps, complete }) {
  test.describe(`${form} › pseudo-locale › 320 px`, () => {
    test.use({ viewport: { width: 320, height: 900 } });
    const url = `${path}?lang=${PSEUDO}`;
    for (const step of steps) {
      test(`stap ${step.index + 1} ${step.id}`, async ({ page }) => {
        const answers = { ...step.answers };
        if (step.errors !== false) for (const q of step.questions) delete answers[q];
        await seedForm(page, form, { position: { at: 'step', index: step.index }, answers });
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO);
        if (step.errors !== false) {
          await page.locator('.loket-form button[type="submit"]').click();
          await expect(page.locator('#loket-error-summary')).toBeFocused();
        }
        await expectPseudoClean(page);
        await expectNoHorizontalScroll(page);
      });
    }
    test('controle en bevestiging', async ({ page }) => {
      await seedForm(page, form, { position: { at: 'check' }, answers: complete });
      await page.goto(url);
      await expect(page.locator('#loket-step-heading')).toBeVisible();
      await expectPseudoClean(page);
      await page.locator('.loket-step .utrecht-button--primary-action').click();
      await expect(page.locator('.loket-reference')).toBeVisible();
      await expectPseudoClean(page);
      await expectNoHorizontalScroll(page);
    });
  });
}
