import { expect, test } from '../fixtures';

// A missing address gets the not-found page of its language, as a static host serves it.
const missing = [
  {
    address: '/no-such-page/',
    lang: 'en',
    title: 'Page not found',
    search: 'Search',
    query: 'firewall',
    policies: ['/pytorch/', '/torch-npu/', '/zh-cn/torch-npu/', '/zh-cn/pytorch/'],
  },
  {
    address: '/zh-cn/no-such-page/',
    lang: 'zh-CN',
    title: '未找到页面',
    search: '搜索',
    query: '防火墙',
    policies: ['/zh-cn/torch-npu/', '/zh-cn/pytorch/', '/pytorch/', '/torch-npu/'],
  },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the not-found page shows no search button, which could do nothing', async ({ page }) => {
    await page.goto('/404.html');
    await expect(page.getByRole('heading', { name: 'Search the site' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('button', { name: 'Search' })).toHaveCount(0);
  });
});

for (const { address, lang, title, search, query, policies } of missing) {
  test(`${address} answers 404 with a page in ${lang} that links both policies in both languages`, async ({ request }) => {
    const response = await request.get(address);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<title>${title} |`);
    expect(html, 'a page served at any address names none as its own').not.toContain('rel="canonical"');
    for (const policy of policies) expect(html, policy).toContain(`href="${policy}"`);
  });

  test(`${address}: the search button in the page searches the site in ${lang}`, async ({ page }) => {
    // The fixture would count the 404 status of the address itself as a failure; the host serves
    // this same file there.
    await page.goto(lang === 'en' ? '/404.html' : '/zh-cn/404.html');
    await page.getByRole('main').getByRole('button', { name: search, exact: true }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill(query);
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  });
}
