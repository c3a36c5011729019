import { expect, test } from '../fixtures';

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

for (const { from, query, finds } of searches) {
  test(`searching ${from} for ${query} finds ${finds}`, async ({ reader: page }) => {
    await page.goto(from);
    await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
    await page.getByRole('dialog').getByRole('textbox').fill(query);
    const result = page
      .getByRole('dialog')
      .getByRole('link')
      .and(page.locator(`[href="${finds}"]`));
    await expect(result).toBeVisible();
  });
}

test('a Chinese query on the English site finds nothing, because each language has its own index', async ({ reader: page }) => {
  await page.goto('/pytorch/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('防火墙');
  await expect(page.getByRole('dialog').getByText('No results for 防火墙')).toBeVisible();
});
