// The event permit, both languages: a small event becomes a notification; every branch (road
// closure, many visitors, music, alcohol, permit anyway) walked to the confirmation; keyboard
// only; files accepted and refused; a date that is too soon is advice, not a block.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { dateIn, expectHeading, isoOf, pressNext, send, seedForm, tabUntil, typeInto, urlFor } from '../support/forms.js';
import { E, fillAbout, fillOrganiser, fillSize, fillWhen, jpeg, large, pdf, small } from '../support/evenement.js';

const FORM = 'vergunning-evenement';
const PATH = '/vergunning/evenement';

for (const lang of languages) {
  const T = textsFor(lang);

  test(`evenement › ${lang} › a street added while errors show is not in error itself`, async ({ page }) => {
    await seedForm(page, FORM, { position: { at: 'step', index: 5 }, answers: large });
    await page.goto(urlFor(PATH, lang));
    await expect(page.getByRole('heading', { level: 1, name: T(E('step-afsluiting-title')) })).toBeVisible();
    await pressNext(page, T);
    const first = page.getByRole('textbox', { name: T(E('straten-item'), { number: 1 }) });
    await expect(first).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: T(E('straten-add')) }).click();
    const second = page.getByRole('textbox', { name: T(E('straten-item'), { number: 2 }) });
    await expect(second).toBeFocused();
    await expect(second).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(first).toHaveAttribute('aria-invalid', 'true');
    // The next check judges the new street with the others.
    await pressNext(page, T);
    await expect(second).toHaveAttribute('aria-invalid', 'true');
  });

  test(`evenement › ${lang} › a small event is sent as a notification, without the permit steps`, async ({ page }) => {
    await page.goto(lang === 'nl' ? '/' : `/?lang=${lang}`);
    await page.getByRole('link', { name: T(E('title')) }).click();
    await expect(page).toHaveURL(new RegExp(`${PATH}(\\?lang=\\w+)?$`));
    // The permit desk comes first in the help block of a permit form.
    const help = page.getByRole('region', { name: T('loket-help-title') });
    await expect(help.getByRole('heading', { level: 3 }).first()).toHaveText(T('enschede-channel-hulploket-vergunningen-title'));

    await fillAbout(page, T);
    await pressNext(page, T);
    await expectHeading(page, T, E('step-wanneer-title'), 2, 5);
    await fillWhen(page, T);
    await pressNext(page, T);
    await expectHeading(page, T, E('step-omvang-title'), 3, 5);
    await fillSize(page, T);
    await pressNext(page, T);

    await expectHeading(page, T, E('step-melding-title'), 4, 5);
    await expect(page.getByText(T(E('step-melding-intro'), {
      'evenement-melding-max-bezoekers': 250,
      'evenement-melding-eindtijd': '23:00',
      'evenement-melding-muziek-tot': '23:00',
    }))).toBeVisible();
    await expect(page.getByRole('radio', { name: T(E('aanvraagsoort-option-melding')) })).toBeChecked();
    await pressNext(page, T);

    await expectHeading(page, T, E('step-organisator-title'), 5, 5);
    await fillOrganiser(page, T);
    await pressNext(page, T);
    const payload = await send(page, T, FORM);
    expect(payload.outcome).toBe('melding');
    expect(payload.answers).toMatchObject({
      'naam-evenement': small['naam-evenement'],
      soort: 'straatfeest',
      datum: isoOf(small.datum),
      begintijd: '14:00',
      eindtijd: '22:00',
      bezoekers: '80',
      wegafsluiting: 'nee',
      aanvraagsoort: 'melding',
    });
    for (const absent of ['straten', 'maatregelen', 'schets', 'muziek-van', 'muziek-tot']) {
      expect(payload.answers).not.toHaveProperty(absent);
    }
    await expect(page.getByRole('heading', { level: 1, name: T(E('done-melding-title')) })).toBeFocused();
    await expect(page.getByText(T(E('done-melding-body')))).toBeVisible();
  });

  test(`evenement › ${lang} › a big event with a road closure, late music and alcohol, keyboard only`, async ({ page }) => {
    await page.goto(urlFor(PATH, lang));
    await typeInto(page, page.getByRole('textbox', { name: T(E('naam-evenement-label')) }), 'Zomerfeest Centrum');
    await tabUntil(page, page.getByRole('radio', { name: T(E('soort-option-straatfeest')) }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: T(E('soort-option-markt')) })).toBeChecked();
    await typeInto(page, page.getByRole('textbox', { name: T(E('omschrijving-label')) }), 'Markt met muziek.');
    await tabUntil(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');

    await expectHeading(page, T, E('step-wanneer-title'), 2, 5);
    const day = dateIn(120);
    await typeInto(page, page.getByRole('textbox', { name: T('loket-date-day') }), day.day);
    await page.keyboard.press('Tab');
    await page.keyboard.type(day.month);
    await page.keyboard.press('Tab');
    await page.keyboard.type(day.year);
    await typeInto(page, page.getByRole('textbox', { name: T(E('begintijd-label')) }), '12.00');
    await typeInto(page, page.getByRole('textbox', { name: T(E('eindtijd-label')) }), '23:30');
    await typeInto(page, page.getByRole('textbox', { name: T(E('locatie-label')) }), 'Oude Markt');
    await page.keyboard.press('Enter');

    await expectHeading(page, T, E('step-omvang-title'), 3, 5);
    await typeInto(page, page.getByRole('textbox', { name: T(E('bezoekers-label')) }), '1.200');
    for (const q of ['wegafsluiting', 'muziek', 'alcohol']) {
      await tabUntil(page, page.getByRole('group', { name: T(E(`${q}-label`)) }).getByRole('radio', { name: T(E(`${q}-option-ja`)) }));
      await page.keyboard.press('Space');
    }
    await expect(page.getByText(T(E('alcohol-notice-ontheffing'), { phone: '14053' }))).toBeVisible();
    await tabUntil(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');

    await expectHeading(page, T, E('step-muziek-title'), 4, 8);
    await typeInto(page, page.getByRole('textbox', { name: T(E('muziek-van-label')) }), '15:00');
    await typeInto(page, page.getByRole('textbox', { name: T(E('muziek-tot-label')) }), '00:30');
    await page.keyboard.press('Enter');

    await expectHeading(page, T, E('step-afsluiting-title'), 5, 8);
    await typeInto(page, page.getByRole('textbox', { name: T(E('straten-item'), { number: 1 }) }), 'Oude Markt');
    await tabUntil(page, page.getByRole('button', { name: T(E('straten-add')) }));
    await page.keyboard.press('Enter');
    const second = page.getByRole('textbox', { name: T(E('straten-item'), { number: 2 }) });
    await expect(second).toBeFocused();
    await page.keyboard.type('Marktstraat');
    await tabUntil(page, page.getByRole('button', { name: T(E('straten-add')) }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: T(E('straten-item'), { number: 3 }) })).toBeFocused();
    await page.keyboard.type('Per ongeluk');
    await tabUntil(page, page.getByRole('button', { name: `${T('loket-list-remove')} ${T(E('straten-item'), { number: 3 })}` }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: T(E('straten-item'), { number: 3 }) })).toHaveCount(0);
    // Removing is said, as removing a file is.
    await expect(page.locator('.loket-list__said')).toHaveText(T('loket-list-removed', { item: T(E('straten-item'), { number: 3 }) }));
    await typeInto(page, page.getByRole('textbox', { name: T(E('afsluiting-van-label')) }), '10:00');
    await typeInto(page, page.getByRole('textbox', { name: T(E('afsluiting-tot-label')) }), '01:00');
    await page.keyboard.press('Enter');

    await expectHeading(page, T, E('step-veiligheid-title'), 6, 8);
    await typeInto(page, page.getByRole('textbox', { name: T(E('maatregelen-label')) }), 'Twee EHBO-ers en vier beveiligers.');
    await tabUntil(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');

    await expectHeading(page, T, E('schets-label'), 7, 8);
    const input = page.locator('#vergunning-evenement-schets');
    await tabUntil(page, input);
    await input.setInputFiles(pdf());
    const remove = page.getByRole('button', { name: `${T('loket-files-remove')} plattegrond.pdf` });
    await expect(remove).toBeVisible();
    await expect(page.getByRole('list', { name: T('loket-files-chosen') }).getByRole('listitem')).toHaveCount(1);
    await tabUntil(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');

    await expectHeading(page, T, E('step-organisator-title'), 8, 8);
    await typeInto(page, page.getByRole('textbox', { name: T(E('naam-label')), exact: true }), 'Stichting Zomerfeest');
    await typeInto(page, page.getByRole('textbox', { name: T(E('email-label')) }), 'info@zomerfeest.nl');
    await typeInto(page, page.getByRole('textbox', { name: T(E('telefoon-label')) }), '053 123 45 67');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    await expect(page.getByText('plattegrond.pdf')).toBeVisible();
    const sent = page.waitForRequest((r) => r.url().includes(`/api/submissions/${FORM}`));
    await tabUntil(page, page.getByRole('button', { name: T('loket-submit'), exact: true }));
    await page.keyboard.press('Enter');
    const payload = (await sent).postDataJSON();
    expect(payload.outcome).toBe('vergunning');
    expect(payload.answers).toMatchObject({
      bezoekers: '1200',
      begintijd: '12:00',
      'muziek-tot': '00:30',
      alcohol: 'ja',
      straten: ['Oude Markt', 'Marktstraat'],
      'afsluiting-tot': '01:00',
      maatregelen: 'Twee EHBO-ers en vier beveiligers.',
    });
    expect(payload.answers.schets).toHaveLength(1);
    expect(payload.answers.schets[0]).toMatchObject({ name: 'plattegrond.pdf', media_type: 'application/pdf', size: 2048 });
    expect(Buffer.from(payload.answers.schets[0].content_base64, 'base64')).toEqual(pdf().buffer);
    expect(payload.answers).not.toHaveProperty('aanvraagsoort');
    await expect(page.getByRole('heading', { level: 1, name: T(E('done-vergunning-title')) })).toBeFocused();
    const decision = dateIn(56);
    await expect(page.getByText(T('loket-date-short', { day: decision.day, month: T(`loket-month-${decision.month}`), year: decision.year }))).toBeVisible();
  });

  test(`evenement › ${lang} › a small event may still apply for a permit: only the drawing is added`, async ({ page }) => {
    const { naam, email, telefoon, ...early } = small;
    await seedForm(page, FORM, { position: { at: 'step', index: 4 }, answers: { ...early, aanvraagsoort: 'melding' } });
    await page.goto(urlFor(PATH, lang));
    await page.getByRole('radio', { name: T(E('aanvraagsoort-option-vergunning')) }).check();
    await pressNext(page, T);
    await expectHeading(page, T, E('schets-label'), 5, 6);
    await pressNext(page, T);
    await expect(page.locator('#loket-error-summary').getByRole('link')).toHaveText([
      T('loket-error-required-files', { name: T(E('schets-name')) }),
    ]);
    await page.locator('#vergunning-evenement-schets').setInputFiles(pdf('schets.pdf'));
    await pressNext(page, T);
    await fillOrganiser(page, T, { naam, email, telefoon });
    await pressNext(page, T);
    const payload = await send(page, T, FORM);
    expect(payload.outcome).toBe('vergunning');
    expect(payload.answers.aanvraagsoort).toBe('vergunning');
    expect(payload.answers.schets[0].name).toBe('schets.pdf');
    for (const absent of ['straten', 'maatregelen', 'muziek-tot']) expect(payload.answers).not.toHaveProperty(absent);
    await expect(page.getByRole('heading', { level: 1, name: T(E('done-vergunning-title')) })).toBeFocused();
  });

  test(`evenement › ${lang} › wrong, empty, too large and too many files are refused with their name`, async ({ page }) => {
    await seedForm(page, FORM, { position: { at: 'step', index: 7 }, answers: { ...small, aanvraagsoort: 'vergunning' } });
    await page.goto(urlFor(PATH, lang));
    const input = page.locator('#vergunning-evenement-schets');
    const error = page.locator('#vergunning-evenement-schets-refused');
    const name = T(E('schets-name'));
    await expect(page.getByText(T('loket-files-limit', { types: 'JPG, PNG, PDF', size: 5, count: 3 }), { exact: false })).toBeVisible();

    await input.setInputFiles({ name: 'virus.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await expect(error).toContainText(T('loket-error-file-type', { file: 'virus.exe', types: 'JPG, PNG, PDF' }));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await input.setInputFiles({ name: 'leeg.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
    await expect(error).toContainText(T('loket-error-file-empty', { file: 'leeg.pdf' }));
    await input.setInputFiles({ name: 'groot.png', mimeType: 'image/png', buffer: Buffer.alloc(5_000_001, 1) });
    await expect(error).toContainText(T('loket-error-file-too-large', { file: 'groot.png', size: 5 }));
    await expect(page.getByRole('list', { name: T('loket-files-chosen') })).toHaveCount(0);

    await input.setInputFiles([pdf('een.pdf'), pdf('twee.pdf'), jpeg('drie.jpg')]);
    await expect(page.getByRole('list', { name: T('loket-files-chosen') }).getByRole('listitem')).toHaveCount(3);
    await expect(error).toHaveCount(0);
    // Refusing a file shows beside the field; the error summary is for pressing "next".
    await expect(page.locator('#loket-error-summary')).toHaveCount(0);
    await input.setInputFiles(pdf('vier.pdf'));
    await expect(error).toContainText(T('loket-error-too-many', { max: 3, name }));
    await expect(page.getByRole('list', { name: T('loket-files-chosen') }).getByRole('listitem')).toHaveCount(3);

    await page.getByRole('button', { name: `${T('loket-files-remove')} twee.pdf` }).click();
    await expect(page.getByText(T('loket-files-removed', { file: 'twee.pdf' }))).toBeAttached();
    await expect(input).toBeFocused();
    await input.setInputFiles(pdf('vier.pdf'));
    await expect(page.getByRole('list', { name: T('loket-files-chosen') }).getByRole('listitem')).toHaveText([
      /een\.pdf/, /drie\.jpg/, /vier\.pdf/,
    ]);
    await pressNext(page, T);
    await expectHeading(page, T, E('step-organisator-title'));
  });

  test(`evenement › ${lang} › choosing a wrong and a right file at once keeps the right one and says why the other was refused`, async ({ page }) => {
    await seedForm(page, FORM, { position: { at: 'step', index: 7 }, answers: { ...small, aanvraagsoort: 'vergunning' } });
    await page.goto(urlFor(PATH, lang));
    const input = page.locator('#vergunning-evenement-schets');
    await input.setInputFiles([{ name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }, pdf('plan.pdf')]);
    await expect(page.getByRole('list', { name: T('loket-files-chosen') }).getByRole('listitem')).toHaveText([/plan\.pdf/]);
    const refusal = T('loket-error-file-type', { file: 'notities.txt', types: 'JPG, PNG, PDF' });
    await expect(page.locator('#vergunning-evenement-schets-refused')).toContainText(refusal);
    await expect(input).toHaveAttribute('aria-describedby', /vergunning-evenement-schets-refused/);
    await expect(page.getByText(`${refusal} ${T('loket-files-added', { file: 'plan.pdf' })}`)).toBeAttached();
  });

  test(`evenement › ${lang} › a date sooner than the lead time is advice with the permit desk, not a refusal`, async ({ page }) => {
    await seedForm(page, FORM, { position: { at: 'step', index: 1 }, answers: { 'naam-evenement': 'x', soort: 'markt', omschrijving: 'y' } });
    await page.goto(urlFor(PATH, lang));
    await fillWhen(page, T, { ...small, datum: dateIn(10) });
    await page.getByRole('textbox', { name: T(E('locatie-label')) }).press('Tab');
    const advice = page.getByText(T(E('datum-notice-te-laat'), { 'evenement-aanvraag-dagen': 56, phone: '14053' }));
    await expect(advice).toBeVisible();
    await pressNext(page, T);
    await expectHeading(page, T, E('step-omvang-title'), 3, 5);

    await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
    const date = page.getByRole('group', { name: T(E('datum-label')) });
    const today = dateIn(0);
    await date.getByRole('textbox', { name: T('loket-date-day') }).fill(today.day);
    await date.getByRole('textbox', { name: T('loket-date-month') }).fill(today.month);
    await date.getByRole('textbox', { name: T('loket-date-year') }).fill(today.year);
    await pressNext(page, T);
    await expect(page.locator('#loket-error-summary').getByRole('link')).toHaveText([
      T('loket-error-date-not-future', { name: T(E('datum-name')) }),
    ]);
  });
}
