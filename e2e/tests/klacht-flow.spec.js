// The whole complaint, from the start page to the confirmation, with mouse and keyboard only,
// in every language; and the payload that arrives.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { send } from '../support/forms.js';
import { answers, dutchAddress, expectStep, fillAddress, fillStep, formUrl, iso, next, steps, tabTo } from '../support/klacht.js';

const local = !process.env.BASE_URL;

async function expectPayload(request, lang, reference) {
  const payload = request.postDataJSON();
  expect(request.headers()['content-type']).toContain('application/json');
  expect(payload).toMatchObject({
    schema: 'loket.submission',
    schema_version: 1,
    form: 'klacht',
    form_version: 1,
    municipality: 'enschede',
    locale: lang,
    answers: {
      soort: answers.soort,
      omschrijving: answers.omschrijving,
      datum: iso(answers.datum),
      betrokkene: answers.betrokkene,
      wens: answers.wens,
      naam: answers.naam,
      email: answers.email,
      adres: answers.adres,
      postcode: answers.postcode,
      huisnummer: answers.huisnummer,
      toevoeging: answers.toevoeging,
      straat: answers.straat,
      plaats: answers.plaats,
      contactwijze: answers.contactwijze,
      telefoon: answers.telefoon,
      dagdelen: answers.dagdelen,
      dagen: answers.dagen,
    },
  });
  // Only what was shown is sent: no address abroad.
  expect(payload.answers).not.toHaveProperty('buitenlands-adres');
  expect(payload.reference).toBe(reference);
  expect(new Date(payload.submitted_at).toString()).not.toBe('Invalid Date');
  return payload;
}

for (const lang of languages) {
  const T = textsFor(lang);

  test(`klacht › ${lang} › complete with the mouse, from the start page to the confirmation`, async ({ page, request }) => {
    await page.goto(lang === 'nl' ? '/' : `/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1, name: T('site-start-title') })).toBeVisible();
    await page.getByRole('link', { name: T('klacht-title') }).click();
    await expect(page).toHaveURL(new RegExp(`/klacht${lang === 'nl' ? '$' : `\\?lang=${lang}$`}`));

    for (const [i, step] of steps.entries()) {
      if (i > 0) await expectStep(page, T, step, i + 1);
      await fillStep(page, T, step);
      await next(page, T);
    }

    const check = page.getByRole('heading', { level: 1, name: T('loket-check-title') });
    await expect(check).toBeFocused();
    await expect(page.getByText(T('klacht-soort-option-behandeling'))).toBeVisible();
    await expect(page.getByText(answers.omschrijving)).toBeVisible();
    const month = T(`loket-month-${answers.datum.month}`);
    await expect(page.getByText(T('loket-date-short', { day: answers.datum.day, month, year: answers.datum.year }))).toBeVisible();

    const sent = page.waitForRequest((r) => r.url().includes('/api/submissions/klacht') && r.method() === 'POST');
    await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    const done = page.getByRole('heading', { level: 1, name: T('klacht-done-title') });
    await expect(done).toBeFocused();
    const reference = (await page.locator('.loket-reference').textContent()).trim();
    expect(reference).toMatch(/^KLA-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await expectPayload(await sent, lang, reference);

    // What happens next: personal contact within a week, the answer within six weeks, in words.
    const inAWeek = new Date();
    inAWeek.setDate(inAWeek.getDate() + 7);
    const weekday = T(`loket-weekday-${(inAWeek.getDay() + 6) % 7}`);
    await expect(
      page.getByText(
        T('loket-date-long', {
          weekday,
          day: inAWeek.getDate(),
          month: T(`loket-month-${inAWeek.getMonth() + 1}`),
          year: inAWeek.getFullYear(),
        }),
      ),
    ).toBeVisible();
    const inSixWeeks = new Date();
    inSixWeeks.setDate(inSixWeeks.getDate() + 42);
    await expect(
      page.getByText(
        T('loket-date-short', {
          day: inSixWeeks.getDate(),
          month: T(`loket-month-${inSixWeeks.getMonth() + 1}`),
          year: inSixWeeks.getFullYear(),
        }),
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: T('loket-done-print') })).toBeVisible();
    await expect(page.getByText(answers.omschrijving)).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${T('klacht-done-title')} – `));

    if (local) {
      const received = await (await request.get('/__loket/submissions')).json();
      const mine = received.filter((r) => r.payload.reference === reference);
      expect(mine).toHaveLength(1);
      expect(mine[0].path).toBe('/api/submissions/klacht');
    }

    // After sending, the draft is gone: a new visit starts empty.
    await page.goto(formUrl(lang));
    await expect(page.getByRole('radio', { name: T('klacht-soort-option-behandeling') })).not.toBeChecked();
  });

  test(`klacht › ${lang} › complete with the keyboard only`, async ({ page }) => {
    await page.goto(formUrl(lang));
    // The first Tab once the form is there (the page is empty until the WebAssembly has started).
    await expect(page.getByRole('link', { name: T('loket-skip-link') })).toBeAttached();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: T('loket-skip-link') })).toBeFocused();

    await tabTo(page, page.getByRole('radio', { name: T('klacht-soort-option-behandeling') }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');
    await expectStep(page, T, 'gebeurd', 2);

    await tabTo(page, page.getByRole('textbox', { name: T('klacht-omschrijving-label') }));
    await page.keyboard.type(answers.omschrijving);
    await tabTo(page, page.getByRole('textbox', { name: T('loket-date-day') }));
    await page.keyboard.type(answers.datum.day);
    await page.keyboard.press('Tab');
    await page.keyboard.type(answers.datum.month);
    await page.keyboard.press('Tab');
    await page.keyboard.type(answers.datum.year);
    // The next question's "why" disclosure comes first: it is part of the keyboard path.
    await page.keyboard.press('Tab');
    await expect(page.getByText(T('loket-why-summary')).nth(2)).toBeFocused();
    await tabTo(page, page.getByRole('textbox', { name: T('klacht-betrokkene-label') }));
    await page.keyboard.type(answers.betrokkene);
    await page.keyboard.press('Enter');
    await expectStep(page, T, 'wens', 3);

    await tabTo(page, page.getByRole('textbox', { name: T('klacht-wens-label') }));
    await page.keyboard.type(answers.wens);
    await tabTo(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');
    await expectStep(page, T, 'gegevens', 4);

    await tabTo(page, page.getByRole('textbox', { name: T('klacht-naam-label') }));
    await page.keyboard.type(answers.naam);
    await tabTo(page, page.getByRole('textbox', { name: T('klacht-email-label') }));
    await page.keyboard.type(answers.email);
    await tabTo(page, page.getByRole('radio', { name: T(`klacht-adres-option-${answers.adres}`) }));
    await page.keyboard.press('Space');
    for (const question of dutchAddress) {
      await tabTo(page, page.getByRole('textbox', { name: T(`klacht-${question}-label`), exact: question !== 'toevoeging' }));
      await page.keyboard.type(answers[question]);
    }
    await page.keyboard.press('Enter');
    await expectStep(page, T, 'contact', 5);

    await tabTo(page, page.getByRole('radio', { name: T('klacht-contactwijze-option-telefoon') }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('textbox', { name: T('klacht-telefoon-label') }));
    await page.keyboard.type(answers.telefoon);
    for (const [question, ticked] of [['dagdelen', answers.dagdelen], ['dagen', answers.dagen]]) {
      for (const option of ticked) {
        await tabTo(page, page.getByRole('checkbox', { name: T(`klacht-${question}-option-${option}`) }));
        await page.keyboard.press('Space');
      }
    }
    await tabTo(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();

    const sent = page.waitForRequest((r) => r.url().includes('/api/submissions/klacht'));
    await tabTo(page, page.getByRole('button', { name: T('loket-submit'), exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
    const reference = (await page.locator('.loket-reference').textContent()).trim();
    await expectPayload(await sent, lang, reference);
  });
}

test('klacht › a failed submission keeps every answer and can be sent again', async ({ page }) => {
  const T = textsFor('nl');
  await page.goto('/klacht');
  for (const step of steps) {
    await fillStep(page, T, step);
    await next(page, T);
  }
  // This page's submission alone gets a 503, so tests running beside it are not touched.
  await page.route('**/api/submissions/klacht', (route) => route.fulfill({ status: 503, body: '{}' }), { times: 1 });
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: T('loket-send-server') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeVisible();
  await expect(page.getByText(answers.omschrijving)).toBeVisible();
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
});

/** A date `days` from today in words, as the confirmation writes it. */
function inWords(T, days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return T('loket-date-long', {
    weekday: T(`loket-weekday-${(d.getDay() + 6) % 7}`),
    day: d.getDate(),
    month: T(`loket-month-${d.getMonth() + 1}`),
    year: d.getFullYear(),
  });
}

for (const lang of languages) {
  const T = textsFor(lang);
  const summaryLinks = (page) => page.locator('#loket-error-summary').getByRole('link');

  test(`klacht › ${lang} › a talk at the desk asks when it suits, and the confirmation promises an appointment by a date`, async ({ page }) => {
    await page.goto(formUrl(lang));
    for (const step of ['soort', 'gebeurd', 'wens', 'gegevens']) {
      await fillStep(page, T, step);
      await next(page, T);
    }
    await expectStep(page, T, 'contact', 5);
    const when = page.getByRole('group', { name: T('klacht-dagdelen-label') });
    const days = page.getByRole('group', { name: T('klacht-dagen-label') });
    await expect(when).toBeHidden();
    await page.getByRole('radio', { name: T('klacht-contactwijze-option-balie') }).check();
    await expect(when).toBeVisible();
    await expect(days).toBeVisible();
    // At the desk the phone number is not needed; when a talk suits is.
    await next(page, T);
    await expect(summaryLinks(page)).toHaveText([T('klacht-dagdelen-error-required')]);
    await when.getByRole('checkbox', { name: T('klacht-dagdelen-option-middag') }).check();
    await days.getByRole('checkbox', { name: T('klacht-dagen-option-woensdag') }).check();
    await next(page, T);
    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    await expect(page.getByText(T('klacht-contactwijze-option-balie'), { exact: true })).toBeVisible();

    const payload = await send(page, T, 'klacht');
    expect(payload.answers).toMatchObject({
      contactwijze: 'balie',
      dagdelen: ['middag'],
      dagen: ['woensdag'],
      adres: answers.adres,
      postcode: answers.postcode,
      huisnummer: answers.huisnummer,
      straat: answers.straat,
      plaats: answers.plaats,
    });
    expect(payload.answers).not.toHaveProperty('telefoon');
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
    // Who will contact them, how, and by when: an appointment at the desk within a week.
    const date = inWords(T, 7);
    await expect(page.getByText(T('klacht-deadline-contact', { contactwijze: 'balie', date }), { exact: true })).toBeVisible();
    for (const other of ['telefoon', 'email', 'none']) {
      await expect(page.getByText(T('klacht-deadline-contact', { contactwijze: other, date }), { exact: true })).toHaveCount(0);
    }
  });

  test(`klacht › ${lang} › "I have no address" shows the way out and lets the resident go on`, async ({ page }) => {
    await page.goto(formUrl(lang));
    for (const step of ['soort', 'gebeurd', 'wens']) {
      await fillStep(page, T, step);
      await next(page, T);
    }
    await expectStep(page, T, 'gegevens', 4);
    await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill(answers.naam);
    await page.getByRole('textbox', { name: T('klacht-email-label') }).fill(answers.email);
    // The way out is in sight before it is chosen: it is fine, how we get in touch, where to get help.
    const noAddress = page.getByRole('radio', { name: T('klacht-adres-option-geen') });
    await expect(page.getByText(T('klacht-adres-option-geen-hint', { phone: '14053' }), { exact: true })).toBeVisible();

    // A home address: its parts are asked for.
    await page.getByRole('radio', { name: T('klacht-adres-option-woonadres') }).check();
    const postcode = page.getByRole('textbox', { name: T('klacht-postcode-label'), exact: true });
    await expect(postcode).toBeVisible();
    await next(page, T);
    await expect(summaryLinks(page)).toHaveText([
      T('klacht-postcode-error-required'),
      T('klacht-huisnummer-error-required'),
      T('klacht-straat-error-required'),
      T('klacht-plaats-error-required'),
    ]);

    // No address: the parts go away, and the resident goes on.
    await noAddress.check();
    await expect(postcode).toBeHidden();
    await next(page, T);
    await expectStep(page, T, 'contact', 5);
    await fillStep(page, T, 'contact', { ...answers, contactwijze: 'email', telefoon: '' });
    await expect(page.getByRole('group', { name: T('klacht-dagdelen-label') })).toBeHidden();
    await next(page, T);
    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    await expect(page.getByText(T('klacht-adres-option-geen'), { exact: true })).toBeVisible();

    const payload = await send(page, T, 'klacht');
    expect(payload.answers).toMatchObject({ naam: answers.naam, email: answers.email, adres: 'geen', contactwijze: 'email' });
    for (const question of [...dutchAddress, 'buitenlands-adres', 'telefoon', 'dagdelen', 'dagen']) {
      expect(payload.answers).not.toHaveProperty(question);
    }
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
    const date = inWords(T, 7);
    await expect(page.getByText(T('klacht-deadline-contact', { contactwijze: 'email', date }), { exact: true })).toBeVisible();
  });

  test(`klacht › ${lang} › an address outside the Netherlands is written as on a letter`, async ({ page }) => {
    await page.goto(formUrl(lang));
    for (const step of ['soort', 'gebeurd', 'wens']) {
      await fillStep(page, T, step);
      await next(page, T);
    }
    const abroad = { ...answers, adres: 'buitenland', 'buitenlands-adres': 'Hauptstraße 1\n48599 Gronau\nDeutschland' };
    await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill(answers.naam);
    await page.getByRole('textbox', { name: T('klacht-email-label') }).fill(answers.email);
    await page.getByRole('radio', { name: T('klacht-adres-option-buitenland') }).check();
    await expect(page.getByRole('textbox', { name: T('klacht-postcode-label'), exact: true })).toBeHidden();
    await next(page, T);
    await expect(summaryLinks(page)).toHaveText([T('klacht-buitenlands-adres-error-required')]);
    await fillAddress(page, T, abroad);
    await next(page, T);
    await fillStep(page, T, 'contact');
    await next(page, T);
    const payload = await send(page, T, 'klacht');
    expect(payload.answers).toMatchObject({ adres: 'buitenland', 'buitenlands-adres': abroad['buitenlands-adres'] });
    expect(payload.answers).not.toHaveProperty('postcode');
  });
}
