import { docsPages, expect, hasCounterpart, isRevisionPath, revisionSamples, test } from '../fixtures';

const pages = [...docsPages, ...revisionSamples];
const chinesePages = pages.filter((path) => path.startsWith('/zh-cn/'));
const englishPages = pages.filter((path) => !path.startsWith('/zh-cn/'));

for (const path of englishPages) {
  test(`${path} is served as English`, async ({ reader: page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}

for (const path of chinesePages) {
  test(`${path} is served as Chinese with Chinese interface text`, async ({ reader: page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // Header: search, theme and language pickers.
    await expect(page.getByRole('button', { name: '搜索' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '选择主题' })).toBeVisible();
    // A history page has no language picker: most are in one language; torch_npu's link their counterpart.
    await expect(page.getByRole('combobox', { name: '选择语言' })).toHaveCount(isRevisionPath(path) ? 0 : 1);
    if (hasCounterpart(path)) {
      await expect(page.getByRole('link', { name: 'English', exact: true }).and(page.locator('[hreflang="en"]'))).toHaveAttribute(
        'href',
        path.replace(/^\/zh-cn/, ''),
      );
    }
    // The search dialog, including the strings its code fills in.
    await page.getByRole('banner').getByRole('button', { name: /^搜索/ }).click();
    const dialog = page.getByRole('dialog', { name: '搜索' });
    await expect(dialog.getByRole('search', { name: '搜索本站' })).toBeVisible();
    await dialog.getByRole('searchbox', { name: '搜索' }).fill('zzzzzz');
    await expect(dialog.getByRole('status')).toHaveText('未找到“zzzzzz”的相关结果');
    await page.keyboard.press('Escape');
    // Every heading anchor link says what it links to in Chinese.
    const anchorLinks = await page.locator('.sl-anchor-link').count();
    await expect(page.getByRole('main').getByRole('link', { name: /^章节链接：/, includeHidden: true })).toHaveCount(anchorLinks);
  });
}

test('the statement page labels its table of contents, asides and provenance in Chinese', async ({ reader: page }) => {
  await page.goto('/zh-cn/torch-npu/');
  await expect(page.getByRole('heading', { name: '本页内容' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '本站注释（非原文内容）' })).toBeVisible();
  await expect(page.getByText('原文: SECURITYNOTE.md')).toBeVisible();
  await expect(page.getByRole('link', { name: '章节链接：“文件权限参考”' })).toBeAttached();
  await expect(page.getByRole('button', { name: '复制', exact: true }).first()).toBeVisible();
});
