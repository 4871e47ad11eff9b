// A second municipality from configuration only: the same build with the Haaksbergen profile
// named in the page. Its four channels show, nothing unknown is made up, it offers only the
// forms whose local rules are known, and the hand-off works there too.
import { test, expect } from '../support/test.js';
import { haaksbergenURL } from '../playwright.config.js';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility } from '../support/axe.js';
import { urlFor } from '../support/forms.js';

test.skip(!haaksbergenURL, 'the Haaksbergen profile is served only by the local test server');
test.use({ baseURL: haaksbergenURL });

for (const lang of languages) {
  const T = textsFor(lang);

  test(`haaksbergen › ${lang} › its channels, its forms, and help on a form`, async ({ page }, testInfo) => {
    await page.goto(urlFor('/', lang));
    await expect(page.getByRole('link', { name: T('haaksbergen-name') })).toBeVisible();
    await expect(page.getByRole('link', { name: T('klacht-title') })).toBeVisible();
    await expect(page.getByRole('link', { name: T('woo-verzoek-title') })).toBeVisible();
    await expect(page.getByRole('link', { name: T('vergunning-evenement-title') })).toHaveCount(0);

    await page.goto(urlFor('/klacht', lang));
    await expect(page).toHaveTitle(new RegExp(`${T('haaksbergen-name')}$`));
    const help = page.getByRole('region', { name: T('loket-help-title') });
    const titles = help.getByRole('heading', { level: 3 });
    await expect(titles).toHaveText(
      ['digitaal', 'kcc', 'post', 'gemeentehuis'].map((c) => T(`haaksbergen-channel-${c}-title`)),
    );
    await expect(help).toContainText(T('haaksbergen-channel-kcc-how'));
    // No booking page or opening hours are known: none are made up.
    await expect(help.locator('.loket-help__appointment-link, .loket-help__hours')).toHaveCount(0);
    // No phone number is known: no call link, and no call-back form is configured.
    await expect(help.getByRole('link', { name: /^(Bel|Call) / })).toHaveCount(0);
    await expect(help.getByRole('button', { name: T('loket-callback-open') })).toHaveCount(0);
    await expect(help.getByRole('button', { name: T('loket-handoff-open') })).toBeVisible();
    await checkAccessibility(page, testInfo);
  });
}
