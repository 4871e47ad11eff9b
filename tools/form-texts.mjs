// Gives each prerendered page the texts it can show, not every form's (run by scripts/build.sh
// after tools/prerender.mjs, which writes those pages):
//
//   node tools/form-texts.mjs [--dist dist]
//
// A form's page shows the texts of the kit, the site, the municipality, the call-back form of
// its help, and its own form; never another form of the site, whose texts are about a third of
// a language. The start page and `/loket` show no form's texts but each form's title and summary
// (the start page's list). So, for every language, this writes the language's texts (as
// tools/texts.mjs wrote them, named in `app.html`):
// - for each form that has pages (a prerendered page names its form in
//   `data-loket-draft="loket-draft-<form>"`), without the messages of the site's other forms
//   (an id that starts with `<other form>-`);
// - for the other prerendered pages, with only the title and summary of each form
//   (`<form>-title`, `<form>-summary`, see `loket::core::texts::messages`);
// each as `texts-<lang>-<hex>.txt` named after its contents, and names those files in those
// pages instead, with their integrity, keeping every other attribute. Every other page (the
// app's page for any other address, the gallery, the embedding script) keeps every text. Run
// again on the same site, it gives the same files.

import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html.mjs';
import { sha384 } from './integrity.mjs';
import { textsFileName } from './texts-name.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const distArg = argv.indexOf('--dist');
const dist = resolve(distArg >= 0 ? argv[distArg + 1] : join(root, 'dist'));

// The markers of compiled texts (components/src/core/texts/compile.rs): a message is its id,
// END_ID, its text and END_MESSAGE.
const END_ID = '\u001f';
const END_MESSAGE = '\u001e';

/** The form a page is the page of, or undefined. */
const formOf = (html) => html.match(/data-loket-draft="loket-draft-([a-z0-9-]+)"/)?.[1];

/**
 * `compiled` without the messages of `others` (forms of the site), but those of `form` and the
 * titles and summaries of all when `form` is undefined.
 */
function withoutOthers(compiled, form, others) {
  const messages = compiled.split(END_MESSAGE).filter(Boolean);
  const kept = messages.filter((message) => {
    const id = message.slice(0, message.indexOf(END_ID));
    if (form && id.startsWith(`${form}-`)) return true;
    const of = others.find((other) => id.startsWith(`${other}-`));
    return !of || (!form && [`${of}-title`, `${of}-summary`].includes(id));
  });
  if (kept.length === messages.length) throw new Error(`form-texts: no form's texts to leave out for ${form ?? 'a page without a form'}`);
  return kept.map((message) => `${message}${END_MESSAGE}`).join('');
}

const meta = /<meta name="loket-texts"[^>]*>/g;
const attribute = (tag, name) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1];

// Each language's texts with every message, from the file the app's page for any address names.
const full = new Map();
for (const tag of (await readFile(join(dist, 'app.html'), 'utf8')).match(meta) ?? []) {
  full.set(attribute(tag, 'data-lang'), await readFile(join(dist, attribute(tag, 'content').split('/').pop()), 'utf8'));
}
if (full.size === 0) throw new Error('form-texts: dist/app.html names no texts (run tools/texts.mjs and tools/prerender.mjs first)');

// The prerendered pages, by the form they are of ('' for none).
const byForm = new Map();
for (const path of await htmlFiles(dist)) {
  const html = await readFile(path, 'utf8');
  if (!html.includes('data-loket-prerendered')) continue;
  const form = formOf(html) ?? '';
  byForm.set(form, [...(byForm.get(form) ?? []), path]);
}
const forms = [...byForm.keys()].filter(Boolean);
if (forms.length < 2) throw new Error(`form-texts: expected the pages of several forms in ${dist} (run tools/prerender.mjs first), found ${forms.length}`);

const written = new Map();
for (const [form, paths] of byForm) {
  const others = forms.filter((f) => f !== form);
  for (const path of paths) {
    let html = await readFile(path, 'utf8');
    const tags = html.match(meta) ?? [];
    if (tags.length === 0) throw new Error(`form-texts: ${relative(dist, path)} names no texts (run tools/texts.mjs first)`);
    for (const tag of tags) {
      const [content, lang] = [attribute(tag, 'content'), attribute(tag, 'data-lang')];
      const file = content.split('/').pop();
      const key = `${form}:${lang}`;
      if (!full.has(lang)) throw new Error(`form-texts: dist/app.html names no texts in ${lang}`);
      if (!written.has(key)) {
        const bytes = Buffer.from(withoutOthers(full.get(lang), form || undefined, others), 'utf8');
        const { hex, integrity } = sha384(bytes);
        const name = textsFileName(lang, hex);
        await writeFile(join(dist, name), bytes);
        written.set(key, { name, integrity, bytes: bytes.length });
      }
      const own = written.get(key);
      const swapped = tag
        .replace(` content="${content}"`, () => ` content="${content.slice(0, -file.length)}${own.name}"`)
        .replace(/ data-integrity="[^"]*"/, () => ` data-integrity="${own.integrity}"`);
      html = html.replace(tag, () => swapped);
    }
    await writeFile(path, html);
  }
}
for (const [key, { name, bytes }] of written) console.log(`form-texts: ${name} (${bytes} bytes, ${key.split(':')[0] || 'pages without a form'})`);
