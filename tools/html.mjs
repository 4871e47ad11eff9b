// What the build tools read from and write into pages (split.mjs, prerender.mjs, extras.mjs,
// embed.mjs, form-texts.mjs): the site's root address, one escaping rule for text and quoted
// attribute values, and every page of a built site.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The site's root address as Trunk wrote it into a page's `<base href>`; undefined without one. */
export const baseHref = (html) => /<base href="([^"]*)"/.exec(html)?.[1];

/** `text` safe as an element's text or inside a quoted attribute value. */
export const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Every HTML file under `dir`, in the folders below it too. */
export async function htmlFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}
