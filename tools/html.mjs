// Escaping for the HTML the build tools write into pages (split.mjs, prerender.mjs, extras.mjs,
// embed.mjs): one rule for text and for quoted attribute values.

/** `text` safe as an element's text or inside a quoted attribute value. */
export const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
