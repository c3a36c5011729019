import { readFileSync } from 'node:fs';
import { siteUrl } from '../../src/site-config';
import { builtPages, docsPages, expect, policyPages, test } from '../fixtures';

const policyPaths: string[] = policyPages.flatMap(({ path, translation }) => [path, translation]);

// Read from the built files, not collected across tests: the tests run in parallel workers.
const titleOf = (path: string) =>
  /<title>([^<]*)<\/title>/.exec(readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf-8'))?.[1];

test('every page has a title of its own, a description of 50 to 160 characters and its canonical URL', () => {
  const titles = builtPages.map(titleOf);
  expect(titles.filter((title, i) => !title || titles.indexOf(title) !== i)).toEqual([]);
  for (const path of builtPages) {
    const html = readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf-8');
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect([...description].length, `description of ${path}`).toBeGreaterThanOrEqual(50);
    expect([...description].length, `description of ${path}`).toBeLessThanOrEqual(160);
    expect(html, path).toContain(`<link rel="canonical" href="${siteUrl}${encodeURI(path)}"`);
  }
});

for (const path of docsPages) {
  test(`${path} has a title, a description, a canonical URL and Open Graph tags`, async ({ reader: page, request }) => {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');

    expect((await page.title()).length).toBeGreaterThan(0);

    const description = (await meta('meta[name="description"]')) ?? '';
    expect([...description].length, `description of ${path}: “${description}”`).toBeGreaterThanOrEqual(50);
    expect([...description].length, `description of ${path}: “${description}”`).toBeLessThanOrEqual(160);

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${path}`);
    await expect(page.locator('meta[name="robots"]'), 'no page asks not to be indexed').toHaveCount(0);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:description"]')).toBe(description);
    const chinese = path.startsWith('/zh-cn/');
    expect(await meta('meta[property="og:locale"]')).toBe(chinese ? 'zh_CN' : 'en_US');
    expect(await meta('meta[property="og:locale:alternate"]')).toBe(chinese ? 'en_US' : 'zh_CN');
    const image = new URL((await meta('meta[property="og:image"]'))!);
    expect(image.origin).toBe(siteUrl);
    const served = await request.get(image.pathname);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');

    // Policy pages, and only they, describe themselves as articles based on an upstream file.
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd).toHaveLength(policyPaths.includes(path) ? 1 : 0);
  });
}

for (const path of policyPaths) {
  test(`${path} carries JSON-LD with its language, upstream file at its commit, the commit's date where known, publisher and licence`, async ({
    reader: page,
  }) => {
    await page.goto(path);
    const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: await page.getByRole('heading', { level: 1 }).textContent(),
      inLanguage: path.startsWith('/zh-cn/') ? 'zh-CN' : 'en',
      url: `${siteUrl}${path}`,
      license: 'https://spdx.org/licenses/BSD-3-Clause.html',
      publisher: { '@type': 'Organization', url: siteUrl },
    });
    // The file at the commit the manifest names, never a branch's moving head or a capture.
    expect(article.isBasedOn).toMatch(
      /^https:\/\/github\.com\/(pytorch|Ascend)\/pytorch\/blob\/[0-9a-f]{40}\/(SECURITY|SECURITYNOTE)\.md$/,
    );
    if (path.includes('torch-npu')) {
      // The commit's date, shown on the page too, not the build's or a capture's: the newest release's.
      const newest = (
        JSON.parse(readFileSync(new URL('../../content/upstream/torch_npu.json', import.meta.url), 'utf-8')) as Array<{ date: string }>
      ).at(-1)!;
      expect(article.dateModified).toBe(newest.date.slice(0, 10));
      await expect(page.locator(`.upstream time[datetime="${article.dateModified}"]`).first()).toBeVisible();
    } else {
      // PyTorch's commit dates are not known: no date rather than a wrong one.
      expect(article.dateModified).toBeUndefined();
    }
    await expect(page.locator(`.upstream time[datetime="${article.lastReviewed}"]`).last()).toBeVisible();
  });
}

test("each policy page's title in the tab says whose policy it is", async ({ reader: page }) => {
  for (const [path, project] of [
    ['/pytorch/', 'PyTorch'],
    ['/zh-cn/pytorch/', 'PyTorch'],
    ['/pytorch/revisions/01f9ef32ea/', 'PyTorch'],
    ['/torch-npu/', 'TorchNPU'],
    ['/zh-cn/torch-npu/', 'TorchNPU'],
  ]) {
    await page.goto(path!);
    expect(await page.title(), path).toMatch(new RegExp(`^${project}`));
  }
});

// page-wide.spec.ts checks that the sitemap lists every built page.
test('robots.txt names the sitemap, which is served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});
