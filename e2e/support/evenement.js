// The event permit as a resident fills it in.
import { dateIn } from './forms.js';

/** Key of a text of the event form. */
export const E = (key) => `vergunning-evenement-${key}`;

/** A small neighbourhood street party: below every limit of the profile. */
export const small = {
  'naam-evenement': 'Burendag Hoogstraat',
  soort: 'straatfeest',
  omschrijving: 'Koffie, spelletjes voor de kinderen en een barbecue.',
  datum: dateIn(90),
  begintijd: '14:00',
  eindtijd: '22:00',
  locatie: 'Hoogstraat, tussen nummer 10 en 40',
  bezoekers: '80',
  wegafsluiting: 'nee',
  muziek: 'nee',
  alcohol: 'nee',
  naam: 'Sam de Boer',
  email: 'sam@voorbeeld.nl',
  telefoon: '06 12345678',
};

/** A large event with a road closure, music and alcohol, answered up to the closure's step. */
export const large = {
  ...small,
  eindtijd: '23:30',
  bezoekers: '400',
  wegafsluiting: 'ja',
  muziek: 'ja',
  alcohol: 'ja',
  'muziek-van': '15:00',
  'muziek-tot': '00:30',
};

/** Fills the first step (about the event) with the mouse. */
export async function fillAbout(page, T, a = small) {
  await page.getByRole('textbox', { name: T(E('naam-evenement-label')) }).fill(a['naam-evenement']);
  await page.getByRole('radio', { name: T(E(`soort-option-${a.soort}`)) }).check();
  await page.getByRole('textbox', { name: T(E('omschrijving-label')) }).fill(a.omschrijving);
}

/** Fills "when and where". */
export async function fillWhen(page, T, a = small) {
  const date = page.getByRole('group', { name: T(E('datum-label')) });
  await date.getByRole('textbox', { name: T('loket-date-day') }).fill(a.datum.day);
  await date.getByRole('textbox', { name: T('loket-date-month') }).fill(a.datum.month);
  await date.getByRole('textbox', { name: T('loket-date-year') }).fill(a.datum.year);
  await page.getByRole('textbox', { name: T(E('begintijd-label')) }).fill(a.begintijd);
  await page.getByRole('textbox', { name: T(E('eindtijd-label')) }).fill(a.eindtijd);
  await page.getByRole('textbox', { name: T(E('locatie-label')) }).fill(a.locatie);
}

/** Fills "how big". */
export async function fillSize(page, T, a = small) {
  await page.getByRole('textbox', { name: T(E('bezoekers-label')) }).fill(a.bezoekers);
  for (const q of ['wegafsluiting', 'muziek', 'alcohol']) {
    await page.getByRole('group', { name: T(E(`${q}-label`)) }).getByRole('radio', { name: T(E(`${q}-option-${a[q]}`)) }).check();
  }
}

/** Fills the organiser's details. */
export async function fillOrganiser(page, T, a = small) {
  await page.getByRole('textbox', { name: T(E('naam-label')), exact: true }).fill(a.naam);
  await page.getByRole('textbox', { name: T(E('email-label')) }).fill(a.email);
  await page.getByRole('textbox', { name: T(E('telefoon-label')) }).fill(a.telefoon);
}

/** A file of `size` bytes that starts as files of its type start (the service reads them). */
const startingWith = (start, size) => Buffer.concat([Buffer.from(start), Buffer.alloc(size - start.length, 37)]);

/** A small PDF for uploads. */
export const pdf = (name = 'plattegrond.pdf', size = 2048) => ({
  name,
  mimeType: 'application/pdf',
  buffer: startingWith('%PDF-1.7\n', size),
});

/** A small JPEG for uploads. */
export const jpeg = (name = 'foto.jpg', size = 100) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: startingWith([0xff, 0xd8, 0xff, 0xe0], size),
});
