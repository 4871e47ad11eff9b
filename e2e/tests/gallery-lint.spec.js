// Check a form in the browser (/gallery/lint): the linter of loket-lint on pasted files, in
// Dutch and English. The shipped example has no problems; broken specs and texts list each
// problem with its file, its question and the linter's own line; hostile input shows as text;
// axe finds nothing in the empty, error and clean states, nothing scrolls sideways at 320 px,
// and all of it works with the keyboard alone.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.js';
import { checkAccessibility, expectNoHorizontalScroll } from '../support/axe.js';
import { t } from '../support/texts.js';

const LANGUAGES = ['nl', 'en'];
const SITE_LANGUAGES = ['nl', 'en', 'de'];
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SPEC_FILE = 'forms/runtime/avg-verzoek.json';
const textsFile = (lang) => `locales/${lang}/runtime/avg-verzoek.ftl`;
const exampleSpec = () => JSON.parse(read(SPEC_FILE));
const exampleTexts = (lang) => read(textsFile(lang));
const question = (spec, id) => spec.steps.flatMap((s) => s.questions).find((q) => q.id === id);
const without = (source, key) =>
  source
    .split('\n')
    .filter((line) => !line.startsWith(`${key} =`))
    .join('\n');

const address = (lang) => `/gallery/lint${lang === 'nl' ? '' : `?lang=${lang}`}`;

function fields(page, lang) {
  const field = (name) => page.getByRole('textbox', { name, exact: true });
  return {
    spec: field(t(lang, 'gallery-lint-spec-label')),
    texts: (of) => field(t(lang, 'gallery-lint-texts-label', { language: t(lang, `gallery-lint-language-${of}`) })),
    check: page.getByRole('button', { name: t(lang, 'gallery-lint-check'), exact: true }),
    example: page.getByRole('button', { name: t(lang, 'gallery-lint-example'), exact: true }),
  };
}

async function paste(page, lang, spec, texts) {
  const f = fields(page, lang);
  await f.spec.fill(spec);
  for (const of of SITE_LANGUAGES) await f.texts(of).fill(texts[of] ?? '');
}

async function openPage(page, lang) {
  await page.goto(address(lang));
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'gallery-lint-title'), exact: true })).toBeVisible();
}

/** Runs the check and expects focus on the result's heading. */
async function check(page, lang, heading) {
  await fields(page, lang).check.click();
  const title = page.getByRole('heading', { level: 2, name: heading, exact: true });
  await expect(title).toBeFocused();
  return page.getByRole('region', { name: heading, exact: true });
}

/** Expects one listed problem with exactly this file, question (or none) and line. */
async function expectProblem(result, file, questionId, message) {
  const item = result.getByRole('listitem').filter({ hasText: message });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('definition')).toHaveText(questionId ? [file, questionId, message] : [file, message]);
}

const problems = (lang, count) => t(lang, 'gallery-lint-problems', { count });

for (const lang of LANGUAGES) {
  test(`gallery lint › ${lang}: the page is reached from the gallery, labelled, and passes axe empty and at 320 px`, async ({ page }, testInfo) => {
    await page.goto(`/gallery${lang === 'nl' ? '' : `?lang=${lang}`}`);
    await page.getByRole('link', { name: t(lang, 'gallery-lint-link'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/gallery/lint${lang === 'nl' ? '$' : `\\?lang=${lang}$`}`));
    await expect(page).toHaveTitle(new RegExp(`^${t(lang, 'gallery-lint-title')} – `));
    const f = fields(page, lang);
    await expect(f.spec).toHaveAccessibleDescription(t(lang, 'gallery-lint-spec-hint'));
    for (const of of SITE_LANGUAGES) {
      await expect(f.texts(of)).toHaveAccessibleDescription(t(lang, 'gallery-lint-texts-hint', { lang: of }));
    }
    for (const target of [f.example, f.check]) {
      const box = await target.boundingBox();
      expect(box.width >= 24 && box.height >= 24, 'a target of at least 24 by 24 px').toBe(true);
    }
    await checkAccessibility(page, testInfo);
    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoHorizontalScroll(page);
  });

  test(`gallery lint › ${lang}: the shipped example, loaded with the keyboard alone, has no problems`, async ({ page }, testInfo) => {
    await openPage(page, lang);
    const f = fields(page, lang);
    // Tab to the button and use it, then to Check, as someone without a mouse does.
    for (const [target, key] of [
      [f.example, 'Enter'],
      [f.check, 'Space'],
    ]) {
      for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(target).toBeFocused();
      if (target === f.example) {
        await page.keyboard.press(key);
        await expect(page.getByRole('main').getByRole('status')).toHaveText(t(lang, 'gallery-lint-example-loaded'));
        await expect(f.spec).toHaveValue(read(SPEC_FILE));
        for (const of of SITE_LANGUAGES) await expect(f.texts(of)).toHaveValue(exampleTexts(of));
      } else {
        await page.keyboard.press(key);
      }
    }
    const heading = page.getByRole('heading', { level: 2, name: t(lang, 'gallery-lint-no-problems'), exact: true });
    await expect(heading).toBeFocused();
    await expect(page.getByText(t(lang, 'gallery-lint-no-problems-body'), { exact: true })).toBeVisible();
    await checkAccessibility(page, testInfo);
    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoHorizontalScroll(page);
  });

  test(`gallery lint › ${lang}: a broken spec and broken texts list each problem with file, question and fix`, async ({ page }, testInfo) => {
    await openPage(page, lang);
    const texts = Object.fromEntries(SITE_LANGUAGES.map((of) => [of, exampleTexts(of)]));

    // The spec: a condition on a question that does not exist, and an autocomplete token HTML
    // does not know. A spec with such problems is not read further, so its texts wait.
    const spec = exampleSpec();
    question(spec, 'onderwerp').visible_when.question = 'welk';
    question(spec, 'naam').autocomplete = 'full-name';
    await paste(page, lang, JSON.stringify(spec, null, 2), texts);
    let result = await check(page, lang, problems(lang, 2));
    await expectProblem(result, SPEC_FILE, 'onderwerp', 'question `onderwerp` depends on question `welk`, which does not exist: check the spelling');
    await expectProblem(
      result,
      SPEC_FILE,
      'naam',
      'question `naam`: autocomplete `full-name` does not exist; use one of the HTML autofill names such as `name`, `email` or `tel`',
    );
    await expect(result.getByText(t(lang, 'gallery-lint-problems-body'), { exact: true })).toBeVisible();
    await checkAccessibility(page, testInfo);
    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The texts: no "why" text for `periode` in English, and the required `naam` without the
    // short name its error message needs in Dutch.
    await paste(page, lang, read(SPEC_FILE), {
      ...texts,
      en: without(texts.en, 'avg-verzoek-periode-why'),
      nl: without(texts.nl, 'avg-verzoek-naam-name'),
    });
    result = await check(page, lang, problems(lang, 2));
    await expectProblem(
      result,
      textsFile('en'),
      'periode',
      'question `periode` has no "why" text in `en`: add `avg-verzoek-periode-why = …` saying why we ask it',
    );
    await expectProblem(
      result,
      textsFile('nl'),
      'naam',
      'question `naam` is required but has no error message in `nl`: add `avg-verzoek-naam-name = …`, its short name in "Vul { $name } in."',
    );
    await checkAccessibility(page, testInfo);
  });
}

test('gallery lint › broken JSON, injection strings and a huge paste are shown as text, never run', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await openPage(page, 'en');

  // Broken JSON has no id to name the files by: they are named `form`.
  await paste(page, 'en', '{"id": "avg-verzoek", "steps": [', { en: '<img src=x onerror=alert(2)> = {{7*7}}' });
  await fields(page, 'en').check.click();
  const heading = page.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  let result = page.getByRole('region', { name: await heading.textContent(), exact: true });
  const json = result.getByRole('listitem').filter({ hasText: 'the spec is not valid JSON for a form' });
  await expect(json).toHaveCount(1);
  await expect(json.getByRole('definition').first()).toHaveText('forms/runtime/form.json');
  await expect(result.getByRole('listitem').filter({ hasText: 'locales/en/runtime/form.ftl' }).first()).toBeVisible();

  const spec = exampleSpec();
  question(spec, 'periode').id = '<script>alert(1)</script>';
  question(spec, 'naam').autocomplete = '{{7*7}}';
  await paste(page, 'en', JSON.stringify(spec), {});
  result = await check(page, 'en', problems('en', 2));
  await expectProblem(
    result,
    SPEC_FILE,
    '<script>alert(1)</script>',
    'question `<script>alert(1)</script>`: use lower-case letters, digits and dashes in the id',
  );
  await expectProblem(
    result,
    SPEC_FILE,
    'naam',
    'question `naam`: autocomplete `{{7*7}}` does not exist; use one of the HTML autofill names such as `name`, `email` or `tel`',
  );
  expect(await page.locator('main script, main img').count()).toBe(0);

  await paste(page, 'en', 'x'.repeat(1_000_001), {});
  await check(page, 'en', t('en', 'gallery-lint-too-large-title'));
  await expect(page.getByText(t('en', 'gallery-lint-too-large', { max: 1 }), { exact: true })).toBeVisible();
  expect(dialogs).toEqual([]);
});
