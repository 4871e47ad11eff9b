// The intake service for the end-to-end tests: the command Playwright starts it with, and a
// service of a test's own (its own port and SQLite file) that the test can kill and start again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The service binary `cargo build -p loket-intake` makes (scripts/test.sh builds it). */
export const binary = process.env.LOKET_INTAKE_BIN || join(root, 'target', 'debug', 'loket-intake');

/** The arguments of a test service: the built site, the test hook on, a hand-off key. */
function argsFor({ port, data, profile }) {
  return [
    '--listen', `127.0.0.1:${port}`,
    '--site', join(root, 'dist'),
    '--forms', join(root, 'forms'),
    '--profiles', join(root, 'profiles'),
    '--locales', join(root, 'locales'),
    '--data-dir', data,
    '--test-hooks',
    '--log', 'warn',
    ...(profile ? ['--profile', profile] : []),
  ];
}

/** The desk's accounts of the test service: name, role, password. */
export const accounts = {
  desk: { name: 'balie', role: 'desk', password: 'een-lang-wachtwoord-voor-de-balie' },
  admin: { name: 'beheer', role: 'admin', password: 'een-lang-wachtwoord-voor-beheer' },
  locked: { name: 'slot', role: 'desk', password: 'een-lang-wachtwoord-dat-blokkeert' },
};

/** The shell command Playwright starts a service with: a fresh data folder each run, with the
 * desk's accounts. */
export function intakeCommand({ port, name, profile }) {
  const data = join(root, 'target', 'e2e-data', name);
  const quoted = argsFor({ port, data, profile }).map((a) => `'${a}'`).join(' ');
  const users = Object.values(accounts)
    .map((a) => `printf '%s\\n' '${a.password}' | '${binary}' user add '${a.name}' --role ${a.role} --data-dir '${data}' --log warn`)
    .join(' && ');
  return `rm -rf '${data}' && ${users} && '${binary}' ${quoted}`;
}

/** Waits until the service answers its health check. */
async function ready(url, child) {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`the service stopped (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the service did not start');
}

/**
 * A service of the test's own on `port`, with a SQLite file in a new folder. `restart` stops it
 * (SIGKILL by default: nothing is shut down kindly) and starts it again on the same file.
 */
export async function ownService(port, extra = []) {
  const data = mkdtempSync(join(tmpdir(), 'loket-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let child;
  const start = async () => {
    child = spawn(binary, [...argsFor({ port, data }), ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
    await ready(url, child);
  };
  const stop = async (signal = 'SIGKILL') => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    await exited;
  };
  await start();
  return {
    url,
    restart: async (signal) => {
      await stop(signal);
      await start();
    },
    close: async () => {
      await stop('SIGTERM');
      rmSync(data, { recursive: true, force: true });
    },
  };
}
