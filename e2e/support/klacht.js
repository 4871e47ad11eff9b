// The complaint form as a resident fills it in: answers, per-step fillers and shortcuts.
import { expect } from '@playwright/test';

/** The complaint form's address in a language (Dutch is the default, English by ?lang=en). */
export const formUrl = (lang, path = '/klacht') => (lang === 'nl' ? path : `${path}?lang=${lang}`);

/** The steps of the complaint form, in order. */
export const steps = ['soort', 'gebeurd', 'wens', 'gegevens', 'contact'];

/** A date this many days before today, as typed parts. */
export function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

/** A complete, valid complaint. */
export const answers = {
  soort: 'behandeling',
  omschrijving: 'De medewerker aan de balie was onvriendelijk tegen mij.',
  datum: daysAgo(10),
  betrokkene: 'Burgerzaken',
  wens: 'Een gesprek en excuses.',
  naam: 'Anna de Vries',
  email: 'anna@voorbeeld.nl',
  adres: 'woonadres',
  postcode: '7511 JN',
  huisnummer: '12',
  toevoeging: 'A',
  straat: 'Langestraat',
  plaats: 'Enschede',
  contactwijze: 'telefoon',
  telefoon: '06 12345678',
  dagdelen: ['ochtend'],
  dagen: ['dinsdag', 'donderdag'],
};

/** The personal questions of the complaint: they stay home in a hand-off unless chosen. */
export const personal = ['naam', 'email', 'adres', 'postcode', 'huisnummer', 'toevoeging', 'straat', 'plaats'];

/** The address questions shown for an address in the Netherlands. */
export const dutchAddress = ['postcode', 'huisnummer', 'toevoeging', 'straat', 'plaats'];

/** Where a letter can go, and the address itself when there is one. */
export async function fillAddress(page, T, a = answers) {
  await page.getByRole('radio', { name: T(`klacht-adres-option-${a.adres}`) }).check();
  if (a.adres === 'woonadres' || a.adres === 'briefadres') {
    for (const question of dutchAddress) {
      // The optional addition's name ends in "(not required)".
      const exact = question !== 'toevoeging';
      await page.getByRole('textbox', { name: T(`klacht-${question}-label`), exact }).fill(a[question] ?? '');
    }
  } else if (a.adres === 'buitenland') {
    await page.getByRole('textbox', { name: T('klacht-buitenlands-adres-label') }).fill(a['buitenlands-adres']);
  }
}

/** When a talk suits: the parts of the day and, if any, the days. */
export async function fillAvailability(page, T, a = answers) {
  for (const part of a.dagdelen) await page.getByRole('checkbox', { name: T(`klacht-dagdelen-option-${part}`) }).check();
  for (const day of a.dagen ?? []) await page.getByRole('checkbox', { name: T(`klacht-dagen-option-${day}`) }).check();
}

/** The ISO form of typed date parts. */
export const iso = ({ day, month, year }) =>
  `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

/** Fills one step with the mouse and the keyboard's typing, the way most residents do. */
export async function fillStep(page, T, step, a = answers) {
  switch (step) {
    case 'soort':
      await page.getByRole('radio', { name: T(`klacht-soort-option-${a.soort}`) }).check();
      break;
    case 'gebeurd': {
      await page.getByRole('textbox', { name: T('klacht-omschrijving-label') }).fill(a.omschrijving);
      const date = page.getByRole('group', { name: T('klacht-datum-label') });
      await date.getByRole('textbox', { name: T('loket-date-day') }).fill(a.datum.day);
      await date.getByRole('textbox', { name: T('loket-date-month') }).fill(a.datum.month);
      await date.getByRole('textbox', { name: T('loket-date-year') }).fill(a.datum.year);
      await page.getByRole('textbox', { name: T('klacht-betrokkene-label') }).fill(a.betrokkene);
      break;
    }
    case 'wens':
      await page.getByRole('textbox', { name: T('klacht-wens-label') }).fill(a.wens);
      break;
    case 'gegevens':
      await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill(a.naam);
      await page.getByRole('textbox', { name: T('klacht-email-label') }).fill(a.email);
      await fillAddress(page, T, a);
      break;
    case 'contact':
      await page.getByRole('radio', { name: T(`klacht-contactwijze-option-${a.contactwijze}`) }).check();
      await page.getByRole('textbox', { name: T('klacht-telefoon-label') }).fill(a.telefoon ?? '');
      // A talk by phone or at the desk asks when it suits.
      if (a.contactwijze !== 'email') await fillAvailability(page, T, a);
      break;
    default:
      throw new Error(`unknown step ${step}`);
  }
}

/** Presses "next" and checks that focus lands on the new page's heading. */
export async function next(page, T) {
  await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
}

/** Expects the step heading to be the page's h1 and to have focus. */
export async function expectStep(page, T, step, number) {
  const key = step === 'soort' || step === 'wens' ? `klacht-${step}-label` : `klacht-step-${step}-title`;
  const heading = page.getByRole('heading', { level: 1, name: T(key) });
  await expect(heading).toBeFocused();
  await expect(page.getByText(T('loket-step-progress', { current: number, total: 5 }), { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(
    `${T('loket-step-progress', { current: number, total: 5 })}: ${T(`klacht-step-${step}-title`)} – ${T('klacht-title')} – ${T('enschede-name')}`,
  );
}

/** Starts on a given place with given answers, as a kept draft of this browser tab. */
export async function seed(page, { position = { at: 'step', index: 0 }, answers: a = {}, returning = false } = {}) {
  const draft = { form: 'klacht', version: 1, answers: a, position, returning_to_check: returning };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('loket-seeded')) {
      sessionStorage.setItem('loket-draft-klacht', value);
      sessionStorage.setItem('loket-seeded', '1');
    }
  }, JSON.stringify(draft));
}

/** Moves focus with Tab until `locator` has it; fails when it cannot be reached by keyboard. */
export async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${locator} with the Tab key`);
}
