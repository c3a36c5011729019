import { readFileSync } from 'node:fs';
import { test as base, devices, expect, type Page } from '@playwright/test';
import { baseURL } from './playwright.config';
import { statementTexts } from './support/data';
import { notFoundPages, readSitemap } from './support/site-pages';

export { expect, notFoundPages };

/** Every page of the production build, as a path (`/zh-cn/torch-npu/`), read from its sitemap. */
export const builtPages: string[] = readSitemap();

interface ManifestRow {
  file: string;
}
const manifest = (policy: string) =>
  JSON.parse(readFileSync(new URL(`../content/upstream/${policy}.json`, import.meta.url), 'utf-8')) as ManifestRow[];

/**
 * Each distinct upstream text of a policy's history, read from the manifests as the README says
 * the site publishes them (not from the site's code): at the file's name (PyTorch) or at the first
 * branch holding the text (torch_npu), with its comparison pages.
 */
export const revisionTexts = [
  ...[...new Map(manifest('pytorch').map((row) => [row.file, row])).values()].map((row) => ({
    path: `/pytorch/revisions/${row.file.replace(/^pytorch\/|\.md$/g, '')}/`,
    upstream: row.file,
  })),
  ...statementTexts.map(({ slug, file }) => ({ path: `/zh-cn/torch-npu/releases/${slug}/`, upstream: file })),
  // The English page of a text a branch has upstream's own English for shows that English text.
  ...statementTexts.flatMap(({ slug, english }) => (english ? [{ path: `/torch-npu/releases/${slug}/`, upstream: english }] : [])),
];

/** The English pages of torch_npu's texts that are this site's translation (no upstream English). */
export const translatedRevisionPages = statementTexts
  .filter(({ english }) => !english)
  .map(({ slug }) => ({ path: `/torch-npu/releases/${slug}/`, original: `/zh-cn/torch-npu/releases/${slug}/` }));

/** The pages of the policies' histories: each history, text and comparison. */
export const isRevisionPath = (path: string) => /^\/(pytorch\/revisions|(zh-cn\/)?torch-npu\/releases)\//.test(path);

/** A history page with a page in the other language: torch_npu's history and its texts. */
export const hasCounterpart = (path: string) => /^\/(zh-cn\/)?torch-npu\/releases\/([^/]+\/)?$/.test(path);

/** The site's own pages: every built page but the revision pages. */
export const docsPages: string[] = builtPages.filter((path) => !isRevisionPath(path));

/**
 * One page of each kind of a policy's history, for the checks that hold for a whole page (axe, the
 * console, theme, search) and for the language: each kind is one template over different texts.
 * The fidelity and link checks visit every revision page.
 */
export const revisionSamples = [
  '/pytorch/revisions/',
  '/pytorch/revisions/01f9ef32ea/',
  '/pytorch/revisions/01f9ef32ea/changes/',
  '/zh-cn/torch-npu/releases/',
  '/zh-cn/torch-npu/releases/v2.4.0-6.0.0/',
  '/zh-cn/torch-npu/releases/v2.4.0-6.0.0/to-newest/',
  '/torch-npu/releases/',
  '/torch-npu/releases/v2.4.0-6.0.0/',
  '/torch-npu/releases/v2.8.0-7.3.0/',
];

/** The policy pages and what they publish; the fidelity and search tests walk this list. */
export const policyPages = [
  { path: '/pytorch/', upstream: 'pytorch/01f9ef32ea.md', lang: 'en', translation: '/zh-cn/pytorch/' },
  { path: '/zh-cn/torch-npu/', upstream: 'torch_npu/2026-07-27_16bc883fa2.md', lang: 'zh-CN', translation: '/torch-npu/' },
] as const;

/**
 * `reader`: one page per worker, for tests that only read what pages show. Opening a page costs
 * these machines most of a second, and such tests change nothing a later one could see; the
 * viewport and the emulated media are put back before each test. Tests that act on a page (tick,
 * type, switch theme, measure what loads) take `page`, a page of their own, as Playwright advises.
 *
 * `page` fails its test when its pages log a console error, throw,
 * break the Content-Security-Policy, ask another host for anything, or have a request fail or
 * answer with an error status.
 */
export const test = base.extend<{ page: Page; reader: Page }, { sharedReader: Page }>({
  sharedReader: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  reader: async ({ sharedReader }, use) => {
    await sharedReader.setViewportSize(devices['Desktop Chrome'].viewport);
    await sharedReader.emulateMedia({ media: null });
    await use(sharedReader);
  },
  page: async ({ page }, use) => {
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
    await use(page);
    expect(problems, `problems on ${page.url()}`).toEqual([]);
  },
});
