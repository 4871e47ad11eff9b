// What every server of the built site sends alike: content types and the Content-Security-Policy
// (copied into docs/security.md), and which HTML file a page address gets. Shared by the
// test server and the speed bench's server.

import { stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';

/** Content types by file extension. */
export const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * A file Trunk named after its contents (`app-<hash>.js`, `app-<hash>_bg.wasm`): it never
 * changes, so it may be cached for good. The hash is up to 16 hex digits; Trunk leaves out
 * leading zeros.
 */
export const hashedAsset = /-[0-9a-f]{1,16}(_bg)?\.[a-z]+$/;

/**
 * The policy of every page: scripts, styles and requests from this origin only, no inline
 * script or style; the WebAssembly needs 'wasm-unsafe-eval', which does not allow eval.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The addresses of the full module (the app's feature `extras`): the gallery and forms loaded at
 * run time. app/loader.js and app/src/extras.rs take the same.
 */
export const extrasAddress = /^\/(gallery(\/|$)|formulier\/)/;

/**
 * The HTML file a page address gets. The start page and each form's first step are rendered at
 * build time (see tools/prerender.mjs) as `<path>/index.<lang>.html` for each language, and as
 * `<path>/index.html` in the default one; `?lang=` picks one. The gallery and forms loaded at
 * run time (`extrasAddress`) get `extras.html`, the app's page with the full module preloaded.
 * Every other address, a language without a prerendered page (the testers' pseudo-locale) and a
 * server that must not use the prerendered pages (`prerendered: false`) get the app's one page,
 * `app.html` (`index.html` in a build that was not prerendered), which renders any route itself.
 */
export async function pageFile(dist, pathname, lang, { prerendered = true } = {}) {
  const isFile = async (file) => (await stat(file).catch(() => null))?.isFile() ?? false;
  const extras = join(dist, 'extras.html');
  if (extrasAddress.test(pathname) && (await isFile(extras))) return extras;
  const shell = (await isFile(join(dist, 'app.html'))) ? join(dist, 'app.html') : join(dist, 'index.html');
  const folder = normalize(join(dist, pathname));
  if (!prerendered || !folder.startsWith(dist)) return shell;
  if (lang && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) return shell;
  const page = join(folder, lang ? `index.${lang}.html` : 'index.html');
  return (await isFile(page)) ? page : shell;
}
