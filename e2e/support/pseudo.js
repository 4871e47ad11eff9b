// Checks for the pseudo-locale (`?lang=en-XA`): every text comes out of Fluent accented, 35 %
// longer and in [brackets], so text without brackets was written into the code; and the
// longer text must still fit.
import { expect } from '@playwright/test';

export const PSEUDO = 'en-XA';

/**
 * Visible text nodes that are not bracketed. Left out, each for a reason: the language switch
 * (each language names itself in its own language, `lang` attribute) and data rather than
 * text (the resident's own answers, the reference, the hand-off code).
 */
export async function textsNotFromFluent(page) {
  return page.evaluate(() => {
    // A hand-off code is data twice over: shown in groups, and spelt out for screen readers.
    const data = '.loket-summary__value, .loket-reference, .loket-handoff__code, .loket-handoff__short, [lang]:not(html)';
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('script, style, noscript')) continue;
      if (el.closest(data)) continue;
      if (!el.checkVisibility({ visibilityProperty: true }) && !el.closest('.loket-visually-hidden')) continue;
      if (!(text.startsWith('[') && text.endsWith(']'))) found.push(text);
    }
    return found;
  });
}

/** Elements whose text sticks out of the page or is cut off by their own box. */
export async function textCutOff(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      // Controls hold the resident's own input, not text (a file input also hides itself on
      // purpose behind its labelled button).
      if (el.matches('input, textarea, select')) continue;
      if (!el.checkVisibility() || el.closest('.loket-visually-hidden, .loket-skip-link')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0) continue;
      const style = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (rect.right > width + 1 || (clips && el.scrollWidth > el.clientWidth + 1)) {
        found.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 60)}`);
      }
    }
    return found;
  });
}

/** Expects every text to come from Fluent and nothing to stick out or be cut off. */
export async function expectPseudoClean(page) {
  expect(await textsNotFromFluent(page), 'text that did not come from Fluent').toEqual([]);
  expect(await textCutOff(page), 'text that overflows or is cut off').toEqual([]);
}
