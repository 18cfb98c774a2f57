/**
 * The page fixture every end-to-end test uses. It fails the test on any console error
 * or uncaught exception, on any Content-Security-Policy violation, and on any request
 * that leaves the site's own origin (no fonts, analytics or CDNs, ever).
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; pageGuards: void }>({
  expectedConsoleErrors: [[], { option: true }],
  pageGuards: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(msg.text()))) errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== origin) foreign.push(req.url());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
      });
      await use();
      expect(errors, 'console errors or CSP violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
