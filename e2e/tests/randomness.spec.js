// A form's reference and idempotency key come from the browser's cryptographic generator
// (crypto.getRandomValues), with every character of a reference equally likely: bytes from
// 240 up, which `% 30` would turn into the first 16 characters more often, are never used.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { send } from '../support/forms.js';
import { answers, formUrl, seed } from '../support/klacht.js';

test('the reference and the key come from crypto.getRandomValues, without the bias of % 30', async ({ page }) => {
  const T = textsFor('nl');
  // A generator that gives 250 and 7 in turn: only the 7s may reach the reference.
  await page.addInitScript(() => {
    crypto.getRandomValues = (array) => {
      for (let i = 0; i < array.length; i += 1) array[i] = i % 2 === 0 ? 250 : 7;
      return array;
    };
  });
  await seed(page, { position: { at: 'check' }, answers });
  await page.goto(formUrl('nl'));
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeVisible();
  const payload = await send(page, T, 'klacht');
  // 7 is the alphabet's "9"; 250 % 30 would have given "C".
  expect(payload.reference).toBe('KLA-9999-9999');
  expect(payload.idempotency_key).toBe('fa07'.repeat(8));
  await expect(page.locator('.loket-reference')).toBeVisible();
});
