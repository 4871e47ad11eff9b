// What the build tools read from and write into pages (split.mjs, prerender.mjs, extras.mjs,
// embed.mjs): the site's root address, and one escaping rule for text and quoted attribute
// values.

/** The site's root address as Trunk wrote it into a page's `<base href>`; undefined without one. */
export const baseHref = (html) => /<base href="([^"]*)"/.exec(html)?.[1];

/** `text` safe as an element's text or inside a quoted attribute value. */
export const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
