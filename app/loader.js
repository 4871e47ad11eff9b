// Starts Loket without an inline script, so the site runs under a Content-Security-Policy
// without 'unsafe-inline'. Trunk writes no loader of its own (`pattern_script` in Trunk.toml)
// but still preloads the JavaScript glue (modulepreload) and the WebAssembly (preload), each with
// its sha384 integrity: this imports the glue and fetches the WebAssembly with that integrity.
// The gallery and forms loaded at run time start another module (`moduleFor`).
//
// A form's first step may already be on the page, rendered at build time (tools/prerender.mjs,
// every top-level element marked `data-loket-prerendered`). The resident can read it and fill it
// in while the WebAssembly arrives. Once the app has rendered the same step, the prerendered copy
// goes and the app gets what the resident typed or chose there, and the focus, as if they had
// used the app itself; a "Volgende" pressed (or Enter) meanwhile is carried out then, once.
const prerendered = [...document.querySelectorAll('body > [data-loket-prerendered]')];
waitForDraft(prerendered);
// Until then no prerendered form is sent, not even by Enter in a field (no data in the address):
// the button that would have sent it is kept, to be pressed in the app when it runs.
// A button that sends its form.
const sending = 'button[type="submit"], button:not([type])';
let pressed = null;
const holdSubmit = (event) => {
  if (!event.target.closest?.('[data-loket-prerendered]')) return;
  event.preventDefault();
  pressed = event.submitter ?? event.target.querySelector(sending);
};
document.addEventListener('submit', holdSubmit, true);
// So the button that sends a form ("Volgende") works, and no longer says it is not available (as
// it does without JavaScript); if the app cannot start, it says so again.
const sendButtons = prerendered.flatMap((e) => [...e.querySelectorAll('form')].flatMap((f) => [...f.querySelectorAll(sending)]));
for (const button of sendButtons) button.removeAttribute('aria-disabled');

const { glue, wasm } = moduleFor(location.pathname);
let started;
try {
  const module_or_path = fetch(wasm.href, { integrity: wasm.integrity });
  const app = await import(await preloaded(glue));
  started = await app.default({ module_or_path });
  // Start in two tasks (texts and forms first, then the page), so that a slow phone can paint
  // and take a keystroke in between.
  app.prepareSite();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await app.startSite();
} catch (problem) {
  startFailed(prerendered, sendButtons);
  throw problem;
}
document.removeEventListener('submit', holdSubmit, true);
takeOver(prerendered, pressed);
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: started } }));

/**
 * The module for this address: the one the page preloads, or on the gallery and forms loaded at
 * run time the full one named in the page's `<meta>`s (docs/speed.md, "Two modules"; the addresses are
 * those of app/src/extras.rs).
 */
function moduleFor(pathname) {
  const link = (e) => ({ href: e.href, integrity: e.getAttribute('integrity') });
  const own = { glue: link(document.querySelector('link[rel="modulepreload"]')), wasm: link(document.querySelector('link[type="application/wasm"]')) };
  const root = new URL(document.baseURI).pathname;
  const rest = (pathname.startsWith(root) ? pathname.slice(root.length) : pathname).replace(/^\/+/, '');
  const meta = (name) => document.querySelector(`meta[name="loket-extras-${name}"]`);
  const [glue, wasm] = [meta('glue'), meta('wasm')];
  if (!/^gallery(\/|$)|^formulier\//.test(rest) || !glue || !wasm) return own;
  const named = (m) => ({ href: new URL(m.content, document.baseURI).href, integrity: m.dataset.integrity });
  const full = { glue: named(glue), wasm: named(wasm) };
  // Only a file of this site, and only with its integrity: anything else is not started.
  const trusted = ({ href, integrity }) => new URL(href).origin === location.origin && /^sha384-[A-Za-z0-9+/]+={0,2}$/.test(integrity || '');
  if (!trusted(full.glue) || !trusted(full.wasm)) throw new Error('the full module is not named with its integrity on this site');
  return full;
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

/**
 * A kept draft (a refresh, the back button, answers kept on this device) opens on the step and
 * with the answers the resident left, which the prerendered first step does not show: until the
 * app runs, that step cannot be used and says it is busy, so nobody starts over on it.
 */
function waitForDraft(old) {
  const key = old.map((e) => e.querySelector('[data-loket-draft]')).find(Boolean)?.dataset.loketDraft;
  let kept = false;
  try {
    kept = Boolean(key && (sessionStorage.getItem(key) || localStorage.getItem(key)));
  } catch {
    // Storage switched off: there is no draft either.
  }
  if (!kept) return;
  for (const element of old.filter((e) => e.tagName === 'MAIN')) {
    element.inert = true;
    element.setAttribute('aria-busy', 'true');
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
    if (field.type === 'checkbox' || field.type === 'radio') {
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
  if (selection && 'setSelectionRange' in target) {
    try {
      target.setSelectionRange(...selection);
    } catch {
      // A field without a text caret (a number or e-mail field in some browsers).
    }
  }
}

/** Whether the resident changed a text field or a list from what the page came with. */
function changed(field) {
  if (field.tagName === 'SELECT') return [...field.options].some((o) => o.selected !== o.defaultSelected);
  return field.value !== field.defaultValue;
}
