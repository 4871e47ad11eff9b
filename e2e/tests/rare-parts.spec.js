// The pages after the first step (check, confirmation, hand-off, call-back) are the module's second
// file (tools/split.mjs): the first step loads without it, it comes while the resident reads,
// with its integrity. A page needed before it came says it is coming and takes the focus once
// there; a page whose file cannot be loaded says so, with the help, and the answers stay. The
// work behind /loket's buttons (reading a code or an answers file) is in the same file.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { answers, formUrl, next, seed } from '../support/klacht.js';

const T = textsFor('nl');
const secondFile = /\/loket-rare-[0-9a-f]{16}\.wasm$/;
const phone = '14053';

/** Opens the complaint on its last step with every answer given, as a kept draft. */
async function onLastStep(page) {
  await seed(page, { position: { at: 'step', index: 4 }, answers });
  await page.goto(formUrl('nl'));
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-step-contact-title') })).toBeVisible();
}

test('rare parts › the first step loads without the second file, which comes once the app has started, once', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => {
    if (secondFile.test(new URL(request.url()).pathname)) requested.push(request.url());
  });
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => (window.__loketStartedAt = performance.now()));
  });
  await page.goto('/klacht');
  await expect.poll(() => requested.length, { message: 'the second file comes while the resident reads' }).toBe(1);
  const [startedAt, fetchedAt] = await page.evaluate(() => [
    window.__loketStartedAt,
    performance.getEntriesByType('resource').find((e) => /\/loket-rare-/.test(e.name))?.startTime,
  ]);
  expect(startedAt, 'the app started').toBeGreaterThan(0);
  expect(fetchedAt, 'the second file was asked for after the app had started').toBeGreaterThan(startedAt);
});

test('rare parts › a page needed before its file came says it is coming, then takes the focus', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  let requests = 0;
  await page.route(secondFile, async (route) => {
    requests += 1;
    await held;
    await route.continue();
  });
  await onLastStep(page);
  await next(page, T);
  await expect(page.getByRole('status').filter({ hasText: T('loket-part-loading') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: T('loket-part-loading') })).toHaveCount(0);
  await expect(page.getByText(answers.wens)).toBeVisible();
  // Fetched once: for the page, and for the resident reading the step before it.
  expect(requests).toBe(1);
});

test('rare parts › a help page opened before its file came takes the focus when it comes, from the help button that opened it', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(secondFile, async (route) => {
    await held;
    await route.continue();
  });
  await onLastStep(page);
  // The help panel, and so this button, stays on the page: the focus stays on it meanwhile.
  const open = page.getByRole('button', { name: T('loket-handoff-open'), exact: true });
  await open.click();
  await expect(page.getByRole('status').filter({ hasText: T('loket-part-loading') })).toBeVisible();
  await expect(open).toBeFocused();
  release();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-handoff-title') })).toBeFocused();
});

test('rare parts › a page whose file cannot be loaded says so with the help; the answers stay and trying again works', async ({ page }) => {
  let blocked = true;
  await page.route(secondFile, (route) => (blocked ? route.abort('connectionreset') : route.continue()));
  await onLastStep(page);
  await next(page, T);

  const failed = page.getByRole('heading', { level: 1, name: T('loket-part-failed-title') });
  await expect(failed).toBeFocused();
  await expect(page.getByText(T('loket-part-failed-body', { phone }))).toBeVisible();
  await expect(page.getByRole('heading', { name: T('loket-help-title') })).toBeVisible();
  await expect(page).toHaveURL(/\/klacht/);

  // It follows the language switch, like every page.
  const E = textsFor('en');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: E('loket-part-failed-title') })).toBeVisible();
  await expect(page.getByText(E('loket-part-failed-body', { phone }))).toBeVisible();

  // Once the line is back, the same page tries again: the answers are all there.
  blocked = false;
  await page.getByRole('button', { name: E('loket-part-failed-retry') }).click();
  const check = page.getByRole('heading', { level: 1, name: E('loket-check-title') });
  await expect(check).toBeFocused();
  await expect(page.getByText(answers.wens)).toBeVisible();
  await expect(page.getByText(answers.omschrijving)).toBeVisible();
});

test('rare parts › a second file that differs from its integrity is not run: the page says so and the answers stay', async ({ page }) => {
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  let changed = true;
  await page.route(secondFile, async (route) => {
    if (!changed) return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, body: Buffer.concat([await response.body(), Buffer.from([0])]) });
  });
  await onLastStep(page);
  await next(page, T);
  await expect(page.getByRole('heading', { level: 1, name: T('loket-part-failed-title') })).toBeFocused();
  await expect.poll(() => messages.join('\n')).toMatch(/valid digest|integrity/i);

  changed = false;
  await page.getByRole('button', { name: T('loket-part-failed-retry') }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
  await expect(page.getByText(answers.wens)).toBeVisible();
});

test('rare parts › on /loket, a code or file that cannot be read because its part did not load says so; once it loads, it is read', async ({ page }) => {
  let blocked = true;
  await page.route(secondFile, (route) => (blocked ? route.abort('connectionreset') : route.continue()));
  await page.goto('/loket');
  const code = page.getByRole('textbox', { name: T('loket-continue-code-label') });
  await code.fill('1ABCD EFGH JKMN');
  await page.getByRole('button', { name: T('loket-continue-code-open') }).click();
  await expect(page.locator('#loket-error-summary')).toBeFocused();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#loket-continue-code-error')).toContainText(T('loket-continue-code-error-not-loaded'));
  await expect(page.getByRole('region', { name: T('loket-help-title') })).toBeVisible();

  const file = page.getByLabel(T('loket-continue-file-label'));
  await file.setInputFiles({ name: 'antwoorden.json', mimeType: 'application/json', buffer: Buffer.from('{"niet":"loket"}') });
  await expect(page.locator('#loket-continue-file-error')).toContainText(T('loket-continue-file-error-not-loaded'));

  // Once the line is back, the same code is read (and found damaged, as it is).
  blocked = false;
  await page.getByRole('button', { name: T('loket-continue-code-open') }).click();
  await expect(page.locator('#loket-continue-code-error')).toContainText(T('loket-continue-code-error-damaged'));
  await expect(page.locator('#loket-error-summary')).toBeFocused();
});
