import { expect, test } from '@playwright/test';
import { attribute, builtPage, folded, select, selectAll } from '../support/built-page';
import { builtPages } from '../support/published';

// A page's footnotes sit under a heading everyone sees, and the table of contents' entry for them
// lands on that heading: the markup of every page with footnotes. That the heading shows, set
// apart in smaller type, is tests/browser/footnotes.spec.ts, on a page of each kind.

const pagesWithFootnotes = builtPages.filter((path) => select('[data-footnotes]', builtPage(path)));

test('the pages with footnotes are the PyTorch policy, its translation and its revisions', () => {
  expect(pagesWithFootnotes).toEqual(expect.arrayContaining(['/pytorch/', '/zh-cn/pytorch/', '/pytorch/revisions/01f9ef32ea/']));
});

for (const path of pagesWithFootnotes) {
  test(`${path} puts its footnotes under a visible heading in its language, which its contents entry leads to`, () => {
    const document = builtPage(path);
    const label = path.startsWith('/zh-cn/') ? '脚注' : 'Footnotes';
    const heading = select('section.footnotes h2#footnote-label', document);
    expect(folded(heading)).toBe(label);
    // Not visually hidden: Sätteri writes it for screen readers only, the site shows it.
    expect((attribute(heading!, 'class') ?? '').split(' ')).not.toContain('sr-only');
    const entries = selectAll('starlight-toc a[href]', document).filter((link) => folded(link) === label);
    expect(entries.map((link) => attribute(link, 'href'))).toEqual(['#footnote-label']);
  });
}
