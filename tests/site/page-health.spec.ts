import { readdirSync } from 'node:fs';
import { builtPages, expect, notFoundPages, test } from '../fixtures';

test('the sitemap lists every built page but the not-found pages', () => {
  const htmlFiles = readdirSync(new URL('../../dist/', import.meta.url), { recursive: true, encoding: 'utf-8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((path) => !notFoundPages.includes(path))
    .sort();
  expect(builtPages).toEqual(htmlFiles);
});

// The page fixture fails a test on any console error, uncaught exception, Content-Security-Policy
// violation, failed request or request to another host; these tests give each page its full use.
for (const path of [...builtPages, ...notFoundPages]) {
  test(`${path} works under its policy: loads, switches theme, searches`, async ({ page }) => {
    const chinese = path.startsWith('/zh-cn/');
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const html = page.locator('html');
    const themes = page.getByRole('combobox', { name: chinese ? '选择主题' : 'Select theme' });
    await themes.selectOption('light');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await themes.selectOption('dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');

    await page
      .getByRole('button', { name: chinese ? '搜索' : 'Search', exact: true })
      .first()
      .click();
    await page
      .getByRole('dialog')
      .getByRole('textbox')
      .fill(chinese ? '安全' : 'security');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.waitForLoadState('networkidle');
  });
}
