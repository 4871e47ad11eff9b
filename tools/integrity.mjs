// The SHA-384 of a file's bytes, the way the build names and checks its files: as a browser's
// `integrity` value (`sha384-<base64>`) and as hex digits for a name (`app-extras-<hex>.js`).

import { createHash } from 'node:crypto';

/** `{ hex, integrity }` of `bytes`. */
export function sha384(bytes) {
  const digest = createHash('sha384').update(bytes).digest();
  return { hex: digest.toString('hex'), integrity: `sha384-${digest.toString('base64')}` };
}

/**
 * A built file named after its contents, as the build names every file it adds:
 * `<stem>-<first 16 hex digits of its SHA-384><suffix>` (`app-extras-<hex>.js`), with its
 * integrity.
 */
export function contentNamed(stem, suffix, bytes) {
  const { hex, integrity } = sha384(bytes);
  return { name: `${stem}-${hex.slice(0, 16)}${suffix}`, integrity };
}
