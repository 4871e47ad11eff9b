// Reads the project's Fluent files with @fluent/bundle, so tests find elements by the names a
// resident hears, in every language, with placeholders and plural variants evaluated as the
// kit evaluates them (no isolation marks; numbers without grouping, as fluent-rs prints them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentNumber, FluentResource } from '@fluent/bundle';

const localesDir = fileURLToPath(new URL('../../locales/', import.meta.url));

/** The .ftl sources of a language: the kit's and the forms' texts, the site's plain HTML
 * pages (pages/), and the intake service's (service/: e-mails and the desk). */
function sources(lang) {
  const found = [];
  for (const dir of [join(localesDir, lang), join(localesDir, lang, 'pages'), join(localesDir, lang, 'service')]) {
    const files = readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.ftl'));
    for (const file of files.sort((a, b) => a.name.localeCompare(b.name))) {
      found.push({ name: join(dir, file.name), text: readFileSync(join(dir, file.name), 'utf8') });
    }
  }
  return found;
}

/** A bundle of every text of `lang`, plus `extra` sources (a form loaded at run time). */
export function bundleFor(lang, extra = []) {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const { name, text } of [...sources(lang), ...extra.map((text) => ({ name: 'extra', text }))]) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length) throw new Error(`${name}: ${errors.map(String).join('; ')}`);
  }
  return bundle;
}

const cache = {};

/** A number as fluent-rs prints it (no thousands separator); plural variants still apply. */
const asArg = (value) => (typeof value === 'number' ? new FluentNumber(value, { useGrouping: false }) : value);

/** A text of `bundle`, evaluated; fails loudly when the key is missing or a part fails. */
function format(bundle, lang, key, args = {}) {
  const message = bundle.getMessage(key);
  if (!message?.value) throw new Error(`no text ${key} in ${lang}`);
  const errors = [];
  const values = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, asArg(v)]));
  const text = bundle.formatPattern(message.value, values, errors);
  if (errors.length) throw new Error(`text ${key} in ${lang}: ${errors.map(String).join('; ')}`);
  return text;
}

/** Whether `lang` has a text for `key`. */
export function has(lang, key) {
  cache[lang] ??= bundleFor(lang);
  return cache[lang].hasMessage(key);
}

/** The languages the site offers: Dutch first. */
export const languages = readdirSync(localesDir)
  .filter((d) => !d.includes('.'))
  .sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b)));

/** A text in a language, with placeholders filled in; fails loudly when the key is missing. */
export function t(lang, key, args = {}) {
  cache[lang] ??= bundleFor(lang);
  return format(cache[lang], lang, key, args);
}

/** A text builder bound to one language, with `extra` Fluent sources added. */
export const textsFor = (lang, extra = []) => {
  if (!extra.length) return (key, args) => t(lang, key, args);
  const bundle = bundleFor(lang, extra);
  return (key, args) => format(bundle, lang, key, args);
};
