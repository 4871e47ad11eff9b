// The offer of help when a resident seems stuck: each trigger shows it in the page, announced
// politely, without moving focus; it is keyboard usable, axe-clean, and "no, thank you" is
// remembered after a refresh.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility } from '../support/axe.js';
import { seedForm, pressNext, urlFor, tabUntil } from '../support/forms.js';
import { answers } from '../support/klacht.js';

const offerOf = (page, T) => page.getByRole('region', { name: T('loket-stuck-title') });

/** Focus is where the resident left it: on `name`, not on the offer. */
async function expectFocusStays(page, locator) {
  await expect(locator).toBeFocused();
}

for (const lang of languages) {
  const T = textsFor(lang);

  test(`help › ${lang} › three failures of the same question offer help without taking focus`, async ({ page }, testInfo) => {
    await seedForm(page, 'klacht', {
      position: { at: 'step', index: 3 },
      answers: { soort: 'behandeling', omschrijving: 'Iets', wens: 'Iets' },
    });
    await page.goto(urlFor('/klacht', lang));
    const email = page.getByRole('textbox', { name: T('klacht-email-label') });
    await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill('Anna');
    for (const typed of ['anna', 'anna@', 'anna@voorbeeld']) {
      await email.fill(typed);
      await pressNext(page, T);
      await expect(page.locator('#loket-error-summary')).toBeFocused();
    }
    const offer = offerOf(page, T);
    await expect(offer).toBeVisible();
    await expect(offer).toContainText(T('loket-stuck-repeated-errors'));
    // Announced politely by its live region, and it did not take focus: the summary has it.
    await expect(page.locator('[role="status"]').filter({ has: offer })).toHaveCount(1);
    await expectFocusStays(page, page.locator('#loket-error-summary'));
    await checkAccessibility(page, testInfo);

    // Keyboard: reach "No, thank you", press it; focus goes to the help block, and the offer
    // stays away on this form even after a refresh and more failures.
    const dismiss = offer.getByRole('button', { name: T('loket-stuck-dismiss') });
    await tabUntil(page, dismiss);
    await page.keyboard.press('Enter');
    await expect(offer).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: T('loket-help-title') })).toBeFocused();
    await page.reload();
    for (let i = 0; i < 3; i += 1) await pressNext(page, T);
    await expect(page.locator('#loket-error-summary')).toBeFocused();
    await expect(offerOf(page, T)).toHaveCount(0);
  });

  test(`help › ${lang} › going back and forth between two steps offers help once`, async ({ page }) => {
    await seedForm(page, 'klacht', {
      position: { at: 'step', index: 1 },
      answers: {
        soort: 'behandeling',
        omschrijving: 'De medewerker was onvriendelijk.',
        datum: { day: '1', month: '11', year: '2026' },
      },
    });
    await page.goto(urlFor('/klacht', lang));
    const back = page.getByRole('button', { name: T('loket-back'), exact: true });
    const wensHeading = page.getByRole('heading', { level: 1, name: T('klacht-wens-label') });
    const gebeurdHeading = page.getByRole('heading', { level: 1, name: T('klacht-step-gebeurd-title') });
    await pressNext(page, T);
    await expect(wensHeading).toBeFocused();
    await back.click();
    await expect(gebeurdHeading).toBeFocused();
    await expect(offerOf(page, T)).toHaveCount(0);
    await pressNext(page, T);
    await expect(wensHeading).toBeFocused();
    await back.click();
    // Focus went to the heading of the step, as on every step change; the offer appeared
    // beside it without taking focus.
    await expect(gebeurdHeading).toBeFocused();
    await expect(offerOf(page, T)).toContainText(T('loket-stuck-back-and-forth'));
    await expect(gebeurdHeading).toBeFocused();
  });

  test(`help › ${lang} › no change for a while after starting offers help`, async ({ page }) => {
    await page.clock.install();
    await seedForm(page, 'klacht', { position: { at: 'step', index: 2 }, answers: { soort: 'behandeling' } });
    await page.goto(urlFor('/klacht', lang));
    const wens = page.getByRole('textbox', { name: T('klacht-wens-label') });
    await wens.fill('Ik wil graag');
    await page.clock.runFor(60_000);
    await expect(offerOf(page, T)).toHaveCount(0);
    await page.clock.runFor(125_000);
    await expect(offerOf(page, T)).toContainText(T('loket-stuck-no-progress'));
    await expect(wens).toBeFocused();
    // The offer leads to the hand-off page with the keyboard.
    const take = offerOf(page, T).getByRole('button', { name: T('loket-handoff-open') });
    await tabUntil(page, take);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: T('loket-handoff-title') })).toBeFocused();
  });
}

test('help › an offer made on the check page does not follow the resident onto the confirmation', async ({ page }) => {
  const T = textsFor('nl');
  await seedForm(page, 'klacht', { position: { at: 'check' }, answers });
  await page.goto('/klacht');
  const change = page.getByRole('button', { name: `${T('loket-check-change')} ${T('klacht-wens-label')}` });
  const check = page.getByRole('heading', { level: 1, name: T('loket-check-title') });
  for (let round = 0; round < 2; round += 1) {
    await change.click();
    await expect(page.getByRole('heading', { level: 1, name: T('klacht-wens-label') })).toBeFocused();
    await pressNext(page, T);
    await expect(check).toBeFocused();
  }
  await expect(offerOf(page, T)).toContainText(T('loket-stuck-back-and-forth'));
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeVisible();
  await expect(offerOf(page, T)).toHaveCount(0);
});
