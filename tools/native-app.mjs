// Runs the site's program natively (`app/src/prerender.rs`, app feature `prerender`), built by
// Cargo here, and gives back what it prints. It is built as the WebAssembly is
// (`--cfg erase_components`, see .cargo/config.toml), so both make the same tree of elements and
// markers; in a target folder of its own, so the flag does not make the tests' native builds
// start over.

import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What `app <args…>` prints on standard output, as JSON. */
export async function nativeApp(args) {
  const cargo = spawn('cargo', ['run', '--quiet', '--package', 'app', '--features', 'prerender', '--', ...args], {
    cwd: root,
    env: { ...process.env, RUSTFLAGS: '--cfg erase_components', CARGO_TARGET_DIR: join(root, 'target', 'prerender') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let [out, err] = ['', ''];
  cargo.stdout.on('data', (chunk) => (out += chunk));
  // Cargo's progress, and Leptos' advice (in a debug build) on signals read while rendering
  // once, which is what rendering outside a browser does: shown only when the program fails.
  cargo.stderr.on('data', (chunk) => (err += chunk));
  const code = await new Promise((done) => cargo.once('close', done));
  if (code !== 0) throw new Error(`app ${args.join(' ')} failed (${code}):\n${err}`);
  return JSON.parse(out);
}
