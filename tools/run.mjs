// Runs a program for a build tool (split.mjs, first-step.mjs) in the repository's folder.

import { spawn } from 'node:child_process';

/** Runs `program` with `args` in `cwd`; its output shows only when it fails (`tool` names the caller). */
export async function run(tool, cwd, program, args, env = {}) {
  const child = spawn(program, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((done) => child.once('close', done));
  if (code !== 0) throw new Error(`${tool}: ${program} ${args.join(' ')} failed (${code}):\n${output}`);
}
