import { devices } from '@playwright/test';
import { expect, test } from '../fixtures';

// The search (Pagefind's UI, script, WebAssembly and index) loads when the reader shows they mean
// to search, never on a page that is only read; and every way in still finds results.
const isSearchCode = (url: string) => /\/pagefind\/|\/_astro\/(ui-core|search-ui-styles)\./.test(url);

test('a page that is only read fetches no search code', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/pytorch/', { waitUntil: 'networkidle' });
  // Scrolling and idle time are not intent.
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter(isSearchCode)).toEqual([]);

  await page.getByRole('button', { name: 'Search' }).hover();
  await expect.poll(() => fetched.filter(isSearchCode).length).toBeGreaterThan(0);
});

test('the shortcut loads the search, and what is typed at once finds results', async ({ page }) => {
  await page.goto('/zh-cn/torch-npu/', { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  // Typed at once, as a reader does: the search UI is still loading, and a stand-in box keeps the keys.
  await page.keyboard.type('防火墙');
  await expect(
    page
      .getByRole('dialog')
      .getByRole('link', { name: /torch_npu/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue('防火墙');
  await expect(page.getByRole('dialog').getByRole('textbox')).toBeFocused();
});

test('while the search loads, a stand-in box named in the page’s language takes the keys', async ({ page }) => {
  // The search UI's code is held back until the keys are in, as on a slow connection.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/ui-core\./, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/zh-cn/torch-npu/');
  await page.keyboard.press('Control+k');
  const standIn = page.getByRole('dialog').getByRole('searchbox', { name: '搜索', exact: true });
  await expect(standIn).toBeFocused();
  await page.keyboard.type('通信矩阵');
  release();
  await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue('通信矩阵');
  await expect(page.getByRole('dialog').getByRole('textbox')).toBeFocused();
  await expect(standIn).toHaveCount(0);
  await expect(
    page
      .getByRole('dialog')
      .getByRole('link', { name: /torch_npu/ })
      .first(),
  ).toBeVisible();
});

test('the search styles that load with it keep Starlight’s look', async ({ page }) => {
  // They must come after the page's own stylesheets: put before them (as Vite puts a stylesheet a
  // script imports), their cascade layer became the weakest and the dialog lost its place (seen:
  // stuck to the top left corner).
  await page.goto('/pytorch/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('security');
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  const box = (await page.getByRole('dialog').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(Math.abs(box.x - (viewport.width - box.x - box.width)), 'centred').toBeLessThanOrEqual(1);
  expect(box.y, '4rem from the top').toBe(64);
  await expect(page.locator('.pagefind-ui__result').first()).toHaveCSS('display', 'flex');
});

test.describe('on a phone', () => {
  const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7'];
  test.use(pixel7);

  test('a tap on the search button loads the search and finds results', async ({ page }) => {
    await page.goto('/pytorch/', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Search' }).tap();
    await page.keyboard.type('weights_only');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  });
});
