// Learning from residents: "Hoe ging het?" after sending (a real radio group of three smileys,
// keyboard and screen-reader usable, axe-clean, sent without personal data), and the anonymous
// journey signals: places, question ids and rules, offers of help; never an answer, a name or
// the reference.
import { test, expect } from '../support/test.js';
import { languages, textsFor } from '../support/texts.js';
import { checkAccessibility } from '../support/axe.js';
import { seedForm, tabUntil, urlFor } from '../support/forms.js';
import { answers } from '../support/klacht.js';

for (const lang of languages) {
  const T = textsFor(lang);

  test(`feedback › ${lang} › three smileys with the keyboard, sent without personal data`, async ({ page }, testInfo) => {
    await seedForm(page, 'klacht', { position: { at: 'check' }, answers });
    await page.goto(urlFor('/klacht', lang));
    await page.getByRole('button', { name: T('loket-submit'), exact: true }).click();
    const reference = (await page.locator('.loket-reference').innerText()).trim();

    const group = page.getByRole('group', { name: T('loket-feedback-question') });
    for (const score of ['goed', 'gaat-wel', 'niet-goed']) {
      await expect(group.getByRole('radio', { name: T(`loket-feedback-${score}`), exact: true })).toBeVisible();
    }
    const sendButton = page.getByRole('button', { name: T('loket-feedback-send') });
    await sendButton.click();
    await expect(page.getByText(T('loket-feedback-error'))).toBeVisible();
    await expect(group.getByRole('radio', { name: T('loket-feedback-goed'), exact: true })).toBeFocused();
    await checkAccessibility(page, testInfo);

    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: T('loket-feedback-gaat-wel'), exact: true })).toBeChecked();
    const comment = page.getByRole('textbox', { name: T('loket-feedback-comment-label') });
    // Its limit is stated before the resident types, and it says why it is asked.
    await expect(comment).toHaveAccessibleDescription(
      `${T('loket-feedback-comment-hint')} ${T('loket-char-limit', { max: 1000 })} ${T('loket-feedback-comment-why')}`,
    );
    await comment.fill('De vraag over het soort klacht was lastig.');
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/feedback') && r.method() === 'POST');
    await tabUntil(page, sendButton);
    await page.keyboard.press('Enter');
    const payload = (await sent).postDataJSON();
    expect(payload).toEqual({
      schema: 'loket.feedback',
      schema_version: 1,
      municipality: 'enschede',
      form: 'klacht',
      locale: lang,
      score: 'gaat-wel',
      comment: 'De vraag over het soort klacht was lastig.',
    });
    expect(JSON.stringify(payload)).not.toContain(reference);
    await expect(page.getByRole('status').filter({ hasText: T('loket-feedback-thanks') })).toBeVisible();
  });
}

test('signals › a journey is reported by place, question and rule, never by answer', async ({ page }) => {
  const T = textsFor('nl');
  const signals = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/signals') && r.method() === 'POST') signals.push(r.postData());
  });
  await seedForm(page, 'klacht', {
    position: { at: 'step', index: 3 },
    answers: { ...answers, naam: '', email: '' },
  });
  await page.goto('/klacht');
  const email = page.getByRole('textbox', { name: T('klacht-email-label') });
  await page.getByRole('textbox', { name: T('klacht-naam-label') }).fill('Zoë Geheim');
  for (const typed of ['zoe', 'zoe@', 'zoe@geheim']) {
    await email.fill(typed);
    await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
  }
  await page.getByRole('region', { name: T('loket-stuck-title') }).getByRole('button', { name: T('loket-handoff-open') }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('loket-handoff-title') })).toBeFocused();
  await page.getByRole('button', { name: T('loket-help-back') }).click();
  await email.fill('zoe@geheim.nl');
  await page.getByRole('button', { name: T('loket-next'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T('klacht-step-contact-title') })).toBeFocused();

  await expect.poll(() => signals.length).toBeGreaterThanOrEqual(7);
  const events = signals.map((s) => JSON.parse(s));
  for (const e of events) {
    expect(e).toMatchObject({ schema: 'loket.signal', schema_version: 1, municipality: 'enschede', form: 'klacht', locale: 'nl' });
  }
  expect(events).toContainEqual(expect.objectContaining({ event: 'page', page: 'step:gegevens' }));
  expect(events).toContainEqual(expect.objectContaining({ event: 'invalid', page: 'step:gegevens', errors: ['email:email'] }));
  expect(events).toContainEqual(expect.objectContaining({ event: 'offer_shown', reason: 'repeated_errors' }));
  expect(events).toContainEqual(expect.objectContaining({ event: 'help_opened', help: 'handoff' }));
  expect(events).toContainEqual(expect.objectContaining({ event: 'page', page: 'step:contact' }));
  const everything = signals.join('\n');
  for (const secret of ['Zoë', 'Geheim', 'geheim', 'zoe', answers.omschrijving, answers.wens]) {
    expect(everything).not.toContain(secret);
  }
});
