// The speed bench of "Fast on a cheap phone": serves the release build (dist/) with brotli,
// makes the static reference pages, and loads every form and its reference page cold in
// Debian's Chromium, unthrottled and at 4× CPU + slow 4G, `--runs` times each (app and static
// page one after the other, so both see the same machine), then scores each with Lighthouse
// (`--lighthouse-runs`, 0 for none; see lighthouse.mjs). Writes results/latest.json and
// results/latest.md and prints the Markdown. Build first: scripts/bench.sh does both.
//
//   node bench/run.mjs [--runs 5] [--lighthouse-runs 3] [--port 8807] [--dist ../dist]

import { chromium } from '@playwright/test';
import { args as chromiumArgs, executablePath } from '../chromium.mjs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lighthouseRuns } from './lighthouse.mjs';
import { coldLoad, cpuSlowdown, slow4G, typed } from './load.mjs';
import { forms, referencePath, referenceTextPath } from './pages.mjs';
import { writeReferencePages } from './reference.mjs';
import { markdown, summarise, targets } from './report.mjs';
import { startServer } from './server.mjs';
import { sizeReport } from './size.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Math.max(1, Number(option('runs', 5)));
const lighthouseCount = Math.max(0, Number(option('lighthouse-runs', 3)));
const port = Number(option('port', process.env.BENCH_PORT || 8807));
const dist = option('dist', join(here, '..', '..', 'dist'));
const results = join(here, 'results');
const baseURL = `http://127.0.0.1:${port}`;

const cpuModel = async () => {
  const info = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  return info.match(/^model name\s*:\s*(.+)$/m)?.[1] || cpus()[0]?.model || 'unknown CPU';
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const loadBefore = load();
const server = await startServer({ port, dist, reference: join(results, 'reference') });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });

try {
  await writeReferencePages(browser, baseURL, dist, join(results, 'reference'));

  // One load of each page first, not counted: the browser and the server warm up.
  for (const form of forms) {
    await coldLoad(browser, baseURL, { url: form.path, kind: 'app', throttled: false });
    await coldLoad(browser, baseURL, { url: referencePath(form), kind: 'static', throttled: false });
  }

  const loads = {};
  for (const form of forms) {
    loads[form.id] = {
      app: { fast: [], slow: [], typing: [] },
      static: { fast: [], slow: [], typing: [] },
    };
  }
  for (let run = 1; run <= runs; run++) {
    for (const throttled of [false, true]) {
      for (const form of forms) {
        const into = (kind) => loads[form.id][kind][throttled ? 'slow' : 'fast'];
        const app = await coldLoad(browser, baseURL, {
          url: form.path,
          kind: 'app',
          throttled,
          keystrokes: throttled,
          toTextField: form.toTextField,
        });
        into('app').push(app);
        const separate = referenceTextPath(form) !== referencePath(form);
        const ref = await coldLoad(browser, baseURL, {
          url: referencePath(form),
          kind: 'static',
          throttled,
          keystrokes: throttled && !separate,
        });
        into('static').push(ref);
        if (throttled) {
          loads[form.id].app.typing.push(app);
          // The static page of the step with the first text field, for the keystrokes only.
          loads[form.id].static.typing.push(
            separate
              ? await coldLoad(browser, baseURL, { url: referenceTextPath(form), kind: 'static', throttled, keystrokes: true })
              : ref,
          );
        }
        const tag = throttled ? '4× CPU + slow 4G' : 'unthrottled';
        console.log(`run ${run}/${runs} ${tag} ${form.id}: ready ${app.ready.toFixed(0)} ms (static ${ref.ready.toFixed(0)} ms)`);
      }
    }
  }

  // Lighthouse last, in a browser of its own: the loads above are not disturbed by it.
  const lighthousePages = forms.flatMap((form) => [
    { id: form.id, kind: 'app', url: form.path },
    { id: form.id, kind: 'static', url: referencePath(form) },
  ]);
  const scores = lighthouseCount > 0 ? await lighthouseRuns(baseURL, lighthousePages, lighthouseCount) : {};
  const summary = summarise(loads, scores);
  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cpus: cpus().length,
      cpu: await cpuModel(),
      chromium: `Chromium ${browser.version()}`,
      loadBefore,
      loadAfter: load(),
    },
    runs,
    conditions: { slow: { ...slow4G, cpuSlowdown }, typed },
    summary,
    targets: targets(summary),
    size: await sizeReport(dist),
    loads,
    lighthouse: scores,
  };
  await mkdir(results, { recursive: true });
  const md = markdown(report);
  await writeFile(join(results, 'latest.json'), JSON.stringify(report, null, 2));
  await writeFile(join(results, 'latest.md'), md);
  console.log(`\n${md}\nWritten: ${join(results, 'latest.json')} and latest.md`);
} finally {
  await browser.close();
  server.close();
}
