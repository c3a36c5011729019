import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteUrl } from '../../src/site-config';
import { attribute, builtPage, folded, type Root, select, selectAll, textOf } from '../support/built-page';
import { builtPages, docsPages, policyPages } from '../support/published';
import { dist, hostAnswer } from '../support/site-pages';

// What search engines and link previews read, from the built pages.
const policyPaths: string[] = policyPages.flatMap(({ path, translation }) => [path, translation]);
const meta = (document: Root, selector: string) => {
  const element = select(selector, document);
  return element && attribute(element, 'content');
};

test('every page has a title of its own, a description of 50 to 160 characters and its canonical URL', () => {
  const titles = builtPages.map((path) => folded(select('title', builtPage(path))));
  expect(titles.filter((title, i) => !title || titles.indexOf(title) !== i)).toEqual([]);
  for (const path of builtPages) {
    const document = builtPage(path);
    const description = meta(document, 'meta[name="description"]') ?? '';
    expect([...description].length, `description of ${path}: “${description}”`).toBeGreaterThanOrEqual(50);
    expect([...description].length, `description of ${path}: “${description}”`).toBeLessThanOrEqual(160);
    expect(
      selectAll('link[rel="canonical"]', document).map((link) => attribute(link, 'href')),
      path,
    ).toEqual([`${siteUrl}${encodeURI(path)}`]);
    expect(select('meta[name="robots"]', document), `${path}: no page asks not to be indexed`).toBeUndefined();
  }
});

for (const path of docsPages) {
  test(`${path} has Open Graph tags in its language, with a share image the site serves`, () => {
    const document = builtPage(path);
    expect(meta(document, 'meta[property="og:title"]')).toBeTruthy();
    expect(meta(document, 'meta[property="og:description"]')).toBe(meta(document, 'meta[name="description"]'));
    const chinese = path.startsWith('/zh-cn/');
    expect(meta(document, 'meta[property="og:locale"]')).toBe(chinese ? 'zh_CN' : 'en_US');
    expect(meta(document, 'meta[property="og:locale:alternate"]')).toBe(chinese ? 'en_US' : 'zh_CN');
    const image = new URL(meta(document, 'meta[property="og:image"]')!);
    expect(image.origin).toBe(siteUrl);
    const served = hostAnswer(image.pathname);
    expect(served.status).toBe(200);
    // A PNG by its signature, whatever its name says.
    expect(readFileSync((served as { file: string }).file).subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    // Policy pages, and only they, describe themselves as articles based on an upstream file.
    expect(selectAll('script[type="application/ld+json"]', document)).toHaveLength(policyPaths.includes(path) ? 1 : 0);
  });
}

for (const path of policyPaths) {
  test(`${path} carries JSON-LD with its language, upstream file at its commit, the commit's date where known, publisher and licence`, () => {
    const document = builtPage(path);
    const article = JSON.parse(textOf(select('script[type="application/ld+json"]', document)));
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: textOf(select('h1', document)),
      inLanguage: path.startsWith('/zh-cn/') ? 'zh-CN' : 'en',
      url: `${siteUrl}${path}`,
      license: 'https://spdx.org/licenses/BSD-3-Clause.html',
      publisher: { '@type': 'Organization', url: siteUrl },
    });
    // The file at the commit the manifest names, never a branch's moving head or a capture.
    expect(article.isBasedOn).toMatch(
      /^https:\/\/github\.com\/(pytorch|Ascend)\/pytorch\/blob\/[0-9a-f]{40}\/(SECURITY|SECURITYNOTE)\.md$/,
    );
    const shownDates = selectAll('.upstream time', document).map((time) => attribute(time, 'datetime'));
    if (path.includes('torch-npu')) {
      // The commit's date, shown on the page too, not the build's or a capture's: the newest release's.
      const newest = (
        JSON.parse(readFileSync(new URL('../../content/upstream/torch_npu.json', import.meta.url), 'utf-8')) as Array<{ date: string }>
      ).at(-1)!;
      expect(article.dateModified).toBe(newest.date.slice(0, 10));
      expect(shownDates[0]).toBe(article.dateModified);
    } else {
      // PyTorch's commit dates are not known: no date rather than a wrong one.
      expect(article.dateModified).toBeUndefined();
    }
    expect(shownDates.at(-1)).toBe(article.lastReviewed);
  });
}

test("each policy page's title in the tab says whose policy it is", () => {
  for (const [path, project] of [
    ['/pytorch/', 'PyTorch'],
    ['/zh-cn/pytorch/', 'PyTorch'],
    ['/pytorch/revisions/01f9ef32ea/', 'PyTorch'],
    ['/torch-npu/', 'TorchNPU'],
    ['/zh-cn/torch-npu/', 'TorchNPU'],
  ] as const) {
    expect(folded(select('title', builtPage(path))), path).toMatch(new RegExp(`^${project}`));
  }
});

test('robots.txt names the sitemap, which the site serves', () => {
  expect(readFileSync(`${dist}robots.txt`, 'utf-8')).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
  expect(hostAnswer('/sitemap-index.xml').status).toBe(200);
});
