// One accessibility check of the page as it is now: axe with every WCAG 2.x A/AA tag and
// best practices, no rule disabled; a screenshot and the result go into the HTML report.
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n\n');
}

/**
 * Runs axe, attaches a full-page screenshot and the result, and expects zero violations.
 *
 * `shadow: true` for a page with an embedded form: axe then reads the stylesheets as the page
 * has them instead of copying a shadow root's into `<style>` elements of its own, which the
 * page's Content-Security-Policy (no inline style) forbids. Only the rule on a locked screen
 * orientation (css-orientation-lock) reads those copies; Loket has no orientation rules.
 */
export async function checkAccessibility(page, testInfo, { shadow = false } = {}) {
  // A page that says it is busy (a prerendered step waiting for the app to open a kept draft:
  // `inert`, `aria-busy`) is checked once it is not: what axe would see is the state before.
  await expect(page.locator('main[aria-busy="true"]')).toHaveCount(0);
  // Let the reactive view settle (Leptos renders on the next microtask).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (shadow) builder.options({ preload: false });
  const result = await builder.analyze();
  await testInfo.attach('screenshot', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await testInfo.attach('axe', {
    body: JSON.stringify(
      {
        url: page.url(),
        violations: result.violations,
        passes: result.passes.map((p) => p.id),
        incomplete: result.incomplete.map((p) => p.id),
      },
      null,
      2,
    ),
    contentType: 'application/json',
  });
  expect(result.violations, describe(result.violations)).toEqual([]);
}

/** Expects no horizontal scrolling (WCAG 1.4.10 reflow). */
export async function expectNoHorizontalScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/**
 * The page's accessibility tree (or that of `within`) against the kept snapshot `name`. In Dutch, the language the
 * snapshots are read in, the whole tree must be equal (`/children: deep-equal`): a lost or
 * added element fails. The other languages are compared as containing the snapshot, so a
 * translation that grows a sentence is no failure there; their keys are checked by the
 * texts tests. With `--update-snapshots` every file is written afresh.
 */
export async function expectAriaSnapshot(page, testInfo, name, lang, within = page.locator('body')) {
  const file = testInfo.snapshotPath(name, { kind: 'aria' });
  if (lang !== 'nl' || testInfo.config.updateSnapshots === 'all' || !existsSync(file)) {
    await expect(within).toMatchAriaSnapshot({ name });
    return;
  }
  await expect(within).toMatchAriaSnapshot(`- /children: deep-equal\n${readFileSync(file, 'utf8')}`);
}
