// Sending over a bad connection: offline, a server error, a time-out or a refusal keeps every
// answer, says what happened in plain words, offers other ways, tries again by itself, and the
// form arrives once (the idempotency key is the same for every attempt).
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { answers, fillStep, next, steps } from '../support/klacht.js';

const T = textsFor('nl');
const ENDPOINT = '**/api/submissions/klacht';

async function toCheckPage(page) {
  await page.goto('/klacht');
  for (const step of steps) {
    await fillStep(page, T, step);
    await next(page, T);
  }
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
}

/** Every POST of this form leaving the page, as sent. */
function attempts(page) {
  const seen = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/submissions/klacht') && r.method() === 'POST') {
      seen.push({ key: r.headers()['idempotency-key'], payload: r.postDataJSON() });
    }
  });
  return seen;
}

/** What the municipality's endpoint kept for this reference. */
async function keptAtTheEndpoint(request, reference) {
  const all = await (await request.get('/__loket/submissions')).json();
  return all.filter((r) => r.payload.reference === reference);
}

const submit = (page) => page.getByRole('button', { name: T('loket-submit'), exact: true });
const problem = (page, key) => page.getByRole('status').filter({ hasText: T(key, { phone: '14053' }) });

async function expectNothingLost(page) {
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeVisible();
  for (const text of [answers.omschrijving, answers.naam, answers.email]) {
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(page.getByText(T('loket-send-other-ways'))).toBeVisible();
  await expect(page.getByRole('button', { name: T('loket-handoff-open') }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: T('loket-callback-open') }).first()).toBeVisible();
}

test('sending › offline: every answer stays, and the form goes by itself once the connection is back', async ({ page, context, request }) => {
  const sent = attempts(page);
  await toCheckPage(page);
  await context.setOffline(true);
  await submit(page).click();
  await expect(problem(page, 'loket-send-offline')).toBeVisible();
  await expectNothingLost(page);
  // The message speaks up without taking focus from where the resident is.
  await expect(submit(page)).toBeFocused();

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
  const reference = (await page.locator('.loket-reference').textContent()).trim();
  expect(await keptAtTheEndpoint(request, reference)).toHaveLength(1);
  expect(new Set(sent.map((s) => s.key)).size).toBe(1);
  expect(sent.at(-1).payload.idempotency_key).toBe(sent[0].key);
});

test('sending › a server error is tried again with growing waits, and arrives once', async ({ page, request }) => {
  const sent = attempts(page);
  await toCheckPage(page);
  let failures = 2;
  await page.route(ENDPOINT, (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: '{}' }) : route.continue());
  await submit(page).click();
  await expect(problem(page, 'loket-send-server')).toBeVisible();
  await expectNothingLost(page);
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused({ timeout: 20_000 });
  expect(sent).toHaveLength(3);
  expect(new Set(sent.map((s) => s.key)).size).toBe(1);
  expect(new Set(sent.map((s) => s.payload.reference)).size).toBe(1);
  expect(await keptAtTheEndpoint(request, sent[0].payload.reference)).toHaveLength(1);
});

test('sending › a time-out after the form did arrive is not kept twice', async ({ page, request }) => {
  await page.clock.install();
  const sent = attempts(page);
  await toCheckPage(page);
  let first = true;
  await page.route(ENDPOINT, async (route) => {
    if (first) {
      // The endpoint keeps the form, but its answer never reaches the resident.
      first = false;
      await route.fetch();
      return;
    }
    await route.continue();
  });
  await submit(page).click();
  await expect(page.getByRole('button', { name: T('loket-submitting') })).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(problem(page, 'loket-send-unreachable')).toBeVisible();
  await page.clock.runFor(3_000);
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeVisible();
  expect(sent).toHaveLength(2);
  expect(sent[1].key).toBe(sent[0].key);
  expect(await keptAtTheEndpoint(request, sent[0].payload.reference)).toHaveLength(1);
});

test('sending › a refusal says so plainly, keeps everything and does not retry by itself', async ({ page }) => {
  const sent = attempts(page);
  await toCheckPage(page);
  await page.route(ENDPOINT, (route) => route.fulfill({ status: 422, body: '{"error":"invalid"}' }), { times: 1 });
  await submit(page).click();
  await expect(problem(page, 'loket-send-rejected')).toBeVisible();
  await expect(page.getByText('invalid')).toHaveCount(0);
  await expect(page.getByText('422')).toHaveCount(0);
  await expectNothingLost(page);
  await page.waitForTimeout(4_500);
  expect(sent).toHaveLength(1);
  // The resident can still try again themselves.
  await submit(page).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
  expect(sent[1].key).toBe(sent[0].key);
});

test('sending › a double click sends once', async ({ page, request }) => {
  const sent = attempts(page);
  await toCheckPage(page);
  await submit(page).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
  expect(sent).toHaveLength(1);
  expect(await keptAtTheEndpoint(request, sent[0].payload.reference)).toHaveLength(1);
});

test('sending › after a failure and a refresh, sending again is the same submission', async ({ page, request }) => {
  const sent = attempts(page);
  await toCheckPage(page);
  await page.route(ENDPOINT, (route) => route.fulfill({ status: 500, body: '' }));
  await submit(page).click();
  await expect(problem(page, 'loket-send-server')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeVisible();
  await page.unrouteAll();
  await submit(page).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
  const keys = new Set(sent.map((s) => s.key));
  expect(keys.size).toBe(1);
  expect(sent.at(-1).payload.reference).toBe(sent[0].payload.reference);
  expect(await keptAtTheEndpoint(request, sent[0].payload.reference)).toHaveLength(1);
});
