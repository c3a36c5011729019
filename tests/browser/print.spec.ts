import type { Page } from '@playwright/test';
import { siteUrl } from '../../src/site-config';
import { expect, notFoundPages, policyPages, test } from '../fixtures';

// A page prints as its text: no navigation, nothing to press, every link's address in full and
// readable, every table whole, and what the reader typed or ticked as it stands. That every page
// writes its addresses with their characters is read from the markup (tests/static/print.spec.ts).
const policyPaths = policyPages.flatMap(({ path, translation }) => [path, translation]);
const toolPaths = ['/hardening/', '/firewall/', '/permissions/'].flatMap((path) => [path, `/zh-cn${path}`]);

/** What print shows after each link that `selector` finds (`none` for a link it shows nothing after). */
const printedAfter = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));

/** A percent-encoded byte of a non-ASCII character: print shows the character instead. */
const encodedCharacter = /%[89a-f][0-9a-f]/i;

/** Every link address print shows is absolute, and shows its characters rather than their encoding. */
async function expectFullReadableAddresses(page: Page) {
  const external = await printedAfter(page, 'main a[href^="http"]:not([data-shows-address])');
  for (const content of external) expect(content).toMatch(/^" <https?:\/\/\S+>"$/);
  const own = await printedAfter(page, 'main a[href^="/"]:not([data-shows-address])');
  expect(own.length, "links to the site's own pages").toBeGreaterThan(0);
  for (const content of own) expect(content).toMatch(new RegExp(`^" <${siteUrl.replaceAll('.', '\\.')}/\\S*>"$`));
  for (const content of [...external, ...own]) expect(content).not.toMatch(encodedCharacter);
  // A link whose text is its address is not printed twice.
  for (const content of await printedAfter(page, 'main a[data-shows-address]')) expect(content).toBe('none');
}

for (const path of policyPaths) {
  test(`${path} prints without navigation, with link addresses, with tables uncut`, async ({ reader: page }) => {
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

    expect((await printedAfter(page, '.sl-markdown-content a[href^="https://"]:not([data-shows-address])')).length).toBeGreaterThan(0);
    await expectFullReadableAddresses(page);

    const cutTables = await page.locator('.sl-markdown-content table').evaluateAll((tables: HTMLTableElement[]) => {
      const pageRight = document.querySelector('main')!.getBoundingClientRect().right + 1;
      return tables
        .filter((table) => table.scrollWidth > table.clientWidth + 1 || table.getBoundingClientRect().right > pageRight)
        .map((table) => table.caption?.textContent ?? table.rows[0]?.textContent);
    });
    expect(cutTables, 'tables wider than the printed page').toEqual([]);
  });
}

for (const path of toolPaths) {
  test(`${path} prints no buttons, its fields as the text they hold, and full link addresses`, async ({ reader: page }) => {
    await page.setViewportSize({ width: 720, height: 1000 });
    await page.goto(path);
    // The tools' own buttons show once their script runs; what the reader types is what prints.
    const buttons = page.locator('main button');
    await expect(buttons.filter({ visible: true }).first()).toBeVisible();
    const field = page.locator('main :is(input:not([type="checkbox"]), textarea)').first();
    const box = page.locator('main input[type="checkbox"]').first();
    if ((await field.count()) > 0) await field.fill('/srv/typed-by-the-reader');
    if ((await box.count()) > 0) await box.check();
    await page.emulateMedia({ media: 'print' });

    // Nothing to press: copy tabs, downloads, export and clear, all hidden.
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const button of await buttons.all()) await expect(button).toBeHidden();

    // Fields print as text: no box, no arrow, and what they hold still shows.
    const looks = await page
      .locator('main :is(input:not([type="checkbox"]), select, textarea)')
      .evaluateAll((controls) =>
        controls.map((control) => `${getComputedStyle(control).appearance} ${getComputedStyle(control).borderTopStyle}`),
      );
    for (const look of looks) expect(look).toBe('none none');
    if ((await field.count()) > 0) {
      await expect(field).toBeVisible();
      await expect(field).toHaveValue('/srv/typed-by-the-reader');
    }
    // Ticks print as the ticked boxes they are.
    if ((await box.count()) > 0) {
      await expect(box).toBeVisible();
      await expect(box).toBeChecked();
    }

    await expectFullReadableAddresses(page);
  });
}

test('the not-found pages print their links but not their search button', async ({ reader: page }) => {
  for (const path of notFoundPages) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const button of await page.locator('main button').all()) await expect(button, path).toBeHidden();
    await expectFullReadableAddresses(page);
  }
});
