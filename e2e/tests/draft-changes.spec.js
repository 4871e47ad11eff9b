// Nothing lost when the form or the browser cannot keep everything: a draft of an older version
// of a form keeps every answer the new version still accepts and says what changed; files too
// large for the browser's storage are named after a reload, so the resident adds them again.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.js';
import { textsFor as kitTexts, languages } from '../support/texts.js';
import { checkAccessibility } from '../support/axe.js';
import { pdf, small } from '../support/evenement.js';
import { seedForm, urlFor } from '../support/forms.js';

const specFile = new URL('../../forms/runtime/avg-verzoek.json', import.meta.url);
const avgTexts = (lang) =>
  kitTexts(lang, [readFileSync(new URL(`../../locales/${lang}/runtime/avg-verzoek.ftl`, import.meta.url), 'utf8')]);

/**
 * The AVG-verzoek as a newer version: the period is now asked as a date, and the address for
 * an answer on paper is no longer asked.
 */
function newerSpec() {
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  spec.version += 1;
  const periode = spec.steps.find((s) => s.id === 'welke').questions.find((q) => q.id === 'periode');
  periode.kind = { type: 'date', rule: 'past_or_today' };
  delete periode.max_length;
  const gegevens = spec.steps.find((s) => s.id === 'gegevens');
  gegevens.questions = gegevens.questions.filter((q) => !['straat', 'postcode', 'woonplaats'].includes(q.id));
  return JSON.stringify(spec);
}

const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

for (const lang of languages) {
  const T = avgTexts(lang);
  const url = `/formulier/avg-verzoek${lang === 'nl' ? '' : `?lang=${lang}`}`;

  test(`draft › ${lang} › a newer version of the form keeps the answers it still accepts and says what changed`, async ({ page }, testInfo) => {
    await page.goto(url);
    await page.getByRole('radio', { name: T('avg-verzoek-welke-option-onderwerp'), exact: true }).check();
    const onderwerp = 'Mijn aanvraag voor een parkeervergunning.';
    await page.getByRole('textbox', { name: T('avg-verzoek-onderwerp-label'), exact: true }).fill(onderwerp);
    const periode = `${T('avg-verzoek-periode-label')} ${T('loket-optional')}`;
    await page.getByRole('textbox', { name: periode, exact: true }).fill('2024 tot nu');
    await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
    await page.getByRole('radio', { name: T('avg-verzoek-ontvangst-option-papier'), exact: true }).check();
    await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
    await expect(h1(page, T('avg-verzoek-step-gegevens-title'))).toBeFocused();

    // The municipality publishes a new version while the resident is busy.
    await page.route('**/forms/runtime/avg-verzoek.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: newerSpec() }));
    await page.reload();

    const banner = page.getByRole('region', { name: T('loket-draft-changed-title'), exact: true });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(T('loket-draft-changed'));
    await expect(banner.getByRole('listitem')).toHaveText([T('avg-verzoek-periode-label')]);
    // Back at the first step, with what still fits; the period is asked again, as a date.
    await expect(h1(page, T('avg-verzoek-step-welke-title'))).toBeVisible();
    await expect(page.getByRole('textbox', { name: T('avg-verzoek-onderwerp-label'), exact: true })).toHaveValue(onderwerp);
    const date = page.getByRole('group', { name: periode, exact: true });
    await expect(date.getByRole('textbox', { name: T('loket-date-day'), exact: true })).toHaveValue('');
    await checkAccessibility(page, testInfo);

    await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
    await expect(h1(page, T('avg-verzoek-ontvangst-label'))).toBeFocused();
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole('radio', { name: T('avg-verzoek-ontvangst-option-papier'), exact: true })).toBeChecked();
  });
}

const E = (key) => `vergunning-evenement-${key}`;

for (const lang of languages) {
  const T = kitTexts(lang);

  test(`draft › ${lang} › files too large to keep in the browser are named after a reload, the others stay`, async ({ page }, testInfo) => {
    // A browser with little room: a draft longer than 6,000 characters does not fit.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('loket-draft-') && String(value).length > 6000) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return setItem.call(this, key, value);
      };
    });
    await seedForm(page, 'vergunning-evenement', {
      position: { at: 'step', index: 7 },
      answers: { ...small, aanvraagsoort: 'vergunning' },
    });
    await page.goto(urlFor('/vergunning/evenement', lang));
    const input = page.locator('#vergunning-evenement-schets');
    await input.setInputFiles([
      pdf('klein.pdf'),
      { name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(9000, 65) },
    ]);
    const chosen = page.getByRole('list', { name: T('loket-files-chosen') }).getByRole('listitem');
    await expect(chosen).toHaveCount(2);

    await page.reload();
    const banner = page.getByRole('region', { name: T('loket-draft-files-title'), exact: true });
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('listitem')).toHaveText([
      T('loket-draft-file', { file: 'groot.pdf', question: T(E('schets-label')) }),
    ]);
    await expect(chosen).toHaveText([/klein\.pdf/]);
    await checkAccessibility(page, testInfo);
  });
}
