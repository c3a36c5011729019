import { test as base, devices, expect, type Page } from '@playwright/test';
import { baseURL } from './browser.config';

export { expect };
export {
  allPages,
  builtPages,
  docsPages,
  hasCounterpart,
  isRevisionPath,
  notFoundPages,
  policyPages,
  representatives,
  revisionTexts,
  translatedRevisionPages,
} from './support/published';

export { pageKind } from './support/site-pages';

/**
 * Watches a page for what no page of the site may do, and collects it: a console error, an
 * uncaught exception, a Content-Security-Policy violation, a request to another host, a request
 * that fails or answers with an error status.
 * @returns the problems seen so far, a list that grows as the page goes on
 */
export async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Leaving a page cancels what it was still loading; that is not a failure of the site.
    if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // The site loads nothing from elsewhere: no fonts, analytics or images of other hosts. (Watched,
  // not intercepted: Chromium turns off the speculation rules' prefetching under interception.)
  const siteOrigin = new URL(baseURL).origin;
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== siteOrigin) problems.push(`request to another host: ${request.url()}`);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => problems.push(`CSP violation: ${violation}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = `${event.sourceFile || document.URL}:${event.lineNumber}`;
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sample || 'no sample'}) at ${where}`,
      );
    });
  });
  return problems;
}

/**
 * `reader`: one page per worker, shared by the tests that need no browser context of their own
 * (no clock, route, permission or setting of their own). Opening a page in a new browser context
 * costs these machines most of a second, a page already open a fifth of that; the viewport, the
 * emulated media and the site's storage are put back before each test.
 *
 * `page`: a page in a context of its own, as Playwright advises, for the tests that need one.
 *
 * Both fail their test when the page logs a console error, throws, breaks the
 * Content-Security-Policy, asks another host for anything, or has a request fail or answer with an
 * error status while the test runs (watchForProblems).
 */
export const test = base.extend<{ page: Page; reader: Page }, { sharedReader: { page: Page; problems: string[] } }>({
  sharedReader: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL });
      const page = await context.newPage();
      await use({ page, problems: await watchForProblems(page) });
      await context.close();
    },
    { scope: 'worker' },
  ],
  reader: async ({ sharedReader }, use) => {
    const { page, problems } = sharedReader;
    await page.setViewportSize(devices['Desktop Chrome'].viewport);
    await page.emulateMedia({ media: null, colorScheme: 'light' });
    // What a test stored (a theme, ticks) stays in the site's storage: each test starts without it.
    if (page.url().startsWith(baseURL)) await page.evaluate(() => localStorage.clear());
    problems.length = 0;
    await use(page);
    expect(problems, `problems on ${page.url()}`).toEqual([]);
  },
  page: async ({ page }, use) => {
    const problems = await watchForProblems(page);
    await use(page);
    expect(problems, `problems on ${page.url()}`).toEqual([]);
  },
});
