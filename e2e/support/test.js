// `test` and `expect` for every spec: Playwright's, with one automatic fixture. It watches the
// test's browser context and every context the test opens with `browser.newContext()`, and
// fails the test when a page sent a request to another origin or broke the
// Content-Security-Policy (support/security.js).
import { test as base, expect } from '@playwright/test';
import { haaksbergenURL } from '../playwright.config.js';
import { SecurityRecorder } from './security.js';

export { expect };

export const test = base.extend({
  security: [
    async ({ context, browser, baseURL }, use) => {
      const recorder = new SecurityRecorder([baseURL, haaksbergenURL]);
      await recorder.watch(context);
      // Contexts the test opens itself ("another browser") are watched too.
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const opened = await newContext.apply(browser, args);
        await recorder.watch(opened);
        return opened;
      };
      try {
        await use(recorder);
      } finally {
        browser.newContext = newContext;
      }
      recorder.check();
    },
    { auto: true },
  ],
});
