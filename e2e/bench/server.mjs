// Serves the release build (dist/) the way a municipality's web host should: brotli (quality
// 11, compressed once and kept in memory), the right content types and the same strict
// Content-Security-Policy as e2e/server.mjs. It also serves the static reference pages under
// /__reference/ from a folder the bench writes. Used by the speed bench only.
//
//   node bench/server.mjs [--port 8807] [--dist ../dist] [--reference results/reference]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { contentSecurityPolicy, hashedAsset, pageFile, types } from '../site.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Brotli at quality 11, the setting a host would use for files compressed once. */
export function brotli(body) {
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** Starts the server; resolves with the server once it listens. */
export function startServer({ port = 8807, dist = join(here, '..', '..', 'dist'), reference = join(here, 'results', 'reference') } = {}) {
  dist = resolve(dist);
  reference = resolve(reference);
  const compressed = new Map();

  async function serveFile(req, res, path) {
    const info = await stat(path);
    const key = `${path}:${info.mtimeMs}`;
    let raw = await readFile(path);
    const wantsBrotli = /\bbr\b/.test(req.headers['accept-encoding'] || '');
    let body = raw;
    if (wantsBrotli) {
      if (!compressed.has(key)) compressed.set(key, brotli(raw));
      body = compressed.get(key);
    }
    const hashed = hashedAsset.test(path);
    res.writeHead(200, {
      'Content-Type': types[extname(path)] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Vary': 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      ...(wantsBrotli ? { 'Content-Encoding': 'br' } : {}),
      ...(extname(path) === '.html' ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function fileIn(root, path) {
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return null;
    const info = await stat(file).catch(() => null);
    return info?.isFile() ? file : null;
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      // The app's anonymous journey signals (profile `signals_endpoint`) are taken and dropped.
      if (req.method === 'POST' && path.startsWith('/api/')) {
        req.resume();
        res.writeHead(204).end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      if (path.startsWith('/__reference/')) {
        const file = await fileIn(reference, path.slice('/__reference/'.length));
        if (file) return await serveFile(req, res, file);
        res.writeHead(404).end();
        return;
      }
      const file = await fileIn(dist, path);
      if (file) return await serveFile(req, res, file);
      // A missing file (the browser's /favicon.ico) is not found; client-side routes
      // (/klacht, ...) get their prerendered first step or the one page.
      if (extname(path)) {
        res.writeHead(404, { 'Content-Length': 0 }).end();
        return;
      }
      return await serveFile(req, res, await pageFile(dist, path, url.searchParams.get('lang')));
    } catch (error) {
      res.writeHead(500).end(String(error?.message || error));
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const port = Number(option('port', process.env.PORT || 8807));
  await startServer({ port, dist: option('dist', undefined), reference: option('reference', undefined) });
  console.log(`Loket with brotli: http://127.0.0.1:${port}/`);
}
