import { expect, test } from '../fixtures';

// Pagefind indexes each language on its own: a query finds pages of the language being read.
const searches = [
  { from: '/pytorch/', query: 'weights_only', finds: 'Security Policy' },
  { from: '/pytorch/', query: 'safetensors', finds: 'Security Policy' },
  { from: '/zh-cn/torch-npu/', query: '防火墙', finds: 'Ascend Extension for PyTorch插件 安全声明' },
  { from: '/zh-cn/torch-npu/', query: '通信矩阵', finds: 'Ascend Extension for PyTorch插件 安全声明' },
  { from: '/zh-cn/torch-npu/', query: 'HCCL_IF_BASE_PORT', finds: 'Ascend Extension for PyTorch插件 安全声明' },
  // Text that only the data tables hold: the permission table, the public addresses, the matrix.
  { from: '/zh-cn/torch-npu/', query: '加解密脚本', finds: 'Ascend Extension for PyTorch插件 安全声明' },
  { from: '/zh-cn/torch-npu/', query: 'flamegraph', finds: 'Ascend Extension for PyTorch插件 安全声明' },
  // Words at a cell's edge, which could run into the next cell's text.
  { from: '/zh-cn/torch-npu/', query: 'setup.cfg', finds: 'Ascend Extension for PyTorch插件 安全声明' },
  { from: '/zh-cn/torch-npu/', query: 'rwxrwx', finds: 'Ascend Extension for PyTorch插件 安全声明' },
  { from: '/zh-cn/torch-npu/', query: '无认证方式', finds: 'Ascend Extension for PyTorch插件 安全声明' },
] as const;

for (const { from, query, finds } of searches) {
  test(`searching ${from} for ${query} finds “${finds}”`, async ({ page }) => {
    await page.goto(from);
    await page.getByRole('button', { name: /^(Search|搜索)/ }).click();
    await page.getByRole('dialog').getByRole('textbox').fill(query);
    await expect(page.getByRole('dialog').getByRole('link', { name: finds, exact: true })).toBeVisible();
  });
}

test('a Chinese query on the English site finds nothing, because each language has its own index', async ({ page }) => {
  await page.goto('/pytorch/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('防火墙');
  await expect(page.getByRole('dialog').getByText('No results for 防火墙')).toBeVisible();
});
