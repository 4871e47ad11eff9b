// Nothing lost: a draft survives a refresh, a crash and the back and forward buttons; it stays
// in this tab unless the resident asks to remember it on the device, until a date; "Clear my
// answers" wipes it all, and so does sending.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { answers, fillStep, formUrl, next, steps } from '../support/klacht.js';
import { checkAccessibility } from '../support/axe.js';
import { neverIdle } from '../support/forms.js';

const KEY = 'loket-draft-klacht';
const DAY = 86_400_000;
const stored = (page) =>
  page.evaluate((key) => ({ tab: sessionStorage.getItem(key), device: localStorage.getItem(key) }), KEY);
const dateWords = (T, ms) => {
  const d = new Date(ms);
  return T('loket-date-short', { day: d.getDate(), month: T(`loket-month-${d.getMonth() + 1}`), year: d.getFullYear() });
};

for (const lang of languages) {
  const T = textsFor(lang);

  test(`keeping › ${lang} › the first step says what is kept, where, how long and what happens to the data`, async ({ page }, testInfo) => {
    await page.goto(formUrl(lang));
    const keeping = page.getByRole('region', { name: T('loket-keep-title') });
    await expect(keeping.getByText(T('loket-keep-tab'))).toBeVisible();
    const remember = keeping.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) });
    await expect(remember).not.toBeChecked();
    // The checkbox says why, like every question: its description is the hint, then the why.
    await expect(remember).toHaveAccessibleDescription(`${T('loket-keep-device-hint')} ${T('loket-keep-device-why')}`);
    await keeping.getByText(T('loket-why-summary'), { exact: true }).click();
    await expect(keeping.getByText(T('loket-keep-device-why'), { exact: true })).toBeVisible();
    await expect(keeping.getByRole('button', { name: T('loket-wipe'), exact: true })).toBeVisible();

    const data = keeping.getByText(T('loket-data-title'), { exact: true });
    await data.click();
    for (const part of ['what', 'why', 'who']) {
      await expect(keeping.getByText(T(`klacht-data-${part}`), { exact: true })).toBeVisible();
    }
    await expect(keeping.getByText(T('loket-data-how-long'), { exact: true })).toBeVisible();
    await expect(keeping.locator('.loket-data-use__value').last()).toContainText('5');
    await expect(keeping.getByText(T('enschede-data-rights', { phone: '14053' }))).toBeVisible();
    await remember.check();
    await checkAccessibility(page, testInfo);
  });
}

const T = textsFor('nl');

/**
 * Crashes the tab's renderer and reloads the same tab, as "Aw, Snap!" offers. The crashed page
 * is driven through its DevTools session, so this gives back a function that reads the
 * complaint's description there.
 */
async function crashAndReload(page) {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  await cdp.send('Page.reload');
  return async () =>
    (await cdp.send('Runtime.evaluate', {
      expression: `document.getElementById('klacht-omschrijving')?.value ?? ''`,
      returnByValue: true,
    })).result.value;
}

test('keeping › a refresh, a crash, and back and forward keep every answer and the step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: T('klacht-title') }).click();
  await fillStep(page, T, 'soort');
  await next(page, T);
  const omschrijving = page.getByRole('textbox', { name: T('klacht-omschrijving-label') });
  await omschrijving.fill(answers.omschrijving);

  await page.reload();
  await expect(omschrijving).toHaveValue(answers.omschrijving);
  await expect(page.getByText(T('loket-step-progress', { current: 2, total: 5 }), { exact: true })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('link', { name: T('klacht-title') })).toBeVisible();
  await page.goForward();
  await expect(omschrijving).toHaveValue(answers.omschrijving);
  await page.getByRole('button', { name: T('loket-back'), exact: true }).click();
  await expect(page.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) })).toBeChecked();
  await next(page, T);
  await expect(omschrijving).toHaveValue(answers.omschrijving);

  // The tab's renderer crashes; reloading the same tab (as "Aw, Snap!" offers) brings
  // everything back.
  const descriptionAfterCrash = await crashAndReload(page);
  await expect.poll(descriptionAfterCrash, { timeout: 15_000 }).toBe(answers.omschrijving);
});

// Typing is written to storage when the browser is next idle, not on every keystroke. These
// two take the idle moment away (it never comes), so only the writing when the page is left or
// hidden can keep what was typed last.
/** The page is hidden, as when the resident switches to another app. */
const hide = (page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
const toDescription = async (page) => {
  await page.goto('/klacht');
  await fillStep(page, T, 'soort');
  await next(page, T);
  const omschrijving = page.getByRole('textbox', { name: T('klacht-omschrijving-label') });
  await omschrijving.pressSequentially('De stoep is kapot');
  return omschrijving;
};

test('keeping › what was typed last is kept when the page is refreshed straight away', async ({ page }) => {
  await page.addInitScript(neverIdle);
  const omschrijving = await toDescription(page);
  await page.reload();
  await expect(omschrijving).toHaveValue('De stoep is kapot');
});

test('keeping › what was typed last is kept when the page is hidden and the browser then ends it', async ({ page }) => {
  await page.addInitScript(neverIdle);
  const omschrijving = await toDescription(page);
  // Not written yet: the browser has not been idle.
  expect((await stored(page)).tab).not.toContain('De stoep is kapot');
  // The resident switches to another app; the phone then ends the page without another word.
  await hide(page);
  const descriptionAfterCrash = await crashAndReload(page);
  await expect.poll(descriptionAfterCrash, { timeout: 15_000 }).toBe('De stoep is kapot');
});

test('keeping › "Clear my answers" on the first step leaves nothing in the tab, without waiting for an idle moment', async ({ page }) => {
  await page.addInitScript(neverIdle);
  await page.goto('/klacht');
  await fillStep(page, T, 'soort');
  // Hidden for a moment (another app): the choice is written.
  await hide(page);
  expect((await stored(page)).tab).toContain(answers.soort);
  await page.getByRole('button', { name: T('loket-wipe'), exact: true }).click();
  await page.getByRole('group', { name: T('loket-wipe-question') }).getByRole('button', { name: T('loket-wipe-yes') }).click();
  await expect(page.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) })).not.toBeChecked();
  expect((await stored(page)).tab).not.toContain(answers.soort);
});

test('keeping › a closed tab forgets the answers, unless the resident asked to remember them on this device', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/klacht');
  await fillStep(first, T, 'soort');
  await first.close();

  const second = await context.newPage();
  await second.goto('/klacht');
  await expect(second.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) })).not.toBeChecked();
  const remember = second.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) });
  await remember.check();
  const until = await second.evaluate(() => Date.now()) + 7 * DAY;
  await expect(second.getByText(T('loket-keep-device-until', { date: dateWords(T, until) }))).toBeVisible();
  await fillStep(second, T, 'soort');
  await next(second, T);
  await second.close();

  const third = await context.newPage();
  await third.goto('/klacht');
  await expect(third.getByRole('heading', { level: 1, name: T('klacht-step-gebeurd-title') })).toBeVisible();
  await third.getByText(T('loket-keep-title'), { exact: true }).click();
  await expect(third.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) })).toBeChecked();

  // Changing one's mind: unticking removes the copy on the device at once.
  await third.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) }).uncheck();
  expect((await stored(third)).device).toBeNull();
});

test('keeping › answers remembered on the device are gone after the chosen number of days', async ({ context }) => {
  const start = Date.now();
  await context.clock.install({ time: start });
  const first = await context.newPage();
  await first.goto('/klacht');
  await first.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) }).check();
  await fillStep(first, T, 'soort');
  // Written as soon as the browser is idle after the choice.
  await expect.poll(async () => (await stored(first)).device).toContain(answers.soort);
  await first.close();

  await context.clock.setSystemTime(start + 6 * DAY);
  const sixDays = await context.newPage();
  await sixDays.goto('/klacht');
  await expect(sixDays.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) })).toBeChecked();
  await sixDays.close();

  await context.clock.setSystemTime(start + 7 * DAY + 60_000);
  const eightDays = await context.newPage();
  await eightDays.goto('/klacht');
  await expect(eightDays.getByRole('heading', { level: 1, name: T('klacht-soort-label') })).toBeVisible();
  await expect(eightDays.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) })).not.toBeChecked();
  // The page rendered at build time shows the same before the app runs; the app wipes the
  // expired copy when it starts.
  await expect.poll(async () => (await stored(eightDays)).device).toBeNull();
});

test('keeping › "Clear my answers" asks first, then wipes this tab and the device', async ({ page }, testInfo) => {
  await page.goto('/klacht');
  await page.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) }).check();
  await fillStep(page, T, 'soort');
  await next(page, T);
  await page.getByRole('textbox', { name: T('klacht-omschrijving-label') }).fill(answers.omschrijving);

  await page.getByText(T('loket-keep-title'), { exact: true }).click();
  await page.getByRole('button', { name: T('loket-wipe'), exact: true }).click();
  const confirm = page.getByRole('group', { name: T('loket-wipe-question') });
  await expect(confirm.getByText(T('loket-wipe-question'))).toBeFocused();
  await checkAccessibility(page, testInfo);
  await confirm.getByRole('button', { name: T('loket-wipe-no') }).click();
  await expect(page.getByRole('button', { name: T('loket-wipe'), exact: true })).toBeFocused();
  await expect(page.getByRole('textbox', { name: T('klacht-omschrijving-label') })).toHaveValue(answers.omschrijving);

  await page.getByRole('button', { name: T('loket-wipe'), exact: true }).click();
  await page.getByRole('group', { name: T('loket-wipe-question') }).getByRole('button', { name: T('loket-wipe-yes') }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-soort-label') })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: T('loket-wiped') })).toBeVisible();
  await expect(page.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) })).not.toBeChecked();
  const after = await stored(page);
  expect(after.device).toBeNull();
  expect(after.tab).not.toContain(answers.omschrijving);
  await page.reload();
  await expect(page.getByRole('radio', { name: T(`klacht-soort-option-${answers.soort}`) })).not.toBeChecked();
});

test('keeping › after sending, nothing is left in the tab or on the device', async ({ page }) => {
  await page.goto('/klacht');
  await page.getByRole('checkbox', { name: T('loket-keep-device-label', { days: 7 }) }).check();
  for (const step of steps) {
    await fillStep(page, T, step);
    await next(page, T);
  }
  expect((await stored(page)).device).toContain(answers.naam);
  await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-done-title') })).toBeFocused();
  expect(await stored(page)).toEqual({ tab: null, device: null });
});
