// Starts Loket without an inline script, so the site runs under a Content-Security-Policy
// without 'unsafe-inline'. Trunk writes no loader of its own (`pattern_script` in Trunk.toml)
// but still preloads the JavaScript glue (modulepreload) and the WebAssembly (preload), each with
// its sha384 integrity: this imports the glue and fetches the WebAssembly with that integrity.
// The gallery and forms loaded at run time start another module (`moduleFor`). The residents'
// module carries no texts: this fetches the page's language's alongside it (`pageTexts`).
//
// A form's first step may already be on the page, rendered at build time by the app's own view
// (tools/prerender.mjs, every top-level element marked `data-loket-prerendered`). The resident
// can read it and fill it in while the WebAssembly arrives. The app then takes those very
// elements over (hydration): what the resident typed or chose there, and the focus, stay where
// they are, and the app is told of them as if they had used the app itself; a "Volgende"
// pressed (or Enter) meanwhile is carried out then, once. The app can only take over what it
// would render itself: each page was rendered for its address and language alone, with no
// draft. A kept draft opens on another step, and an address that asks for more (`/loket?code=…`
// from the desk) shows more: then the app renders its page anew in place of the prerendered one.
//
// Before the app's module, a form's page fetches a much smaller one: the check of its first step
// (first/, named in `<meta name="loket-first">`). A "Volgende" pressed before the app runs is
// checked there with the kit's own rules and texts: the errors show at once, as the app shows
// them (`showErrors`); a step without problems waits for the app, which carries the press out.
const prerendered = [...document.querySelectorAll('body > [data-loket-prerendered]')];
const asksOnlyLanguage = [...new URLSearchParams(location.search).keys()].every((key) => key === 'lang');
const draftKey = draftKeyOf(prerendered);
const draftKept = waitForDraft(prerendered, draftKey);
// What the resident types there is kept in this tab until the app has it (see `keptBeforeStart`).
const kept = keptBeforeStart(prerendered, draftKey, draftKept);
let adopt = !draftKept && prerendered.length > 0 && asksOnlyLanguage;
// The first step's check, once its module runs (see `firstStepCheck`); null before and after.
let check = null;
const firstStep = adopt
  ? firstStepCheck(draftKey).then((found) => {
      check = found;
    })
  : null;
// The errors it shows on the page, until the next press or the app's start.
let shownEarly = null;
// Until then no prerendered form is sent, not even by Enter in a field (no data in the address):
// the button that would have sent it is kept, to be pressed in the app when it runs.
// A button that sends its form.
const sending = 'button[type="submit"], button:not([type])';
let pressed = null;
// Beside the button that was pressed, a status says the page is still loading (`showWaiting`).
let waiting = null;
const holdSubmit = (event) => {
  if (!event.target.closest?.('[data-loket-prerendered]')) return;
  event.preventDefault();
  shownEarly?.undo();
  shownEarly = null;
  const found = checked(check, event.target);
  if (found?.errors.length) {
    // Nothing to carry out: the resident puts the step right first, as in the app.
    pressed = null;
    waiting?.remove();
    waiting = null;
    shownEarly = showErrors(event.target, found);
    return;
  }
  pressed = event.submitter ?? event.target.querySelector(sending);
  waiting ??= showWaiting(pressed);
};
document.addEventListener('submit', holdSubmit, true);
// So the button that sends a form ("Volgende") works, and no longer says it is not available (as
// it does without JavaScript); if the app cannot start, it says so again.
const sendButtons = prerendered.flatMap((e) => [...e.querySelectorAll('form')].flatMap((f) => [...f.querySelectorAll(sending)]));
for (const button of sendButtons) button.removeAttribute('aria-disabled');

const { glue, wasm, split, full } = moduleFor(location.pathname);
let started;
let typed = [];
// The errors the first step's check had shown when the app started, and where the focus was.
let early = null;
try {
  // A prerendered page names its module instead of preloading it: it is fetched once the page
  // has painted, so it does not hold up what the resident reads first. A page that waits for a
  // kept draft cannot be used until the app runs: its module is fetched at once.
  if (adopt) await painted();
  // The small module first: on a slow line the app's module does not share the line with it.
  await firstStep;
  // The residents' module carries no texts: the page's language's come alongside (the full
  // module carries them all).
  const texts = full ? null : pageTexts();
  // Its failure is handled below, once the module is here too.
  texts?.catch(() => {});
  let app;
  ({ app, started } = await instance(glue.href));
  const given = texts && (await texts);
  if (given) app.addTexts(given.lang, given.text);
  // Start in two tasks (texts and forms first, then the page), so that a slow phone can paint
  // and take a keystroke in between.
  app.prepareSite();
  await new Promise((resolve) => setTimeout(resolve, 0));
  // The app carries the press out itself once it runs (errors, or the next step, with focus).
  waiting?.remove();
  // The app takes over the page as it was rendered: the errors the first step's check showed
  // go, and the app shows its own in their place (`adopted`). The check is let go.
  early = shownEarly && { form: shownEarly.form, focused: shownEarly.focused(), values: shownEarly.values };
  shownEarly?.undo();
  shownEarly = null;
  check = null;
  // What the fields hold just before the app takes them over: taking a field over sets its
  // value to the app's (empty) answer, so the loader gives it back.
  typed = adopt ? entered(prerendered) : [];
  try {
    app.startSite(adopt);
    await app.siteSettled();
  } catch (problem) {
    if (!adopt) throw problem;
    // The page was not what the app renders: something changed it before the app started (a
    // browser's translation of the page, an extension). That app has stopped; a second one,
    // from the same files, renders the page anew in its place, and the answers go along.
    console.warn('Loket: the prerendered page could not be taken over; it is rendered anew', problem);
    giveBack(typed);
    adopt = false;
    let again;
    ({ app: again, started } = await instance(`${glue.href}${glue.href.includes('?') ? '&' : '?'}anew`));
    if (given) again.addTexts(given.lang, given.text);
    again.prepareSite();
    again.startSite(false);
    await again.siteSettled();
  }
} catch (problem) {
  giveBack(typed);
  waiting?.remove();
  startFailed(prerendered, sendButtons);
  throw problem;
}
document.removeEventListener('submit', holdSubmit, true);
kept.stop();
if (adopt) adopted(prerendered, typed, pressed, early);
else {
  takeOver(prerendered, pressed);
  // Rendered anew: the app checks the step as it is now, and shows its errors in place.
  if (early && !pressed) document.querySelector('main form.loket-form')?.dispatchEvent(new Event('loket-checked', { bubbles: true }));
}
if (early) await focusChecked(early);
kept.forget();
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: started } }));

/**
 * The module for this address: the one the page preloads (or, on a prerendered page, names in
 * `<meta name="loket-glue">`, `loket-split` and `loket-wasm`), or on the gallery and forms loaded at run time
 * the full one named in the page's `<meta>`s (docs/speed.md, "Two modules"; the addresses are
 * those of app/src/extras.rs).
 */
function moduleFor(pathname) {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`);
  const namedModule = (glue, wasm) => {
    const module = { glue: named(glue), wasm: named(wasm) };
    if (!trusted(module.glue) || !trusted(module.wasm)) throw new Error('the module is not named with its integrity on this site');
    return module;
  };
  const link = (e) => ({ href: e.href, integrity: e.getAttribute('integrity') });
  const preloadedGlue = document.querySelector('link[rel="modulepreload"]:not([data-loket-split])');
  const preloadedSplit = document.querySelector('link[rel="modulepreload"][data-loket-split]');
  const own = preloadedGlue
    ? { glue: link(preloadedGlue), wasm: link(document.querySelector('link[type="application/wasm"]')) }
    : namedModule(meta('loket-glue'), meta('loket-wasm'));
  // The loader of the residents' module's second file (tools/split.mjs).
  const splitMeta = meta('loket-split');
  const splitNamed = preloadedSplit ? link(preloadedSplit) : splitMeta && named(splitMeta);
  if (splitNamed && !trusted(splitNamed)) throw new Error('the module is not named with its integrity on this site');
  if (splitNamed) own.split = splitNamed;
  const root = new URL(document.baseURI).pathname;
  const rest = (pathname.startsWith(root) ? pathname.slice(root.length) : pathname).replace(/^\/+/, '');
  const [glue, wasm] = [meta('loket-extras-glue'), meta('loket-extras-wasm')];
  if (!/^gallery(\/|$)|^formulier\//.test(rest) || !glue || !wasm) return own;
  return { ...namedModule(glue, wasm), full: true };
}

/** The address and integrity of a file a `<meta>` names (`content`, `data-integrity`). */
function named(meta) {
  return { href: new URL(meta.content, document.baseURI).href, integrity: meta.dataset.integrity };
}

/** Only a file of this site, and only with its integrity: anything else is not loaded. */
function trusted({ href, integrity }) {
  return new URL(href).origin === location.origin && /^sha384-[A-Za-z0-9+/]+={0,2}$/.test(integrity || '');
}

/**
 * The check of the prerendered first step (first/): its module, named in `<meta
 * name="loket-first">` and fetched with its integrity (the page preloads it). Resolves with a
 * function that checks a form of the page (see `checked`), once the module runs, or with null
 * when there is none or it cannot run: then the app checks the step when it runs. The page and
 * the module speak text (see first/src/lib.rs): records separated by U+001E, fields by U+001F.
 */
async function firstStepCheck(key) {
  const meta = document.querySelector('meta[name="loket-first"]');
  const file = meta && named(meta);
  if (!file || !trusted(file) || !key) return null;
  try {
    const response = fetch(file.href, { integrity: file.integrity });
    const { instance } = await WebAssembly.instantiateStreaming(response);
    const { memory, buffer, run, answer } = instance.exports;
    const [record, field] = ['\u001e', '\u001f'];
    const plain = (text) => String(text).replace(/[\u001e\u001f]/g, ' ');
    const head = [
      document.querySelector('meta[name="loket-profile"]')?.content ?? '',
      key.replace(/^loket-draft-/, ''),
      document.documentElement.lang,
    ];
    // For the bench (e2e/bench/probe.js): when the step became live, and the module's memory,
    // held weakly (it is let go once the app runs).
    const held = typeof WeakRef === 'function' ? new WeakRef(memory) : null;
    dispatchEvent(new CustomEvent('LoketFirstStepLive', { detail: { memory: held } }));
    return (form) => {
      const now = new Date();
      const records = [[...head, now.getFullYear(), now.getMonth() + 1, now.getDate()].map(plain).join(field)];
      for (const control of form.querySelectorAll('input, textarea, select')) {
        if (!control.name || control.disabled || control.type === 'file' || (checkable(control) && !control.checked)) continue;
        records.push(`${plain(control.name)}${field}${plain(control.value)}`);
      }
      const asked = new TextEncoder().encode(records.join(record));
      // Read the memory only after each call: a call may grow it (and detach the old view).
      const at = buffer(asked.length);
      new Uint8Array(memory.buffer, at, asked.length).set(asked);
      const length = run();
      const from = answer();
      const said = new TextDecoder().decode(new Uint8Array(memory.buffer, from, length));
      if (!said) return null;
      const [first, ...problems] = said.split(record);
      const [heading, prefix, title] = first.split(field);
      const errors = problems.map((problem) => {
        const [control, why, error, target, message] = problem.split(field);
        return { control, why, error, target, message };
      });
      // A problem with a question the page does not show (one a choice on this step brings into
      // view): only the app can show it.
      if (errors.some(({ control }) => !document.getElementById(control))) return null;
      return { heading, prefix, title: title.replace('\u0001', document.title), errors };
    };
  } catch (problem) {
    console.warn('Loket: the first step cannot be checked before the app runs', problem);
    return null;
  }
}

/** What `check` finds in `form` (see `firstStepCheck`), or null when it cannot tell. */
function checked(check, form) {
  try {
    return check?.(form) ?? null;
  } catch (problem) {
    console.warn('Loket: the first step could not be checked', problem);
    return null;
  }
}

/**
 * Shows the errors the first step's check found as the app shows them (components/src/view:
 * `ErrorSummary` above the step's progress, each question's `ErrorMessage` after its "why"
 * text, the question marked in error, its controls `aria-invalid` and described by the message,
 * "Fout:" before the page's title), and moves the focus to the summary. e2e/tests/first-step.spec.js holds both to the same page.
 * Returns what undoes it all, so the app can take the page over as it was rendered.
 */
function showErrors(form, { heading, prefix, title, errors }) {
  const undo = [];
  const ownTitle = document.title;
  document.title = title;
  undo.push(() => (document.title = ownTitle));
  const make = (tag, attributes, ...children) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  };
  const set = (element, name, value) => {
    const before = element.getAttribute(name);
    element.setAttribute(name, value);
    undo.push(() => (before === null ? element.removeAttribute(name) : element.setAttribute(name, before)));
  };
  const items = errors.map(({ target, message }) => {
    const link = make('a', { href: `#${target}` }, message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      // As the app's links do: the focus to the control, and its question (a group's legend, or
      // its label) into view.
      const control = document.getElementById(target);
      const label = document.querySelector(`label[for="${CSS.escape(target)}"]`);
      control?.focus();
      (label && (control.closest('fieldset')?.querySelector('legend') ?? label))?.scrollIntoView();
    });
    return make('li', {}, link);
  });
  const summary = make(
    'div',
    { class: 'utrecht-alert utrecht-alert--error loket-error-summary', id: 'loket-error-summary', tabindex: '-1' },
    make('h2', { class: 'loket-error-summary__title', id: 'loket-error-summary-title' }, heading),
    make('ul', { class: 'loket-error-summary__list' }, ...items),
  );
  const progress = form.closest('.loket-step')?.querySelector('.loket-progress');
  (progress ?? form).before(summary);
  undo.push(() => summary.remove());
  for (const { control: id, why, error, message } of errors) {
    const control = document.getElementById(id);
    const group = control?.tagName === 'FIELDSET' ? control : control?.closest('.loket-question');
    const after = document.getElementById(why)?.closest('details');
    if (!group || !after) continue;
    const paragraph = make(
      'p',
      { class: 'utrecht-form-field-error-message loket-error-message', id: error },
      make('span', { class: 'loket-visually-hidden' }, `${prefix} `),
      message,
    );
    after.after(paragraph);
    undo.push(() => paragraph.remove());
    if (!group.classList.contains('loket-question--error')) {
      group.classList.add('loket-question--error');
      undo.push(() => group.classList.remove('loket-question--error'));
    }
    set(control, 'aria-describedby', [control.getAttribute('aria-describedby'), error].filter(Boolean).join(' '));
    const invalid = control.tagName === 'FIELDSET' ? control.querySelectorAll('input') : [control];
    for (const input of invalid) set(input, 'aria-invalid', 'true');
  }
  summary.focus();
  return {
    form,
    /** What the step's fields held when it was checked (see `entered`). */
    values: entered([form]),
    /** Where the focus is in the summary: -1 on the summary, the link's place, or null outside. */
    focused() {
      const links = [...summary.querySelectorAll('a')];
      if (document.activeElement === summary) return -1;
      const at = links.indexOf(document.activeElement);
      return at >= 0 ? at : null;
    },
    undo() {
      for (const step of undo.reverse()) step();
    },
  };
}

/**
 * The app shows the errors the first step's check had shown (see `adopted`); a focus that was
 * in the check's summary, which went with it, goes to the same place in the app's, or to the
 * step's heading when the app shows none (the step was put right meanwhile). A focus the
 * resident has moved since stays where it is.
 */
async function focusChecked({ focused }) {
  if (focused === null) return;
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (document.activeElement && document.activeElement !== document.body) return;
  const summary = document.getElementById('loket-error-summary');
  const target = focused < 0 ? summary : summary?.querySelectorAll('a')[focused];
  (target ?? summary ?? document.getElementById('loket-step-heading'))?.focus();
}

/**
 * The texts of the language the app starts in, which the residents' module does not carry: the
 * language `?lang=` asks for if the page names its texts (a pseudo-locale by the texts it shows,
 * `data-also`), else the first, as the app chooses (`start_locale` in app/src/site.rs). Named in
 * the page's `<meta name="loket-texts">` (tools/texts.mjs) and fetched with their integrity.
 */
async function pageTexts() {
  const metas = [...document.querySelectorAll('meta[name="loket-texts"]')];
  const asked = new URLSearchParams(location.search).get('lang');
  const shows = (m) => m.dataset.lang === asked || (m.dataset.also ?? '').split(' ').includes(asked);
  const meta = metas.find(shows) ?? metas[0];
  const file = meta && named(meta);
  if (!file || !trusted(file)) throw new Error('the page names no texts with their integrity on this site');
  const response = await fetch(file.href, { integrity: file.integrity });
  if (!response.ok) throw new Error(`${file.href}: ${response.status}`);
  return { lang: meta.dataset.lang, text: await response.text() };
}

/**
 * An instance of the app: the glue imported from `href` (the page's own, or the same file under
 * another address for a second instance) and the WebAssembly, each with its integrity; the
 * WebAssembly is fetched while the glue loads. The residents' module comes in two files
 * (tools/split.mjs): the script that fetches the second file when the app asks for it is told
 * which instance it joins.
 */
async function instance(href) {
  const module_or_path = fetch(wasm.href, { integrity: wasm.integrity });
  // The glue imports the loader of the module's second file: loaded first, with its integrity.
  const splitLoader = split && (await import(await preloaded(split)));
  const app = await import(await preloaded({ ...glue, href }));
  const started = await app.default({ module_or_path });
  // The second file joins this instance when it comes (also a second instance, see above).
  splitLoader?.bindTo(app);
  return { app, started };
}

/** Resolves once the browser has painted the page (after the next frame). */
function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Loads the glue with its integrity (an import has none) unless the page preloaded it. */
async function preloaded({ href, integrity }) {
  if ([...document.querySelectorAll('link[rel="modulepreload"]')].some((l) => l.href === href)) return href;
  // A browser without modulepreload imports the glue as it does the preloaded module's: the
  // WebAssembly, which holds the program, is still fetched with its integrity.
  if (!document.createElement('link').relList.supports?.('modulepreload')) return href;
  const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href, integrity, crossOrigin: 'anonymous' });
  await new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} does not match its integrity`));
    document.head.append(link);
  });
  return href;
}

/**
 * The app cannot start: the prerendered step says so (its hidden notice, rendered by the app
 * from its texts), its "Volgende" says it is not available again, and a step that waited for a
 * kept draft can be read again. What the resident typed stays, and so do the help channels.
 */
function startFailed(old, sendButtons) {
  for (const button of sendButtons) button.setAttribute('aria-disabled', 'true');
  for (const element of old.filter((e) => e.tagName === 'MAIN')) {
    element.inert = false;
    element.removeAttribute('aria-busy');
  }
  for (const notice of old.flatMap((e) => [...e.querySelectorAll('[data-loket-start-failed]')])) notice.hidden = false;
}

/** The key under which the app keeps the draft of the prerendered form, if a form is there. */
function draftKeyOf(old) {
  return old.map((e) => e.querySelector('[data-loket-draft]')).find(Boolean)?.dataset.loketDraft;
}

/**
 * A kept draft (a refresh, the back button, answers kept on this device) opens on the step and
 * with the answers the resident left, which the prerendered first step does not show: until the
 * app runs, that step cannot be used and says it is busy, so nobody starts over on it.
 */
function waitForDraft(old, key) {
  let kept = false;
  try {
    kept = Boolean(key && (sessionStorage.getItem(key) || localStorage.getItem(key)));
  } catch {
    // Storage switched off: there is no draft either.
  }
  if (!kept) return false;
  for (const element of old.filter((e) => e.tagName === 'MAIN')) {
    element.inert = true;
    element.setAttribute('aria-busy', 'true');
  }
  return true;
}

/**
 * What the resident types and chooses on the prerendered step before the app runs is kept in
 * this tab (sessionStorage, where the app keeps its draft), field by field, so that a reload, or
 * a tab the phone closed and opens again, before the app started loses nothing: the page puts it
 * back in its fields, and the app, taking them over, is told of it as of anything typed there
 * (`adopted`). Once the app has taken the step over, the answers are in its own draft and this
 * copy is removed (`forget`, when the browser is next idle, as the app writes its draft then). A
 * draft of the app's own (`draftKept`) is newer than any copy: the copy is removed at once.
 */
function keptBeforeStart(old, key, draftKept) {
  const fields = () => within(old, 'input, textarea, select').filter((f) => f.id && f.type !== 'file');
  const store = (action) => {
    try {
      return action(sessionStorage, `${key}-before-start`);
    } catch {
      // Storage switched off or full: the fields still hold what was typed.
      return null;
    }
  };
  const forget = () => store((storage, name) => storage.removeItem(name));
  if (!key) return { stop() {}, forget() {} };
  if (draftKept) forget();
  else {
    let kept = null;
    try {
      kept = JSON.parse(store((storage, name) => storage.getItem(name)) ?? 'null');
    } catch {
      // Not what this page wrote: nothing to put back.
    }
    for (const field of fields()) {
      const value = kept?.[field.id];
      if (value === undefined) continue;
      if (checkable(field)) {
        if (field.checked === field.defaultChecked) field.checked = value === true;
      } else if (!changed(field) && typeof value === 'string') field.value = value;
    }
  }
  const write = (event) => {
    if (!event.target.closest?.('[data-loket-prerendered]')) return;
    const answers = {};
    for (const field of fields()) {
      if (checkable(field)) {
        if (field.checked !== field.defaultChecked) answers[field.id] = field.checked;
      } else if (changed(field)) answers[field.id] = field.value;
    }
    store((storage, name) => storage.setItem(name, JSON.stringify(answers)));
  };
  document.addEventListener('input', write, true);
  document.addEventListener('change', write, true);
  return {
    stop() {
      document.removeEventListener('input', write, true);
      document.removeEventListener('change', write, true);
    },
    forget() {
      (window.requestIdleCallback ?? setTimeout)(forget);
    },
  };
}

/**
 * Shows, beside the button that sends the prerendered form, that the page is still loading and
 * that the press will be carried out (the page's `data-loket-start-waiting` text, rendered by the
 * app from its texts): a status, put in place empty and filled a moment later, so that screen
 * readers announce it. Returns it, to be removed when the app starts or cannot.
 */
function showWaiting(button) {
  const text = document.querySelector('[data-loket-start-waiting]')?.textContent.trim();
  if (!text || !button) return null;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'loket-start-waiting';
  (button.closest('.loket-actions') ?? button).after(status);
  setTimeout(() => (status.textContent = text), 100);
  return status;
}

/** Every field among `elements` with what it holds now: its value, whether it is checked, the caret. */
function entered(elements) {
  return within(elements, 'input, textarea, select').map((field) => ({
    field,
    value: field.value,
    checked: field.checked,
    selection: field === document.activeElement && 'selectionStart' in field ? [field.selectionStart, field.selectionEnd] : null,
  }));
}

/**
 * The app has taken the prerendered elements over: they are the app's now. Each field holds again
 * what the resident had entered (`typed`, from just before), and the app is told of every answer
 * that differs from what the page came with, as if the resident had given it in the app; the
 * button that was pressed to send the form, if one was, is pressed again, now for the app.
 *
 * When the first step's check had shown errors (`early`), the app is first told of the answers
 * as they were when it checked, and checks them itself (the form's `loket-checked` event, see
 * components/src/view/step_page.rs): it shows the same errors in their place, leaving the focus
 * where it is, and they stay until the next "Volgende", as in the app. Only then is it told of
 * what changed since.
 */
function adopted(elements, typed, pressed, early) {
  for (const element of elements) element.removeAttribute('data-loket-prerendered');
  for (const form of within(elements, 'form[method="dialog"]')) form.removeAttribute('method');
  for (const button of within(elements, 'button[data-loket-waits]')) {
    button.removeAttribute('aria-disabled');
    button.removeAttribute('data-loket-waits');
  }
  if (early) {
    tell(early.values);
    early.form.dispatchEvent(new Event('loket-checked', { bubbles: true }));
  }
  giveBack(typed);
  tell(typed, early?.values);
  if (pressed?.isConnected) pressed.click();
}

/**
 * Tells the app of each answer in `entries` (see `entered`) that differs from what it holds:
 * what `held` says the field held, or else what the page came with. A field is given its entry's
 * value first; the app hears it as if the resident had given it.
 */
function tell(entries, held = []) {
  const before = new Map(held.map((entry) => [entry.field, entry]));
  for (const { field, value, checked } of entries) {
    if (field.type === 'file') continue;
    const had = before.get(field) ?? { value: field.defaultValue, checked: field.defaultChecked };
    if (checkable(field)) {
      // A round button answers its group when it is chosen; one that is no longer chosen gives
      // way to the one that is.
      if (checked === had.checked || (field.type === 'radio' && !checked)) continue;
      field.checked = checked;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (value !== had.value) {
      if (field.value !== value) field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

/**
 * Replaces the prerendered elements by the app's, carrying over answers and focus, and presses
 * the app's twin of the button that was pressed to send the prerendered form, if one was.
 */
function takeOver(old, pressed) {
  if (old.length === 0) return;
  const buttons = (roots) => within(roots, 'button');
  const pressedAt = pressed ? buttons(old).indexOf(pressed) : -1;
  const fresh = [...document.body.children].filter((e) => !old.includes(e) && e.tagName !== 'SCRIPT');
  const fields = 'input, textarea, select';
  const before = within(old, fields);
  const after = within(fresh, fields);
  const focused = document.activeElement;
  const focusedAt = within(old, '*').indexOf(focused);
  const selection = focused && 'selectionStart' in focused ? [focused.selectionStart, focused.selectionEnd] : null;
  for (const element of old) element.remove();

  // The same step renders the same fields in the same order; anything else is left alone.
  before.forEach((field, i) => {
    const twin = after[i];
    if (!twin || twin.tagName !== field.tagName || twin.type !== field.type || twin.id !== field.id) return;
    if (checkable(field)) {
      if (field.checked !== field.defaultChecked && twin.checked !== field.checked) twin.click();
    } else if (changed(field)) {
      twin.value = field.value;
      twin.dispatchEvent(new Event('input', { bubbles: true }));
      twin.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });

  restoreFocus(fresh, focused, focusedAt, selection);
  // The app moves the focus as its "Volgende" always does (to the next step's heading, or to
  // the list of errors).
  const twin = pressedAt < 0 ? null : buttons(fresh)[pressedAt];
  if (twin && twin.type === pressed.type && twin.textContent.trim() === pressed.textContent.trim()) twin.click();
}

/** The elements among `roots` and their descendants that match `selector`, in document order. */
function within(roots, selector) {
  return roots.flatMap((r) => [...(r.matches(selector) ? [r] : []), ...r.querySelectorAll(selector)]);
}

/** Gives the app's twin of the element that had the focus the focus, with the caret where it was. */
function restoreFocus(fresh, focused, focusedAt, selection) {
  if (focusedAt < 0) return;
  const target = (focused.id && document.getElementById(focused.id)) || within(fresh, '*')[focusedAt];
  if (!target || target.tagName !== focused.tagName) return;
  target.focus({ preventScroll: true });
  if (selection) restoreCaret(target, selection);
}

/** Puts back in each field what it held (see `entered`), with the caret where it was. */
function giveBack(typed) {
  for (const { field, value, checked, selection } of typed) {
    if (field.type === 'file') continue;
    if (checkable(field)) field.checked = checked;
    else if (field.value !== value) field.value = value;
    if (selection) restoreCaret(field, selection);
  }
}

/** Puts the caret (or the selection) of a text field back where it was. */
function restoreCaret(field, selection) {
  if (!('setSelectionRange' in field)) return;
  try {
    field.setSelectionRange(...selection);
  } catch {
    // A field without a text caret (a number or e-mail field in some browsers).
  }
}

/** Whether a field is a box or a round button: it holds whether it is checked, not a value. */
function checkable(field) {
  return field.type === 'checkbox' || field.type === 'radio';
}

/** Whether the resident changed a text field or a list from what the page came with. */
function changed(field) {
  if (field.tagName === 'SELECT') return [...field.options].some((o) => o.selected !== o.defaultSelected);
  return field.value !== field.defaultValue;
}
