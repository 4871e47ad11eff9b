// Desks that work by appointment: the help block links to the municipality's booking page
// (the profile's `appointment_url`) with a name that says what the link does, and shows the
// desk's opening hours (the profile's `-hours` text), in every language; Dutch names in the
// link stay marked as Dutch. The hand-off page's part is in help-handoff.spec.js.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility } from '../support/axe.js';
import { urlFor } from '../support/forms.js';

const BOOKING = 'https://www.enschede.nl/afspraak';

/** The list item of one channel in the help block, found by its heading. */
function channel(help, T, id) {
  return help.getByRole('listitem').filter({
    has: help.page().getByRole('heading', { level: 3, name: T(`enschede-channel-${id}-title`), exact: true }),
  });
}

for (const lang of languages) {
  const T = textsFor(lang);

  test(`help › ${lang} › the Overheidsloket says its hours and links to the booking page`, async ({ page }, testInfo) => {
    await page.goto(urlFor('/klacht', lang));
    const help = page.getByRole('region', { name: T('loket-help-title') });
    const desk = channel(help, T, 'overheidsloket');
    await expect(desk.locator('.loket-help__hours')).toHaveText(T('enschede-channel-overheidsloket-hours'));
    const book = desk.getByRole('link', { name: T('enschede-channel-overheidsloket-appointment'), exact: true });
    await expect(book).toHaveAttribute('href', BOOKING);
    await expect(book).toHaveAccessibleName(T('enschede-channel-overheidsloket-appointment'));
    if (lang === 'nl') {
      // A Dutch page is Dutch throughout: nothing to mark.
      await expect(book.locator('[lang]')).toHaveCount(0);
    } else {
      await expect(book.locator('[lang="nl"]')).toHaveText('Overheidsloket');
    }
    // The phone and the Wijkwijzers take no appointment here: no booking link, no hours.
    for (const id of ['telefoon', 'wijkwijzers']) {
      await expect(channel(help, T, id).getByRole('link', { name: T('enschede-channel-overheidsloket-appointment') })).toHaveCount(0);
      await expect(channel(help, T, id).locator('.loket-help__hours')).toHaveCount(0);
    }
    // The permit desk is for the permit form only.
    await expect(help.getByRole('link', { name: T('enschede-channel-hulploket-vergunningen-appointment') })).toHaveCount(0);
    await checkAccessibility(page, testInfo);
  });

  test(`help › ${lang} › the permit form links to the Hulploket Vergunningen first`, async ({ page }) => {
    await page.goto(urlFor('/vergunning/evenement', lang));
    const help = page.getByRole('region', { name: T('loket-help-title') });
    // In the order of the help block: the form's own desk first.
    const links = help.locator('.loket-help__appointment-link');
    await expect(links).toHaveText([
      T('enschede-channel-hulploket-vergunningen-appointment'),
      T('enschede-channel-overheidsloket-appointment'),
    ]);
    for (const link of await links.all()) await expect(link).toHaveAttribute('href', BOOKING);
    const desk = channel(help, T, 'hulploket-vergunningen');
    await expect(desk.locator('.loket-help__hours')).toHaveText(T('enschede-channel-hulploket-vergunningen-hours'));
    if (lang !== 'nl') {
      await expect(desk.getByRole('link').locator('[lang="nl"]')).toHaveText('Hulploket Vergunningen');
    }
  });

  test(`help › ${lang} › "continue a form" shows the booking link too`, async ({ page }) => {
    await page.goto(urlFor('/loket', lang));
    const help = page.getByRole('region', { name: T('loket-help-title') });
    await expect(help.getByRole('link', { name: T('enschede-channel-overheidsloket-appointment'), exact: true }))
      .toHaveAttribute('href', BOOKING);
    await expect(channel(help, T, 'overheidsloket').locator('.loket-help__hours'))
      .toHaveText(T('enschede-channel-overheidsloket-hours'));
  });
}
