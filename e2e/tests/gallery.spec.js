// The gallery (/gallery): every example of app/gallery/examples/*.json — the same list the site
// renders — in both themes and in Dutch and English. For each one: its section is there under
// its heading, the theme's tokens reach it, axe finds nothing (WCAG 2.2 AA and best practices,
// no rule disabled), its accessibility tree matches the kept snapshot (the Dutch one compared
// whole), nothing scrolls sideways at 320 px, and a screenshot of the example and of the whole
// page go into the HTML report.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.js';
import { checkAccessibility, expectAriaSnapshot, expectNoHorizontalScroll } from '../support/axe.js';
import { t } from '../support/texts.js';

const read = (name) => JSON.parse(readFileSync(new URL(`../../app/gallery/examples/${name}.json`, import.meta.url), 'utf8'));
const index = read('index');
const gallery = {
  themes: index.themes,
  examples: index.components.flatMap((component) => read(component).examples.map((e) => ({ ...e, component }))),
};
const LANGUAGES = ['nl', 'en'];

// A token the Voorbeeld theme defines and the neutral theme leaves unset, with its value.
const VOORBEELD_TOKEN = ['--basis-color-default-color-document', '#001a40'];

const themeKey = (theme) => `gallery-theme-${theme}`;

function address(example, theme, lang) {
  const params = new URLSearchParams();
  if (theme !== 'neutral') params.set('theme', theme);
  if (lang !== 'nl') params.set('lang', lang);
  const query = params.toString();
  return `/gallery${example ? `/${example}` : ''}${query ? `?${query}` : ''}`;
}

const title = (lang, example) =>
  t(lang, 'gallery-example-title', {
    component: t(lang, `gallery-component-${example.component}`),
    state: t(lang, `gallery-state-${example.state}`),
  });

for (const lang of LANGUAGES) {
  test(`gallery › index › ${lang}: every example, with a link in each theme`, async ({ page }, testInfo) => {
    await page.goto(address(null, 'neutral', lang));
    await expect(page.getByRole('heading', { level: 1, name: t(lang, 'gallery-title') })).toBeVisible();
    for (const component of new Set(gallery.examples.map((e) => e.component))) {
      const section = page.getByRole('region', { name: t(lang, `gallery-component-${component}`), exact: true });
      const count = gallery.examples.filter((e) => e.component === component).length;
      await expect(section.getByRole('link')).toHaveCount(count * gallery.themes.length);
    }
    await checkAccessibility(page, testInfo);
  });
}

for (const example of gallery.examples) {
  for (const theme of gallery.themes) {
    for (const lang of LANGUAGES) {
      test(`gallery › ${example.id} › ${theme} › ${lang}`, async ({ page }, testInfo) => {
        await page.goto(address(example.id, theme, lang));
        const section = page.getByRole('region', { name: title(lang, example), exact: true });
        await expect(section.getByRole('heading', { level: 1, name: title(lang, example), exact: true })).toBeVisible();
        await expect(section.getByText(t(lang, 'gallery-example-theme', { theme: t(lang, themeKey(theme)) }))).toBeVisible();
        await expect(
          page.getByRole('navigation', { name: t(lang, 'gallery-theme-nav') }).getByRole('link', { name: t(lang, themeKey(theme)) }),
        ).toHaveAttribute('aria-current', 'page');

        // The theme reaches the example: Voorbeeld's stylesheet loaded (its integrity held) and
        // its tokens apply inside the section; the neutral theme leaves them unset.
        const [token, value] = VOORBEELD_TOKEN;
        const themed = () => section.evaluate((el, name) => getComputedStyle(el).getPropertyValue(name).trim(), token);
        if (theme === 'voorbeeld') await expect.poll(themed).toBe(value);
        else expect(await themed()).toBe('');

        if (example.id === 'time-error') {
          // A time question without its own hint still shows how to write a time, before typing.
          const time = section.getByRole('textbox', { name: t(lang, 'gallery-form-tijd-label') });
          await expect(time).toHaveAccessibleDescription(new RegExp(`^${t(lang, 'loket-time-format').replace('.', '\\.')} `));
        }
        await checkAccessibility(page, testInfo);
        // What a screen reader meets in the example, kept and compared (a theme changes looks,
        // not the tree, so once per language).
        if (theme === 'neutral') await expectAriaSnapshot(page, testInfo, `${example.id}-${lang}.aria.yml`, lang, section);
        await testInfo.attach(`${example.id}-${theme}-${lang}`, { body: await section.screenshot(), contentType: 'image/png' });

        await page.setViewportSize({ width: 320, height: 900 });
        await expectNoHorizontalScroll(page);
      });
    }
  }
}
