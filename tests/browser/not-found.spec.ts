import { expect, test } from '../fixtures';

// The not-found pages' search, with and without JavaScript; tests/static/not-found.spec.ts reads
// which page a missing address gets, and what it says.
const missing = [
  {
    address: '/no-such-page/',
    lang: 'en',
    search: 'Search',
    query: 'firewall',
  },
  {
    address: '/zh-cn/no-such-page/',
    lang: 'zh-CN',
    search: '搜索',
    query: '防火墙',
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

for (const { address, lang, search, query } of missing) {
  test(`${address}: the search button in the page searches the site in ${lang}`, async ({ page }) => {
    // The fixture would count the 404 status of the address itself as a failure; the host serves
    // this same file there.
    await page.goto(lang === 'en' ? '/404.html' : '/zh-cn/404.html');
    await page.getByRole('main').getByRole('button', { name: search, exact: true }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill(query);
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  });
}
