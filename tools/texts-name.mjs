// How the build names a language's texts file (tools/texts.mjs writes them; tools/embed.mjs
// lists them for loket-embed.js): `texts-<lang>-<first 16 hex digits of its SHA-384>.txt`.

/** A texts file's name, with the language in group 1. */
export const textsFile = /^texts-([A-Za-z-]+)-[0-9a-f]{16}\.txt$/;

/** The name of `lang`'s texts file whose SHA-384 is `hex`. */
export const textsFileName = (lang, hex) => `texts-${lang}-${hex.slice(0, 16)}.txt`;
