import { statSync } from 'node:fs';
import { builtPages, expect, notFoundPages, test } from '../fixtures';
import { measurePageWeight } from '../support/page-weight';

// Byte budgets, gzip as sent, of what each page fetches before the reader does anything: figures
// that are the same on every run (timings are not, so only `npm run bench` reports them). Each
// budget sits under a kilobyte above what the page weighs now: a change that adds weight fails
// here and must raise the budget, and say why, in the same commit.
const kib = 1024;
const budgets: Record<string, { html: number; css: number; js: number }> = {
  '/': { html: 9, css: 10, js: 3.5 },
  '/firewall/': { html: 10, css: 10, js: 10.5 },
  '/hardening/': { html: 13, css: 14, js: 5.5 },
  '/permissions/': { html: 9.5, css: 10, js: 9 },
  '/pytorch/': { html: 14, css: 10, js: 5 },
  '/torch-npu/': { html: 19, css: 14, js: 6 },
  '/zh-cn/': { html: 9.5, css: 10, js: 3.5 },
  '/zh-cn/firewall/': { html: 11, css: 10, js: 10.5 },
  '/zh-cn/hardening/': { html: 13.5, css: 14, js: 5.5 },
  '/zh-cn/permissions/': { html: 10, css: 10, js: 9 },
  '/zh-cn/pytorch/': { html: 15.5, css: 10, js: 5 },
  '/zh-cn/torch-npu/': { html: 19.5, css: 14, js: 6 },
  '/404.html': { html: 7, css: 10, js: 3.5 },
  '/zh-cn/404.html': { html: 7, css: 10, js: 3.5 },
};
/** The tab icon is the one image every page needs. */
const faviconBytes = statSync(new URL('../../public/favicon.svg', import.meta.url)).size;

test('every page has a budget', () => {
  expect(Object.keys(budgets).sort()).toEqual([...builtPages, ...notFoundPages].sort());
});

for (const path of [...builtPages, ...notFoundPages]) {
  test(`${path} stays within its byte budget`, async ({ page }) => {
    const budget = budgets[path]!;
    const { byKind } = (await measurePageWeight(page, path)).withoutInteraction;
    // A measurement that saw nothing would pass every budget.
    expect(byKind.html.gzip * byKind.css.gzip * byKind.js.gzip, 'HTML, CSS and JS were all measured').toBeGreaterThan(0);
    expect.soft(byKind.html.gzip, 'HTML').toBeLessThanOrEqual(budget.html * kib);
    expect.soft(byKind.css.gzip, 'CSS').toBeLessThanOrEqual(budget.css * kib);
    expect.soft(byKind.js.gzip, 'JavaScript').toBeLessThanOrEqual(budget.js * kib);
    expect.soft(byKind.font.raw, 'fonts: the site uses the reader’s own').toBe(0);
    expect.soft(byKind.image.raw, 'images: only the tab icon').toBeLessThanOrEqual(faviconBytes);
  });
}
