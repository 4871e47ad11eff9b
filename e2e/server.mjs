// An in-memory stand-in for the municipality's endpoints: it serves the built site (dist/) and
// keeps what arrives in memory only, once per idempotency key, believing whatever the browser
// sends. The e2e suite runs against the intake service (`loket-intake`) instead; this stays as
// the ceiling the intake bench measures the service against (scripts/bench-intake.sh): nothing
// is checked and nothing reaches a disk.
// Pages go out with a strict Content-Security-Policy, as a municipality's web host should send.
//
//   node server.mjs [--port 8787] [--dist ../dist] [--profile haaksbergen]
//
// `--profile` serves the pages with another municipality profile named in
// `<meta name="loket-profile">`: the same build, configured in the HTML only (without the
// first steps prerendered for the build's own profile).
//
// GET /__loket/submissions lists what arrived.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, hashedAsset, pageFile, types } from './site.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(option('dist', join(here, '..', 'dist')));
const port = Number(option('port', process.env.PORT || 8787));
const host = '127.0.0.1';
const profile = option('profile', '');

const received = [];

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

async function readBody(req, limit = 8 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveFile(res, path) {
  let body = await readFile(path);
  if (profile && extname(path) === '.html') {
    body = body
      .toString('utf8')
      .replace(/(<meta name="loket-profile" content=")[^"]*(")/, `$1${profile}$2`);
  }
  const hashed = hashedAsset.test(path);
  res.writeHead(200, {
    'Content-Type': types[extname(path)] || 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(extname(path) === '.html' ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
  });
  res.end(body);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, `http://${host}:${port}`);
    const path = decodeURIComponent(url.pathname);

    if (path.startsWith('/api/') && req.method === 'POST') {
      const body = await readBody(req);
      let payload;
      try {
        payload = JSON.parse(body);
      } catch {
        return send(res, 400, JSON.stringify({ error: 'not json' }), { 'Content-Type': 'application/json' });
      }
      // A submission arrives once: a retry with the same idempotency key is answered as
      // already received and not kept twice.
      const key = req.headers['idempotency-key'] || payload?.idempotency_key;
      if (key && received.some((r) => r.key === key && r.path === path)) {
        return send(res, 200, JSON.stringify({ received: true, duplicate: true }), { 'Content-Type': 'application/json' });
      }
      received.push({ path, key, contentType: req.headers['content-type'] || '', payload });
      return send(res, 201, JSON.stringify({ received: true }), { 'Content-Type': 'application/json' });
    }
    if (path === '/__loket/submissions') {
      return send(res, 200, JSON.stringify(received), { 'Content-Type': 'application/json' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, '');
    }

    const file = normalize(join(dist, path));
    if (file.startsWith(dist)) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) return await serveFile(res, file);
    }
    // Client-side routes (/klacht, ...) get their prerendered first step or the one page; the
    // app shows "not found" itself. Another profile than the build's gets the one page: the
    // prerendered steps show the build's municipality.
    const lang = url.searchParams.get('lang');
    return await serveFile(res, await pageFile(dist, path, lang, { prerendered: !profile }));
  } catch (error) {
    send(res, 500, String(error?.message || error));
  }
});

server.listen(port, host, () => {
  console.log(`Loket reference site: http://${host}:${port}/  (serving ${dist})`);
});
