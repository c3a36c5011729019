import { expect, policyPages, test } from '../fixtures';

// A policy prints as its text: no navigation, every link's address, every table whole.
const policyPaths = policyPages.flatMap(({ path, translation }) => [path, translation]);

for (const path of policyPaths) {
  test(`${path} prints without navigation, with link addresses, with tables uncut`, async ({ page }) => {
    // An A4 page less its margins is about 720 CSS pixels wide.
    await page.setViewportSize({ width: 720, height: 1000 });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });

    for (const navigation of ['.page > header', '#starlight__sidebar', 'starlight-toc', '.section-language-link']) {
      const elements = page.locator(navigation);
      expect(await elements.count(), navigation).toBeGreaterThan(0);
      for (const element of await elements.all()) await expect(element, navigation).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const printedAfter = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    const external = await printedAfter('.sl-markdown-content a[href^="https://"]:not([data-shows-address])');
    expect(external.length).toBeGreaterThan(0);
    for (const content of external) expect(content).toMatch(/^" <https:\/\/\S+>"$/);
    // A link whose text is its address is not printed twice.
    for (const content of await printedAfter('.sl-markdown-content a[data-shows-address]')) expect(content).toBe('none');

    const cutTables = await page.locator('.sl-markdown-content table').evaluateAll((tables: HTMLTableElement[]) => {
      const pageRight = document.querySelector('main')!.getBoundingClientRect().right + 1;
      return tables
        .filter((table) => table.scrollWidth > table.clientWidth + 1 || table.getBoundingClientRect().right > pageRight)
        .map((table) => table.caption?.textContent ?? table.rows[0]?.textContent);
    });
    expect(cutTables, 'tables wider than the printed page').toEqual([]);
  });
}
