// The desk's one script, a module from its own origin (the policy allows no inline script).
// It moves focus to the error summary when a page has one, so a screen reader reads it at once,
// and makes the "show password" checkbox work. Every page works without it.
const summary = document.querySelector('[data-focus]');
if (summary) summary.focus();

for (const box of document.querySelectorAll('[data-shows]')) {
  const field = document.getElementById(box.dataset.shows);
  if (!field) continue;
  box.closest('[hidden]')?.removeAttribute('hidden');
  box.addEventListener('change', () => {
    field.type = box.checked ? 'text' : 'password';
  });
}
