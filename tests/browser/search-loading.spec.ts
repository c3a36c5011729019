import { devices, type Locator, type Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// The search (its code and styles, Pagefind's script, WebAssembly and index) loads when the reader
// shows they mean to search, never on a page that is only read; and every way in finds results.
const isSearchCode = (url: string) => /\/pagefind\/|\/_astro\/(search-dialog|search-results)\./.test(url);
const searchButton = /^(Search|搜索)/;

test('a page that is only read fetches no search code', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('/pytorch/', { waitUntil: 'networkidle' });
  // Scrolling and idle time are not intent.
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter(isSearchCode)).toEqual([]);

  await page.getByRole('banner').getByRole('button', { name: searchButton }).hover();
  await expect.poll(() => fetched.filter(isSearchCode).length).toBeGreaterThan(0);
});

test('the shortcut opens the search, and what is typed at once finds results', async ({ page }) => {
  await page.goto('/zh-cn/torch-npu/', { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  // Typed at once, as a reader does, while the search code is still on its way.
  await page.keyboard.type('防火墙');
  await expect(
    page
      .getByRole('dialog')
      .getByRole('link', { name: /torch_npu|TorchNPU/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('searchbox', { name: '搜索' })).toHaveValue('防火墙');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
});

/**
 * Opens the search on /zh-cn/torch-npu/ with the shortcut while its code is held back, as on a slow
 * connection, until `release()`; gives the box, which has the focus.
 */
async function openWithSearchCodeHeld(page: Page): Promise<{ box: Locator; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/search-dialog\./, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/zh-cn/torch-npu/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('searchbox', { name: '搜索', exact: true });
  await expect(box).toBeFocused();
  return { box, release };
}

test('what is typed before the search code arrives is searched, from the box it was typed in', async ({ page }) => {
  const { box, release } = await openWithSearchCodeHeld(page);
  await page.keyboard.type('通信矩阵');
  await expect(page.getByRole('dialog').getByRole('link')).toHaveCount(0);
  release();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^找到 \d+ 个“通信矩阵”的相关结果$/);
  await expect(box).toHaveValue('通信矩阵');
  await expect(box).toBeFocused();
});

test('text an input method composes is searched once composed, exactly as composed, even if the code arrives mid-word', async ({
  page,
}) => {
  // The page's clock, so that the reader's pause is as long as the test says, however busy the machine.
  await page.clock.install();
  const { box, release } = await openWithSearchCodeHeld(page);
  // Pinyin, as an input method shows it while the reader picks characters; the reader is quick, so
  // no time passes on the page's clock until they commit.
  await page.clock.pauseAt(Date.now() + 1000);
  const ime = await page.context().newCDPSession(page);
  await ime.send('Input.imeSetComposition', { text: 'fanghuo', selectionStart: 7, selectionEnd: 7 });
  await expect(box).toHaveValue('fanghuo');
  // Pagefind's API arrives beside the held code; its first file is fetched once the code runs.
  const searchStarted = page.waitForResponse(/\/pagefind\/pagefind-entry\.json/);
  release();
  await searchStarted;
  await page.clock.runFor(300);
  await expect(page.locator('[data-search-list]'), 'nothing searched for the letters being composed').not.toHaveAttribute('data-query');
  await expect(page.locator('[data-search-summary]')).toBeEmpty();
  // The reader picks 防火: the input method commits it.
  await page.clock.resume();
  await ime.send('Input.insertText', { text: '防火' });
  await expect(box).toHaveValue('防火');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^找到 \d+ 个“防火”的相关结果$/);
  await expect(page.locator('[data-search-list]')).toHaveAttribute('data-query', '防火');
});

test('a word a phone keyboard keeps composing is searched once the reader pauses', async ({ page }) => {
  // Android keyboards compose every English word until the space: it must not wait for that.
  await page.goto('/pytorch/');
  await page.getByRole('banner').getByRole('button', { name: searchButton }).click();
  const box = page.getByRole('dialog').getByRole('searchbox');
  await expect(box).toBeFocused();
  const ime = await page.context().newCDPSession(page);
  for (const word of ['u', 'um', 'uma', 'umas', 'umask'])
    await ime.send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
  await expect(box).toHaveValue('umask');
  await expect(page.locator('[data-search-list]')).toHaveAttribute('data-query', 'umask');
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Set umask to 0027 or stricter', exact: true })).toBeVisible();
});

test('an answer that comes after the box has moved on is never shown', async ({ page }) => {
  // Pagefind's page data is held until the second query is typed: the first query's answer comes late.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/pagefind\/fragment\//, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('DOMContentLoaded', () => {
      const list = document.querySelector<HTMLElement>('[data-search-list]')!;
      new MutationObserver(() => seen.push(list.dataset.query ?? '')).observe(list, { attributes: true, childList: true });
    });
  });
  await page.goto('/pytorch/');
  await page.getByRole('banner').getByRole('button', { name: searchButton }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('distributed');
  await expect(page.getByRole('dialog').locator('[data-search-summary]')).toHaveText('Searching for “distributed”…');
  await page.getByRole('dialog').getByRole('searchbox').fill('weights_only');
  await expect(page.getByRole('dialog').locator('[data-search-summary]')).toHaveText('Searching for “weights_only”…');
  release();
  await expect(page.locator('[data-search-list]')).toHaveAttribute('data-query', 'weights_only');
  await expect(page.locator('[data-search-list]')).not.toHaveAttribute('aria-busy', 'true');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen, 'the answer to "distributed" never shown').not.toContain('distributed');
});

test('search that fails to load says so, and the next key tries again', async ({ browser }) => {
  // A context of its own: the page fixture would fail the test on the failure it makes.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const page = await context.newPage();
    let failures = 1;
    await page.route(/\/pagefind\/pagefind-entry\.json/, async (route) => {
      if (failures-- > 0) await route.abort();
      else await route.continue();
    });
    await page.goto('/pytorch/');
    await page.getByRole('banner').getByRole('button', { name: searchButton }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('umas');
    await expect(page.getByRole('dialog').locator('[data-search-summary]')).toHaveText(
      'Search could not load. Check the connection, then open search again.',
    );
    await page.keyboard.type('k');
    await expect(page.getByRole('dialog').locator('[data-search-summary]')).toHaveText(/^\d+ results for “umask”$/);
  } finally {
    await context.close();
  }
});

test('the search styles that load with it come after the page’s own, and the dialog keeps its place', async ({ page }) => {
  await page.goto('/pytorch/');
  await page.getByRole('banner').getByRole('button', { name: searchButton }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('security');
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  const box = (await page.getByRole('dialog').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(Math.abs(box.x - (viewport.width - box.x - box.width)), 'centred').toBeLessThanOrEqual(1);
  expect(box.y, '4rem from the top').toBe(64);
  // A rule of the results' stylesheet, which only it sets.
  await expect(page.locator('.search-hits').first()).toHaveCSS('list-style-type', 'none');
  expect(await page.evaluate(() => [...document.styleSheets].at(-1)?.href ?? '')).toMatch(/\/_astro\/search-results\./);
});

test.describe('on a phone', () => {
  const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7'];
  test.use(pixel7);

  test('a tap on the search button loads the search and finds results', async ({ page }) => {
    await page.goto('/pytorch/', { waitUntil: 'networkidle' });
    const button = page.getByRole('banner').getByRole('button', { name: 'Search', exact: true });
    await button.tap();
    await page.keyboard.type('weights_only');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).tap();
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});
