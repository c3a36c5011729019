import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { staticPageWeight } from '../support/page-weight';
import { allPages, docsPages, notFoundPages } from '../support/published';
import { type PageKind, pageKind } from '../support/site-pages';

// Byte budgets, gzip as sent, of what each page fetches before the reader does anything, read from
// the built files (tests/support/page-weight.ts: the page, its stylesheets and the modules its
// scripts import). tests/browser/page-weight.spec.ts holds that reading to what a browser fetches.
// Figures that are the same on every run (timings are not, so only `npm run bench` reports them).
// Each budget sits under a kilobyte above what the page weighs now: a change that adds weight
// fails here and must raise the budget, and say why, in the same commit.
const kib = 1024;
const budgets: Record<string, { html: number; css: number; js: number }> = {
  '/': { html: 8.5, css: 10.5, js: 2.5 },
  // The scripts' tab list, error messages that name the form's labels (issue 15); the search
  // dialog's box and sentences, in every page's HTML since issue 16 (0.3 KB).
  '/firewall/': { html: 13, css: 10.5, js: 12.5 },
  // Undo after Clear, the done badge, the export's readable date (issue 15).
  '/hardening/': { html: 11.5, css: 10.5, js: 4 },
  // The release picker: 24 options; verdicts with a word, fixes as code blocks (issue 15).
  '/permissions/': { html: 10, css: 10.5, js: 9 },
  '/pytorch/': { html: 13.5, css: 10.5, js: 4 },
  // The newest statement (26.1.0) is 40% longer than 6.0.0's: a vulnerability-handling section, 30 addresses.
  '/torch-npu/': { html: 20.5, css: 10.5, js: 4 },
  '/zh-cn/': { html: 9, css: 10.5, js: 2.5 },
  // The release picker: 24 options; the scripts' tab list (issue 15).
  '/zh-cn/firewall/': { html: 14, css: 10.5, js: 12.5 },
  '/zh-cn/hardening/': { html: 12.5, css: 10.5, js: 4 },
  '/zh-cn/permissions/': { html: 11, css: 10.5, js: 9 },
  '/zh-cn/pytorch/': { html: 15, css: 10.5, js: 4 },
  '/zh-cn/torch-npu/': { html: 21, css: 10.5, js: 4 },
  '/404.html': { html: 6.5, css: 10.5, js: 2.5 },
  '/zh-cn/404.html': { html: 7, css: 10.5, js: 2.5 },
};
/**
 * The site's targets for every page, whatever its own budgets add up to: 30 KB before the load
 * event, and 45 KB in all while the reader does nothing (search loads only when they reach for it).
 */
const target = { beforeLoad: 30_000, withoutInteraction: 45_000 };
/**
 * Where the site is over its 30 KB target before load, what each may weigh at most: the newest
 * torch_npu statement, 40% longer than 6.0.0's, and, since issue 15's tables for every screen (ARIA
 * roles and column names on every cell of a table that turns into cards, 0.5 KB on the longest
 * statement), code lines and shared CSS (tables, footnotes, print: 0.6 KB), the heavier revision
 * texts and comparisons, each kind held to what its heaviest page weighed when only that one was
 * measured. Issue 16 replaced Starlight's search script (2 KB on every page) with the site's own,
 * which weighs as much (1.9 KB: a search button needs a script on every page), so they stay over.
 * Issue 24 rendered the upstream texts through Starlight's Markdown plugins, as the current pages'
 * are: every heading of a revision text got its anchor link (0.5 KB on the longest statement).
 * Issue 25 shows a changed table row as its cells under their column names, and every insertion
 * and deletion with words a screen reader reads (0.6 KB on the heaviest comparison), and gives
 * the histories and texts Starlight's language picker and each release's page links to its tables'
 * data (1 KB on the heaviest text).
 * They may not grow.
 */
const overTargetBeforeLoad: Record<string, number> = {
  '/torch-npu/': 34_100,
  '/zh-cn/torch-npu/': 34_500,
};
const overTargetByKind: Partial<Record<PageKind, number>> = { revision: 34_300, comparison: 31_600 };
/** The tab icon is the one image every page needs. */
const faviconBytes = statSync(new URL('../../public/favicon.svg', import.meta.url)).size;

test('every page of the site’s own has a budget', () => {
  expect(Object.keys(budgets).sort()).toEqual([...docsPages, ...notFoundPages].sort());
});

for (const path of allPages) {
  test(`${path} stays within ${budgets[path] ? 'its byte budget and ' : ''}the site's targets`, async () => {
    const { beforeLoad, withoutInteraction } = await staticPageWeight(path);
    const { byKind } = withoutInteraction;
    // A reading that saw nothing would pass every budget.
    expect(byKind.html.gzip * byKind.css.gzip * byKind.js.gzip, 'HTML, CSS and JS were all read').toBeGreaterThan(0);
    const budget = budgets[path];
    if (budget) {
      expect.soft(byKind.html.gzip, 'HTML').toBeLessThanOrEqual(budget.html * kib);
      expect.soft(byKind.css.gzip, 'CSS').toBeLessThanOrEqual(budget.css * kib);
      expect.soft(byKind.js.gzip, 'JavaScript').toBeLessThanOrEqual(budget.js * kib);
    }
    expect.soft(byKind.font.raw, 'fonts: the site uses the reader’s own').toBe(0);
    expect.soft(byKind.image.raw, 'images: only the tab icon').toBeLessThanOrEqual(faviconBytes);
    expect
      .soft(beforeLoad.total.gzip, 'everything before the load event')
      .toBeLessThanOrEqual(overTargetBeforeLoad[path] ?? overTargetByKind[pageKind(path)] ?? target.beforeLoad);
    expect.soft(withoutInteraction.total.gzip, 'everything without interaction').toBeLessThanOrEqual(target.withoutInteraction);
  });
}
