import { readFileSync } from 'node:fs';
import { builtPages, expect, test } from '../fixtures';

// A page's footnotes sit under a heading everyone sees, set apart from the text above them, and the
// table of contents' entry for them lands on that heading.

/** Every built page with a footnotes section, read from the built files. */
const pagesWithFootnotes = builtPages.filter((path) =>
  readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf-8').includes('data-footnotes'),
);

test('the pages with footnotes are the PyTorch policy, its translation and its revisions', () => {
  expect(pagesWithFootnotes).toEqual(expect.arrayContaining(['/pytorch/', '/zh-cn/pytorch/', '/pytorch/revisions/01f9ef32ea/']));
});

for (const path of pagesWithFootnotes) {
  test(`${path} shows its footnotes under a visible heading that its contents entry leads to`, async ({ page }) => {
    await page.goto(path);
    const label = path.startsWith('/zh-cn/') ? '脚注' : 'Footnotes';
    const heading = page.getByRole('heading', { level: 2, name: label, exact: true });

    // Seen, not only announced: a visually hidden heading is a clipped 1×1 px box.
    await expect(heading).toBeVisible();
    const box = (await heading.boundingBox())!;
    expect(box.height, 'the heading is as tall as a line of text').toBeGreaterThan(12);
    expect(box.width, 'the heading is as wide as its word').toBeGreaterThan(20);

    // Set apart from the text above: a rule over the section, in smaller type than the text.
    const section = page.locator('section.footnotes');
    await expect(section).toHaveCSS('border-top-style', 'solid');
    const sizes = await section.evaluate((s) => [s, s.parentElement!].map((element) => parseFloat(getComputedStyle(element).fontSize)));
    expect(sizes[0], 'the footnotes’ type against the text’s').toBeLessThan(sizes[1]!);

    // The contents entry leads to that heading, and the page scrolls it into view.
    const entry = page.locator('starlight-toc').getByRole('link', { name: label, exact: true });
    await expect(entry).toHaveAttribute('href', '#footnote-label');
    await entry.click();
    await expect(page).toHaveURL(/#footnote-label$/);
    await expect(page.locator(':target')).toHaveText(label);
    await expect(heading).toBeInViewport();
  });
}
