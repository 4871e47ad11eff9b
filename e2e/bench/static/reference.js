// The small script of the static reference pages: it keeps every answer in session storage as
// the resident types or chooses (as the app keeps its draft), so the keystroke comparison sets
// a page with a comparable `input` handler against the app.
const form = document.querySelector('main form') || document.querySelector('main');
const key = `reference-draft:${location.pathname}`;
const answers = JSON.parse(sessionStorage.getItem(key) || '{}');

function keep(event) {
  const control = event.target;
  if (!control.name) return;
  if (control.type === 'checkbox') {
    const all = form.querySelectorAll(`input[name="${CSS.escape(control.name)}"]:checked`);
    answers[control.name] = Array.from(all, (c) => c.value);
  } else if (control.type !== 'radio' || control.checked) {
    answers[control.name] = control.value;
  }
  sessionStorage.setItem(key, JSON.stringify({ saved_at: new Date().toISOString(), answers }));
}

form.addEventListener('input', keep);
form.addEventListener('change', keep);
