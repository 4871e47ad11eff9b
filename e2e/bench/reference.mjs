// Writes the static reference pages the app is compared with: for each form, its first step
// as plain HTML (and for a form whose first step has only choices, also the step with its
// first text field). They are made at bench time from the app's own page as the browser shows
// it, so they have the same texts (locales/nl) and the same markup, and never drift; then the
// app's scripts are left out and the page gets one stylesheet (the site's two, joined) and
// one small deferred script (static/reference.js) that keeps the answers as they change.

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appStarted } from './load.mjs';
import { probe } from './probe.js';
import { forms, referencePath, referenceTextPath } from './pages.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The page as it is now, as a static HTML document. */
async function snapshot(page) {
  const { lang, title, body } = await page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    // Properties (value, checked) are not attributes: carry them over so the copy shows them.
    const live = document.body.querySelectorAll('input, textarea');
    copy.querySelectorAll('input, textarea').forEach((c, i) => {
      if (live[i].checked) c.setAttribute('checked', '');
      if (c.tagName === 'TEXTAREA') c.textContent = live[i].value;
      else if (live[i].value && c.type !== 'radio' && c.type !== 'checkbox') c.setAttribute('value', live[i].value);
    });
    copy.querySelectorAll('script').forEach((s) => s.remove());
    return { lang: document.documentElement.lang, title: document.title, body: copy.innerHTML };
  });
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escape(title)}</title>
    <link rel="stylesheet" href="reference.css">
    <script defer src="reference.js"></script>
  </head>
  <body>${body}</body>
</html>
`;
}

async function stylesheets(dist) {
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const hrefs = [...index.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map((m) => m[1]);
  const parts = await Promise.all(hrefs.map((href) => readFile(join(dist, href), 'utf8')));
  return parts.join('\n');
}

/** Writes the reference pages into `out`, from the app served at `baseURL`. */
export async function writeReferencePages(browser, baseURL, dist, out) {
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'reference.css'), await stylesheets(dist));
  await copyFile(join(here, 'static', 'reference.js'), join(out, 'reference.js'));
  for (const form of forms) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.addInitScript(probe, { kind: 'app' });
    await page.goto(form.path);
    // The app's own page, not the prerendered copy it replaces.
    await page.waitForFunction(() => window.__bench.ready !== null);
    await appStarted(page);
    await writeFile(join(out, referencePath(form).split('/').pop()), await snapshot(page));
    if (form.toTextField) {
      await form.toTextField(page);
      await page.locator('main textarea, main input[type=text]').first().waitFor();
      await writeFile(join(out, referenceTextPath(form).split('/').pop()), await snapshot(page));
    }
    await context.close();
  }
}
