// The Woo request, both languages: no reason asked, advice for a broad request, digital by
// default, paper asks an address, keyboard only, and the payload that arrives.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { dateIn, expectHeading, pressNext, send, tabUntil, typeInto, urlFor } from '../support/forms.js';

const W = (key) => `woo-verzoek-${key}`;
const sharp = 'De e-mails tussen de gemeente en de aannemer over de nieuwe brug bij de haven';

for (const lang of languages) {
  const T = textsFor(lang);

  test(`woo › ${lang} › a broad request gets friendly advice, never a block, and the request is sent digitally`, async ({ page }) => {
    await page.goto(lang === 'nl' ? '/' : `/?lang=${lang}`);
    await page.getByRole('link', { name: T(W('title')) }).click();
    await expect(page).toHaveURL(/\/woo-verzoek(\?lang=\w+)?$/);
    await expect(page.getByText(T(W('step-onderwerp-intro')))).toBeVisible();
    // Nothing on any step asks for a reason.
    await expect(page.getByRole('textbox')).toHaveCount(2);

    const subject = page.getByRole('textbox', { name: T(W('onderwerp-label')) });
    await subject.fill('Roombeek');
    await subject.press('Tab');
    const advice = page.getByText(T(W('onderwerp-notice-breed')));
    await expect(advice).toBeVisible();
    await expect(page.locator('#woo-verzoek-onderwerp-notice')).toHaveAttribute('aria-live', 'polite');
    // The advice never takes focus: Tab went on to the next question's "why".
    await expect(page.locator(':focus')).toHaveText(T('loket-why-summary'));
    await pressNext(page, T);
    await expectHeading(page, T, 'woo-verzoek-step-documenten-title', 2, 4);

    await page.getByRole('checkbox', { name: T(W('soorten-option-emails')) }).check();
    await page.getByRole('checkbox', { name: T(W('soorten-option-besluiten')) }).check();
    await page.getByRole('checkbox', { name: T(W('soorten-option-besluiten')) }).uncheck();
    await page.getByRole('checkbox', { name: T(W('soorten-option-rapporten')) }).check();
    await pressNext(page, T);

    await expectHeading(page, T, W('ontvangst-label'), 3, 4);
    await expect(page.getByRole('radio', { name: T(W('ontvangst-option-digitaal')) })).toBeChecked();
    await pressNext(page, T);

    await expectHeading(page, T, W('step-gegevens-title'), 4, 4);
    await expect(page.getByRole('textbox', { name: T(W('straat-label')) })).toHaveCount(0);
    await page.getByRole('textbox', { name: T(W('naam-label')) }).fill('Sam de Boer');
    await page.getByRole('textbox', { name: T(W('email-label')) }).fill('sam@voorbeeld.nl');
    await pressNext(page, T);

    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    await expect(page.getByText(`${T(W('soorten-option-emails'))}\n${T(W('soorten-option-rapporten'))}`)).toBeVisible();
    const payload = await send(page, T, 'woo-verzoek');
    expect(payload).toMatchObject({
      form: 'woo-verzoek',
      locale: lang,
      outcome: null,
      answers: { onderwerp: 'Roombeek', soorten: ['emails', 'rapporten'], ontvangst: 'digitaal', naam: 'Sam de Boer', email: 'sam@voorbeeld.nl' },
    });
    expect(payload.answers).not.toHaveProperty('straat');
    expect(payload.answers).not.toHaveProperty('periode');

    await expect(page.getByRole('heading', { level: 1, name: T(W('done-title')) })).toBeFocused();
    const d = dateIn(28);
    await expect(page.getByText(T('loket-date-short', { day: d.day, month: T(`loket-month-${d.month}`), year: d.year }))).toBeVisible();
    for (const line of T(W('done-body')).split('\n')) await expect(page.getByText(line)).toBeVisible();
  });

  test(`woo › ${lang} › on paper, keyboard only: the address is asked, checked and sent`, async ({ page }) => {
    await page.goto(urlFor('/woo-verzoek', lang));
    await typeInto(page, page.getByRole('textbox', { name: T(W('onderwerp-label')) }), sharp);
    await typeInto(page, page.getByRole('textbox', { name: T(W('periode-label')) }), '2024');
    await page.keyboard.press('Enter');
    await expectHeading(page, T, W('step-documenten-title'), 2, 4);

    await tabUntil(page, page.getByRole('checkbox', { name: T(W('soorten-option-verslagen')) }));
    await page.keyboard.press('Space');
    await typeInto(page, page.getByRole('textbox', { name: T(W('afdeling-label')) }), 'Stadsdeel Noord');
    await page.keyboard.press('Enter');
    await expectHeading(page, T, W('ontvangst-label'), 3, 4);

    await tabUntil(page, page.getByRole('radio', { name: T(W('ontvangst-option-digitaal')) }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: T(W('ontvangst-option-papier')) })).toBeChecked();
    await tabUntil(page, page.getByRole('button', { name: T('loket-next'), exact: true }));
    await page.keyboard.press('Enter');

    await expectHeading(page, T, W('step-gegevens-title'), 4, 4);
    // On paper, an e-mail address is no longer needed.
    await expect(page.getByRole('textbox', { name: `${T(W('email-label'))} ${T('loket-optional')}` })).toBeVisible();
    await typeInto(page, page.getByRole('textbox', { name: T(W('naam-label')) }), 'Sam de Boer');
    await typeInto(page, page.getByRole('textbox', { name: T(W('email-label')) }), 'sam@voorbeeld.nl');
    await typeInto(page, page.getByRole('textbox', { name: T(W('straat-label')) }), 'Langestraat 24');
    await typeInto(page, page.getByRole('textbox', { name: T(W('postcode-label')) }), '751 JN');
    await typeInto(page, page.getByRole('textbox', { name: T(W('woonplaats-label')) }), 'Enschede');
    await page.keyboard.press('Enter');
    const summary = page.locator('#loket-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([T(W('postcode-error-postcode'))]);
    await tabUntil(page, summary.getByRole('link'));
    await page.keyboard.press('Enter');
    const postcode = page.getByRole('textbox', { name: T(W('postcode-label')) });
    await expect(postcode).toBeFocused();
    await expect(postcode).toHaveAttribute('autocomplete', 'postal-code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7511 JN');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: T('loket-check-title') })).toBeFocused();
    const sent = page.waitForRequest((r) => r.url().includes('/api/submissions/woo-verzoek'));
    await tabUntil(page, page.getByRole('button', { name: T('loket-submit'), exact: true }));
    await page.keyboard.press('Enter');
    const payload = (await sent).postDataJSON();
    expect(payload.answers).toMatchObject({
      onderwerp: sharp,
      periode: '2024',
      soorten: ['verslagen'],
      afdeling: 'Stadsdeel Noord',
      ontvangst: 'papier',
      straat: 'Langestraat 24',
      postcode: '7511 JN',
      woonplaats: 'Enschede',
    });
    await expect(page.getByRole('heading', { level: 1, name: T(W('done-title')) })).toBeFocused();
  });
}
