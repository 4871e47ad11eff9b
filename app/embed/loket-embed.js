// Loket for web teams: put a Loket form into any page with one script and one stylesheet.
//
//   <link rel="stylesheet" href="https://forms.example.nl/loket-embed.css">
//   <script type="module" src="https://forms.example.nl/loket-embed.js"></script>
//   <loket-form form="klacht" profile="https://forms.example.nl/profiles/enschede.json">
//     (shown only when the form cannot start: say here how else to reach the municipality)
//   </loket-form>
//
// or from a script:
//
//   import { mount } from 'https://forms.example.nl/loket-embed.js';
//   const form = await mount(element, { form: 'klacht', lang: 'nl', profile: 'enschede' });
//   form.setLanguage('en');   // answers and focus stay
//   form.unmount();           // answers stay kept in this tab
//
// Each form lives in its own shadow root: the page's CSS does not reach it (only the CSS
// custom properties, which is how an NL Design System theme applies), its CSS does not reach
// the page, its ids do not clash with the page's or another form's, and it never changes the
// page's title, language, address or history. `tools/embed.mjs` writes this file into the
// build, with the names and integrity of the built files below.

const ASSETS = __LOKET_ASSETS__;

/** A built file's address, next to this script wherever the site is hosted. */
const here = (file) => new URL(file, import.meta.url).href;

let started;

/**
 * Loads and starts the WebAssembly once, for every form on the page, with the texts of every
 * language (the module carries none), each checked against its integrity: a form can switch
 * language at once (`setLanguage`).
 */
function start() {
  started ??= (async () => {
    const texts = ASSETS.texts.map(async ({ lang, file, integrity }) => {
      const response = await fetch(here(file), { integrity });
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return { lang, text: await response.text() };
    });
    const module_or_path = fetch(here(ASSETS.wasm), { integrity: ASSETS.wasmIntegrity });
    // The module comes in two files (tools/split.mjs); this script fetches the second, with its
    // integrity, when a form needs it, and is told which instance of the app it joins.
    const splitLoader = await import(here(ASSETS.split));
    const app = await import(here(ASSETS.glue));
    await app.default({ module_or_path });
    splitLoader.bindTo(app);
    for (const { lang, text } of await Promise.all(texts)) app.addTexts(lang, text);
    return app;
  })();
  return started;
}

/** Whether `profile` names a profile file (a path or an address) rather than a built-in id. */
const isProfileFile = (profile) => /[/.]/.test(profile);

/** The contents of a profile file, or `null` (the form then says it cannot be shown). */
async function readProfile(profile) {
  try {
    const response = await fetch(new URL(profile, document.baseURI), { credentials: 'same-origin' });
    if (response.ok) return await response.text();
    console.warn(`Loket: the profile ${profile} answered ${response.status}`);
  } catch (error) {
    console.warn(`Loket: the profile ${profile} could not be loaded: ${error}`);
  }
  return null;
}

/** Loket's stylesheet in a shadow root; resolves once it applies, so nothing shows unstyled. */
function styleSheet(root) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.crossOrigin = 'anonymous';
  link.integrity = ASSETS.cssIntegrity;
  link.href = here(ASSETS.css);
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  root.append(link);
  return loaded;
}

const mounted = new WeakMap();
// The newest mount() call per element: a call that a newer one overtook while it was starting
// shows nothing, so an element never holds two forms.
const newest = new WeakMap();

/**
 * Shows a form inside `element`.
 *
 * options.form     the form's id (`klacht`, `woo-verzoek`, `vergunning-evenement`)
 * options.lang     the language (`nl`, `en`, `en-GB`); by default the element's or the page's
 * options.profile  a profile file (`/profiles/enschede.json`) or a built-in id (`enschede`)
 * options.prefill  verified data from the page's own login (DigiD, eHerkenning), as an object
 *                  or its JSON: { source: 'digid', values: { name: 'Anna de Vries', … } },
 *                  values keyed by HTML autocomplete token. Marked as coming from the login,
 *                  never kept in a draft on the device.
 *
 * Resolves to { language, setLanguage(tag), unmount() }. When mount() is called again for the
 * same element before this call has finished, the later call wins: this one resolves to a
 * handle that does nothing.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof HTMLElement)) throw new TypeError('Loket: mount needs an element');
  const call = {};
  newest.set(element, call);
  mounted.get(element)?.unmount();
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  root.replaceChildren();
  const lang =
    options.lang || element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '';
  const profile = String(options.profile ?? '');
  const [app, profileJson] = await Promise.all([
    start(),
    isProfileFile(profile) ? readProfile(profile).then((json) => json ?? '') : null,
    styleSheet(root),
  ]);
  if (newest.get(element) !== call) return { language: lang, setLanguage: () => lang, unmount() {} };
  const container = document.createElement('div');
  root.append(container);
  const prefill = options.prefill == null ? undefined
    : typeof options.prefill === 'string' ? options.prefill : JSON.stringify(options.prefill);
  const form = app.mountForm(container, root, String(options.form ?? ''), lang, profile, profileJson ?? undefined, prefill);
  let language = lang;
  const handle = {
    get language() {
      return language;
    },
    setLanguage(tag) {
      language = form.setLanguage(String(tag));
      return language;
    },
    unmount() {
      if (mounted.get(element) !== handle) return;
      mounted.delete(element);
      form.unmount();
      form.free();
      container.remove();
    },
  };
  language = form.setLanguage(lang);
  mounted.set(element, handle);
  return handle;
}

/**
 * `<loket-form form="klacht" lang="nl" profile="/profiles/enschede.json">`: a form where the
 * element is. Without `lang` it follows the page's language, also when the page changes it.
 * A page that knows the resident from its own login adds `prefill='{"source": "digid", …}'`.
 */
class LoketForm extends HTMLElement {
  static observedAttributes = ['lang'];

  #form = null;
  #pending = null;
  #pageLanguage = null;

  connectedCallback() {
    this.#pending ??= this.#start().finally(() => {
      this.#pending = null;
    });
  }

  async #start() {
    const form = await mount(this, {
      form: this.getAttribute('form'),
      lang: this.getAttribute('lang') || undefined,
      profile: this.getAttribute('profile'),
      prefill: this.getAttribute('prefill') ?? undefined,
    });
    if (!this.isConnected) return form.unmount();
    this.#form = form;
    this.#pageLanguage = new MutationObserver(() => {
      if (!this.hasAttribute('lang')) form.setLanguage(this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
    });
    this.#pageLanguage.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  disconnectedCallback() {
    this.#pageLanguage?.disconnect();
    this.#form?.unmount();
    this.#form = null;
  }

  attributeChangedCallback(name, before, after) {
    if (name === 'lang' && after && this.#form) this.#form.setLanguage(after);
  }
}

if (!customElements.get('loket-form')) customElements.define('loket-form', LoketForm);
