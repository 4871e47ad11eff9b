// The pages the bench measures: each form of the reference site in Dutch, the way a resident
// reaches its first text field (for the keystroke measure), and the names of the static
// reference pages made from it (see reference.mjs).

// Moves a form on from a first step that has only choices: the first option, then "Volgende".
async function pastFirstChoice(page) {
  await page.locator('main input[type=radio]').first().check();
  await page.locator('main form.loket-form button[type=submit]').first().click();
}

export const textField = 'main input[type=text], main input:not([type]), main textarea';

export const forms = [
  // The complaint starts with one choice; keystrokes are measured in the next step's
  // description (a textarea).
  { id: 'klacht', path: '/klacht', toTextField: pastFirstChoice },
  { id: 'woo-verzoek', path: '/woo-verzoek', toTextField: null },
  { id: 'vergunning-evenement', path: '/vergunning/evenement', toTextField: null },
];

/** The static reference page of a form's first step, and of the step with its first text field. */
export const referencePath = (form) => `/__reference/${form.id}.html`;
export const referenceTextPath = (form) =>
  form.toTextField ? `/__reference/${form.id}-text.html` : referencePath(form);
