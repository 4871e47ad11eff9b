// The pages around the forms in the pseudo-locale at 320 px: the start page, "continue a form"
// with an error, and the help pages of a form. Every text must come from Fluent and fit.
import { test, expect } from '../support/test.js';
import { PSEUDO, expectPseudoClean } from '../support/pseudo.js';
import { expectNoHorizontalScroll } from '../support/axe.js';
import { seedForm } from '../support/forms.js';
import { answers } from '../support/klacht.js';

test.use({ viewport: { width: 320, height: 900 } });

test('pseudo-locale › start page and continue a form', async ({ page }) => {
  await page.goto(`/?lang=${PSEUDO}`);
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO);
  await expectPseudoClean(page);
  await expectNoHorizontalScroll(page);

  await page.goto(`/loket?lang=${PSEUDO}`);
  await page.locator('#loket-continue-code').fill('1ABC');
  await page.locator('.loket-continue form button[type="submit"]').click();
  await expect(page.locator('#loket-error-summary')).toBeFocused();
  await expectPseudoClean(page);
  await expectNoHorizontalScroll(page);
});

test('pseudo-locale › the hand-off and call-back pages of a form', async ({ page }) => {
  await seedForm(page, 'klacht', { position: { at: 'step', index: 3 }, answers });
  await page.goto(`/klacht?lang=${PSEUDO}`);
  const actions = page.locator('.loket-help__actions button');
  await actions.last().click();
  await expect(page.locator('#loket-step-heading')).toBeFocused();
  await expectPseudoClean(page);
  await expectNoHorizontalScroll(page);

  await page.locator('.loket-back-link').click();
  await actions.first().click();
  await expect(page.locator('#loket-step-heading')).toBeFocused();
  await page.locator('.loket-callback input[type="tel"]').fill('');
  await page.locator('.loket-callback form button[type="submit"]').click();
  await expect(page.locator('#loket-error-summary')).toBeFocused();
  await expectPseudoClean(page);
  await expectNoHorizontalScroll(page);
});
