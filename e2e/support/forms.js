// Shared helpers for walking any form: seeding a kept draft, pressing next, checking the step.
import { expect } from '@playwright/test';

/**
 * Takes the browser's idle moments away (they never come): for tests of what must not wait for
 * one (typed text and the draft are otherwise put away when the browser is idle). Pass it to
 * `page.addInitScript`.
 */
export const neverIdle = () => {
  window.requestIdleCallback = () => 0;
};

/** A form's address in a language (Dutch is the default, others by ?lang=). */
export const urlFor = (path, lang) => (lang === 'nl' ? path : `${path}?lang=${lang}`);

/** A date `days` from today as typed parts (negative for the past). */
export function dateIn(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

/** The ISO form of typed date parts. */
export const isoOf = ({ day, month, year }) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

/** Starts on a given place with given answers, as a kept draft of this browser tab. */
export async function seedForm(page, form, { position = { at: 'step', index: 0 }, answers = {}, returning = false } = {}) {
  const draft = { form, version: 1, answers, position, returning_to_check: returning };
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('loket-seeded')) {
        sessionStorage.setItem(key, value);
        sessionStorage.setItem('loket-seeded', '1');
      }
    },
    [`loket-draft-${form}`, JSON.stringify(draft)],
  );
}

/** Presses "next". */
export async function pressNext(page, T) {
  await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
}

/** Expects a step with this title to have focus on its heading, with "Stap n van m". */
export async function expectHeading(page, T, headingKey, current, total) {
  await expect(page.getByRole('heading', { level: 1, name: T(headingKey) })).toBeFocused();
  if (current) {
    await expect(page.getByText(T('loket-step-progress', { current, total }), { exact: true })).toBeVisible();
  }
}

/** Sends the form from the check page and returns the payload that left the browser. */
export async function send(page, T, form) {
  const sent = page.waitForRequest((r) => r.url().includes(`/api/submissions/${form}`) && r.method() === 'POST');
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  return (await sent).postDataJSON();
}

/** Moves focus with Tab until `locator` has it; fails when it cannot be reached by keyboard. */
export async function tabUntil(page, locator, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${locator} with the Tab key`);
}

/** Types into a field reached by keyboard, then leaves it with Tab (as a resident would). */
export async function typeInto(page, locator, text) {
  await tabUntil(page, locator);
  await page.keyboard.type(text);
}
