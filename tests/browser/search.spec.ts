import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { axeViolations, wcag21aa } from '../support/axe';

// Pagefind indexes each language on its own: a query finds pages of the language being read.
const searches = [
  { from: '/pytorch/', query: 'weights_only', finds: '/pytorch/' },
  { from: '/pytorch/', query: 'safetensors', finds: '/pytorch/' },
  { from: '/zh-cn/torch-npu/', query: '防火墙', finds: '/zh-cn/torch-npu/' },
  { from: '/zh-cn/torch-npu/', query: '通信矩阵', finds: '/zh-cn/torch-npu/' },
  { from: '/zh-cn/torch-npu/', query: 'HCCL_IF_BASE_PORT', finds: '/zh-cn/torch-npu/' },
  // Text that only the data tables hold (checked: each fails when its table is left out of the
  // index), including words at a cell's edge, which could run into the next cell's text.
  { from: '/zh-cn/torch-npu/', query: '维护升级', finds: '/zh-cn/torch-npu/' },
  { from: '/zh-cn/torch-npu/', query: 'rwxrwx', finds: '/zh-cn/torch-npu/' },
  { from: '/zh-cn/torch-npu/', query: '火焰图', finds: '/zh-cn/torch-npu/' },
  { from: '/zh-cn/torch-npu/', query: 'setup.cfg', finds: '/zh-cn/torch-npu/' },
  { from: '/zh-cn/torch-npu/', query: '所属平面', finds: '/zh-cn/torch-npu/' },
  // The translations are searched in their own language.
  { from: '/torch-npu/', query: 'firewall', finds: '/torch-npu/' },
  { from: '/torch-npu/', query: 'communication matrix', finds: '/torch-npu/' },
  { from: '/torch-npu/', query: 'umask', finds: '/torch-npu/' },
  { from: '/torch-npu/', query: 'HCCL_IF_BASE_PORT', finds: '/torch-npu/' },
  { from: '/zh-cn/pytorch/', query: '权重', finds: '/zh-cn/pytorch/' },
  { from: '/zh-cn/pytorch/', query: '不受信任', finds: '/zh-cn/pytorch/' },
  { from: '/zh-cn/pytorch/', query: '分布式', finds: '/zh-cn/pytorch/' },
] as const;

/** The header's search button: its name is its text, "Search" (and "Ctrl K" where the hint shows). */
const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^(Search|搜索)/ });

for (const from of new Set(searches.map((search) => search.from))) {
  const queries = searches.filter((search) => search.from === from);
  test(`searching ${from} finds, for each of ${queries.map(({ query }) => query).join(', ')}, the page that has it`, async ({
    reader: page,
  }) => {
    await page.goto(from);
    await searchButton(page).click();
    // One query after another in the same box, as a reader searches.
    for (const { query, finds } of queries) {
      await page.getByRole('dialog').getByRole('searchbox').fill(query);
      await expect(page.locator('[data-search-list]'), query).toHaveAttribute('data-query', query);
      const result = page
        .getByRole('dialog')
        .getByRole('link')
        .and(page.locator(`[href="${finds}"]`));
      await expect(result, query).toBeVisible();
    }
  });
}

test('the search button’s name holds the words it shows (WCAG 2.5.3), the shortcut hint with them', async ({ reader: page }) => {
  await page.goto('/pytorch/');
  await expect(searchButton(page)).toHaveAccessibleName('Search Ctrl K');
  await expect(searchButton(page)).toHaveText('Search Ctrl K');
  await page.goto('/zh-cn/pytorch/');
  await expect(searchButton(page)).toHaveAccessibleName('搜索 Ctrl K');
});

test('a Chinese query on an English page says the Chinese pages have it, and leads to their results', async ({ reader: page }) => {
  await page.goto('/pytorch/');
  await searchButton(page).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('防火墙');
  const dialog = page.getByRole('dialog');
  const line = /^No results in English for “防火墙”: search covers one language at a time\. In Chinese, \d+ pages have it\.$/;
  // Shown at once, and read out (the status) once the reader pauses.
  await expect(dialog.locator('[data-search-summary]')).toHaveText(line);
  await expect(dialog.getByRole('status')).toHaveText(line);
  const link = dialog.getByRole('link', { name: 'See the Chinese results' });
  await expect(link).toHaveAttribute('href', '/zh-cn/?search=%E9%98%B2%E7%81%AB%E5%A2%99');
  await link.click();
  // The other language's home opens its search with the query, then takes the query out of the address.
  await expect(page.getByRole('dialog').getByRole('searchbox')).toHaveValue('防火墙');
  await expect(page).toHaveURL('/zh-cn/');
  await expect(page.getByRole('dialog').getByRole('link', { name: 'TorchNPU插件 安全声明', exact: true })).toBeVisible();
});

test('an English query on a Chinese page leads to the English results', async ({ reader: page }) => {
  await page.goto('/zh-cn/pytorch/');
  await searchButton(page).click();
  // A word of the English policy that the Chinese pages do not quote.
  await page.getByRole('dialog').getByRole('searchbox').fill('quickly');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    /^中文页面中未找到“quickly”：搜索每次只涵盖一种语言。英文页面中有 \d+ 个页面含有它。$/,
  );
  await expect(page.getByRole('dialog').getByRole('link', { name: '查看英文页面的结果' })).toHaveAttribute('href', '/?search=quickly');
});

test('a query found in neither language says only that it found nothing', async ({ reader: page }) => {
  await page.goto('/pytorch/');
  await searchButton(page).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('zzqxv');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('No results for “zzqxv”');
  await expect(page.getByRole('dialog').getByRole('link')).toHaveCount(0);
});

test('a hit in the hardening checklist opens its step', async ({ reader: page }) => {
  await page.goto('/torch-npu/');
  await searchButton(page).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('umask');
  await page.getByRole('dialog').getByRole('link', { name: 'Set umask to 0027 or stricter', exact: true }).click();
  await expect(page).toHaveURL('/hardening/#umask');
  await expect(page.getByRole('heading', { name: 'Set umask to 0027 or stricter', exact: true })).toBeInViewport();
});

test('revisions come after the current texts, each named by its revision, more on request', async ({ reader: page }) => {
  await page.goto('/zh-cn/torch-npu/');
  await searchButton(page).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('防火墙');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: '当前页面' })).toBeVisible();
  const group = dialog.getByRole('heading', { name: '历史版本' });
  await expect(group).toBeVisible();
  const hits = dialog.locator('.search-hit-link');
  const names = await hits.allTextContents();
  const firstRevision = names.findIndex((name) => name.includes('版本 v'));
  expect(firstRevision, 'a current text comes first').toBeGreaterThan(0);
  expect(names.slice(0, firstRevision).join('|')).toContain('TorchNPU插件 安全声明');
  expect(
    names.slice(firstRevision).every((name) => /版本 v\d+\.\d+\.\d+-\d+\.\d+\.\d+$/.test(name)),
    names.join('|'),
  ).toBe(true);
  const shown = names.length;
  await dialog.getByRole('button', { name: '再显示 5 个历史版本' }).click();
  await expect(hits).toHaveCount(shown + 5);
  // A revision's hit opens that revision.
  const revision = hits.nth(firstRevision);
  const name = /版本 (v[\d.-]+)$/.exec((await revision.textContent())!)![1];
  await revision.click();
  await expect(page).toHaveURL(`/zh-cn/torch-npu/releases/${name}/`);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open dialog with its hits, revisions and a note on the other language passes axe in the ${theme} theme`, async ({
    reader: page,
  }) => {
    for (const { from, query } of [
      { from: '/zh-cn/torch-npu/', query: '防火墙' },
      { from: '/pytorch/', query: '防火墙' },
    ]) {
      await page.goto(from);
      await page.getByRole('combobox', { name: /^(Select theme|选择主题)$/ }).selectOption(theme);
      await searchButton(page).click();
      await page.getByRole('dialog').getByRole('searchbox').fill(query);
      await expect(page.locator('[data-search-list]')).toHaveAttribute('data-query', query);
      await expect(page.locator('[data-search-list]')).not.toHaveAttribute('aria-busy', 'true');
      expect(await axeViolations(page, wcag21aa, 'site-search dialog'), `${from}, ${query}`).toEqual([]);
    }
  });
}
