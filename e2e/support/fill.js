// Fills a step of any shipped form from a set of answers, driven by the form's spec
// (forms/<form>.json): a text by its field, a choice and checkboxes by their options, a date by
// its three parts, a list item by item, files through the file picker. Questions a condition
// hides are left alone. The accessibility matrix walks a form with it; the behaviour tests fill
// by label, as residents do.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

const specs = new Map();

/** The spec of a shipped form. */
export function specOf(form) {
  if (!specs.has(form)) {
    specs.set(form, JSON.parse(readFileSync(new URL(`../../forms/${form}.json`, import.meta.url), 'utf8')));
  }
  return specs.get(form);
}

/** Fills the questions of step `index` that `answers` answers and that are shown. */
export async function fillStep(page, form, index, answers) {
  for (const question of specOf(form).steps[index].questions) {
    if (!(question.id in answers)) continue;
    await fillQuestion(page, form, question, answers[question.id]);
  }
}

async function fillQuestion(page, form, question, value) {
  const id = `${form}-${question.id}`;
  const byId = (suffix) => page.locator(`[id="${id}${suffix}"]`);
  switch (question.kind.type) {
    case 'choice':
      if (await byId(`-${value}`).count()) await byId(`-${value}`).check();
      return;
    case 'checkboxes':
      for (const option of value) if (await byId(`-${option}`).count()) await byId(`-${option}`).check();
      return;
    case 'date':
      if (!(await byId('-day').count())) return;
      for (const part of ['day', 'month', 'year']) await byId(`-${part}`).fill(value[part]);
      return;
    case 'list': {
      if (!(await byId('-item-1').count())) return;
      for (const [i, item] of value.entries()) {
        const field = byId(`-item-${i + 1}`);
        if (!(await field.count())) await byId('').locator('.loket-list__add').click();
        await field.fill(item);
      }
      return;
    }
    case 'files':
      if (!(await byId('').count())) return;
      await byId('').setInputFiles(
        value.map((f) => ({ name: f.name, mimeType: f.media_type, buffer: Buffer.from(f.content_base64, 'base64') })),
      );
      await expect(page.getByText(value[0].name, { exact: true }).first()).toBeVisible();
      return;
    default:
      if (await byId('').count()) await byId('').fill(String(value));
  }
}
