// Reads the project's Fluent files so tests find elements by the names a resident hears,
// in every language. Supports what the project's .ftl files use: messages, multi-line
// values and { $placeholders }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const localesDir = fileURLToPath(new URL('../../locales/', import.meta.url));

export function parse(source) {
  const messages = {};
  let current = null;
  for (const line of source.split('\n')) {
    if (/^[a-zA-Z][a-zA-Z0-9_-]*\s*=/.test(line)) {
      const [, key, value] = line.match(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s?(.*)$/);
      messages[key] = value.trim();
      current = key;
    } else if (current && /^\s+\S/.test(line)) {
      messages[current] = messages[current] ? `${messages[current]}\n${line.trim()}` : line.trim();
    } else {
      current = null;
    }
  }
  return messages;
}

const cache = {};

/** Every message of a locale, by key. */
export function messages(lang) {
  if (!cache[lang]) {
    cache[lang] = {};
    // The kit's and the forms' texts, those of the site's plain HTML pages (pages/), and the
    // intake service's (service/: e-mails and the desk).
    for (const dir of [join(localesDir, lang), join(localesDir, lang, 'pages'), join(localesDir, lang, 'service')]) {
      const files = readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.ftl'));
      for (const file of files) Object.assign(cache[lang], parse(readFileSync(join(dir, file.name), 'utf8')));
    }
  }
  return cache[lang];
}

/** The languages the site offers: Dutch first. */
export const languages = readdirSync(localesDir)
  .filter((d) => !d.includes('.'))
  .sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b)));

/** A text in a language, with placeholders filled in; fails loudly when the key is missing. */
export function t(lang, key, args = {}) {
  const value = messages(lang)[key];
  if (value === undefined) throw new Error(`no text ${key} in ${lang}`);
  return value.replace(/\{\s*\$([a-zA-Z0-9_-]+)\s*\}/g, (_, name) => String(args[name] ?? ''));
}

/** A text builder bound to one language. */
export const textsFor = (lang) => (key, args) => t(lang, key, args);
