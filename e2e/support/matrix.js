// Every page of a form in every state, language and layout width: axe finds nothing, nothing scrolls
// sideways, and at 1280 px the accessibility tree of each empty and error state matches the
// kept snapshot. A form describes its steps; this file turns them into walks, one page load
// each, as a resident goes through the form.
import { test, expect } from './test.js';
import { languages, textsFor } from './texts.js';
import { checkAccessibility, expectAriaSnapshot, expectNoHorizontalScroll } from './axe.js';
import { pressNext, seedForm, urlFor } from './forms.js';
import { fillStep, specOf } from './fill.js';
import { PSEUDO, expectPseudoClean } from './pseudo.js';

// The one layout change is at 40rem (640 px): 320 is below it, 1280 above; 768 px showed
// nothing these two do not.
export const WIDTHS = [320, 1280];

/**
 * Declares the tests for one form: per language and width, a walk through the form in one
 * page load for each set of answers. On each step: the empty step as it is reached, "Volgende"
 * pressed on it (the error state: the summary has focus), the step filled in; then on to the
 * next. A walk that reaches the end checks the check page and, after sending, the confirmation.
 * `steps`: [{ index, id, answers, questions, errors, also }] where `answers` is a complete set
 * that makes the step visible (steps sharing one set are walked together), `questions` the ids
 * answered on the step itself, `errors: false` for steps whose questions are all optional or
 * preset, and `also(page, T, check)` an extra state to check after the error state.
 */
export function accessibilityMatrix({ form, path, steps, complete }) {
  pseudoWalk({ form, path, steps, complete });
  const walks = [];
  for (const step of steps) {
    const walk = walks.find((w) => w.answers === step.answers);
    if (walk) walk.steps.push(step);
    else walks.push({ answers: step.answers, steps: [step] });
  }
  const last = Math.max(...steps.map((s) => s.index));
  for (const lang of languages) {
    const T = textsFor(lang);
    for (const width of WIDTHS) {
      test.describe(`${form} › ${lang} › ${width} px`, () => {
        test.use({ viewport: { width, height: 900 } });

        for (const walk of walks) {
          const first = walk.steps[0];
          const ends = walk.steps.at(-1).index === last;
          const name = walk.steps.map((s) => `${s.index + 1} ${s.id}`).join(', ');
          test(`stappen ${name}${ends ? ', controle, bevestiging' : ''}`, async ({ page }, testInfo) => {
            // A walk checks up to four states a step: it has more time than one page.
            test.setTimeout(60_000 + walk.steps.length * 30_000);
            // The answers of the steps before the walk's first, as a kept draft.
            const before = specOf(form).steps.slice(0, first.index).flatMap((s) => s.questions.map((q) => q.id));
            const answers = Object.fromEntries(before.filter((q) => q in walk.answers).map((q) => [q, walk.answers[q]]));
            await seedForm(page, form, { position: { at: 'step', index: first.index }, answers });
            await page.goto(urlFor(path, lang));
            const check = async (state, snapshot) => {
              await checkAccessibility(page, testInfo);
              await expectNoHorizontalScroll(page);
              if (width === 1280 && snapshot) await expectAriaSnapshot(page, testInfo, `${snapshot}-${lang}.aria.yml`, lang);
            };
            for (const step of walk.steps) {
              await test.step(`stap ${step.index + 1} ${step.id}`, async () => {
                const snapshot = (state) => `${form}-${step.index + 1}-${step.id}-${state}`;
                // Reached with "Volgende", the step's heading has focus; on arrival it is shown.
                const heading = page.getByRole('heading', { level: 1 });
                if (step === first) await expect(heading).toBeVisible();
                else await expect(heading).toBeFocused();
                await check('empty', snapshot('empty'));
                if (step.errors !== false) {
                  await pressNext(page, T);
                  await expect(page.locator('#loket-error-summary')).toBeFocused();
                  await check('error', snapshot('error'));
                }
                if (step.also) await step.also(page, T, () => check('also', null));
                await fillStep(page, form, step.index, walk.answers);
                await check('filled', null);
                await pressNext(page, T);
                await expect(page.locator('#loket-error-summary')).toHaveCount(0);
              });
            }
            if (!ends) return;
            await test.step('controle', async () => {
              await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
              await check('controle', null);
            });
            await test.step('bevestiging', async () => {
              await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
              await expect(page.locator('.loket-reference')).toBeVisible();
              await check('bevestiging', null);
            });
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
