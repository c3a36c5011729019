import { expect, test } from '../fixtures';

// A page's footnotes sit under a heading everyone sees, set apart from the text above them, and the
// table of contents' entry for them lands on that heading. tests/static/footnotes.spec.ts reads the
// markup of every page with footnotes; here, one page of each kind that has them.

for (const path of ['/pytorch/', '/zh-cn/pytorch/', '/pytorch/revisions/01f9ef32ea/']) {
  test(`${path} shows its footnotes under a visible heading that its contents entry leads to`, async ({ reader: page }) => {
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
    await entry.click();
    await expect(page).toHaveURL(/#footnote-label$/);
    await expect(page.locator(':target')).toHaveText(label);
    await expect(heading).toBeInViewport();
  });
}
