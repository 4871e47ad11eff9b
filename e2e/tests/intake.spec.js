// The intake service as a resident meets it, on a service of this file's own (its own port and
// SQLite file, the largest body set to 150 kB): a complaint sent in the browser is still there
// after the service was killed and started again; a file that is not what its name says is
// refused by the service and shown like the form's own error; a form too large for the
// service says what to do and is not sent again and again.
import { test, expect } from '../support/test.js';
import { textsFor } from '../support/texts.js';
import { ownService } from '../support/intake.js';
import { checkAccessibility } from '../support/axe.js';
import { pressNext, seedForm } from '../support/forms.js';
import { answers, fillStep, next, steps } from '../support/klacht.js';
import { E, fillOrganiser, pdf, small } from '../support/evenement.js';

const T = textsFor('nl');
const PORT = Number(process.env.PORT || 8787) + 10;
const EVENT = 'vergunning-evenement';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

let service;
test.beforeAll(async () => {
  service = await ownService(PORT, ['--max-body-bytes', '150000']);
});
test.afterAll(async () => {
  await service?.close();
});

/** A pattern for a text with placeholders: the text around them, anything in their place. */
function pattern(key) {
  const marked = T(key, { date: '\u0001', time: '\u0002' });
  const escaped = marked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('\u0001', '.+').replace('\u0002', '\\d{2}:\\d{2}')}$`);
}

/** What the service keeps, as its test hook lists it. */
async function kept(request) {
  return (await request.get(`${service.url}/__loket/submissions`)).json();
}

/** The event permit up to its check page, with these files for the drawing. */
async function eventWithFiles(page, files) {
  const { naam, email, telefoon, ...early } = small;
  await seedForm(page, EVENT, { position: { at: 'step', index: 4 }, answers: { ...early, aanvraagsoort: 'melding' } });
  await page.goto('/vergunning/evenement');
  await page.getByRole('radio', { name: T(E('aanvraagsoort-option-vergunning')) }).check();
  await pressNext(page, T);
  await page.locator('#vergunning-evenement-schets').setInputFiles(files);
  await pressNext(page, T);
  await fillOrganiser(page, T, { naam, email, telefoon });
  await pressNext(page, T);
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
}

test('intake › a complaint sent in the browser is still there after the service was killed', async ({ page, request }) => {
  await page.goto('/klacht');
  for (const step of steps) {
    await fillStep(page, T, step);
    await next(page, T);
  }
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
  const reference = (await page.locator('.loket-reference').textContent()).trim();
  // The confirmation says when the municipality received it, in words.
  await expect(page.getByText(pattern('loket-done-received'))).toBeVisible();

  await service.restart('SIGKILL');
  const mine = (await kept(request)).filter((r) => r.payload.reference === reference);
  expect(mine).toHaveLength(1);
  expect(mine[0].payload.answers).toMatchObject({ omschrijving: answers.omschrijving, naam: answers.naam });
});

test('intake › a file that is not what its name says is refused like the form refuses one', async ({ page, request }, testInfo) => {
  // Called .pdf, sent as a PDF, but it is a web page: the browser cannot tell, the service can.
  await eventWithFiles(page, { name: 'plattegrond.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  // Back on the step with the file, with the error summary in focus and the file named.
  await expect(page.locator('#loket-error-summary')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: T(E('schets-label')) })).toBeVisible();
  const message = T('loket-error-file-type', { file: 'plattegrond.pdf', types: 'JPG, PNG, PDF' });
  await expect(page.locator('#loket-error-summary').getByRole('link', { name: message })).toBeVisible();
  await expect(page.locator('#vergunning-evenement-schets')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^Fout: /);
  await checkAccessibility(page, testInfo);
  expect((await kept(request)).filter((r) => r.payload.form === EVENT)).toHaveLength(0);

  // A real PDF instead, and "Volgende" goes back to the check page; then it is sent.
  await page.getByRole('button', { name: `${T('loket-files-remove')} plattegrond.pdf` }).click();
  await page.locator('#vergunning-evenement-schets').setInputFiles(pdf());
  await pressNext(page, T);
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T(E('done-vergunning-title')) })).toBeFocused();
  expect((await kept(request)).filter((r) => r.payload.form === EVENT)).toHaveLength(1);
});

test('intake › a form too large for the service says what to do and is not sent again and again', async ({ page }, testInfo) => {
  await page.clock.install();
  const attempts = [];
  page.on('request', (r) => {
    if (r.url().includes(`/api/submissions/${EVENT}`) && r.method() === 'POST') attempts.push(r);
  });
  // Three files of 100 kB: within the form's limits, over this service's 150 kB.
  await eventWithFiles(page, [pdf('een.pdf', 100_000), pdf('twee.pdf', 100_000), pdf('drie.pdf', 100_000)]);
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: T('loket-send-too-large') });
  await expect(notice).toBeVisible();
  // Every answer stays, and the other ways to reach the municipality are offered.
  await expect(page.getByText('een.pdf')).toBeVisible();
  await expect(page.getByText(T('loket-send-other-ways'))).toBeVisible();
  await expect(page.getByRole('button', { name: T('loket-handoff-open') }).first()).toBeVisible();
  await checkAccessibility(page, testInfo);
  // Minutes pass: no new attempt.
  await page.clock.runFor(5 * 60_000);
  expect(attempts).toHaveLength(1);
  const answer = await attempts[0].response();
  expect(answer.status()).toBe(413);
});
