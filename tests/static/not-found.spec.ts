import { expect, test } from '@playwright/test';
import { attribute, builtPage, folded, select, selectAll } from '../support/built-page';
import { dist, hostAnswer } from '../support/site-pages';

// A missing address gets the not-found page of its language, as a static host serves it (hostAnswer).
const missing = [
  {
    address: '/no-such-page/',
    page: '/404.html',
    lang: 'en',
    title: 'Page not found',
    policies: ['/pytorch/', '/torch-npu/', '/zh-cn/torch-npu/', '/zh-cn/pytorch/'],
  },
  {
    address: '/zh-cn/no-such-page/',
    page: '/zh-cn/404.html',
    lang: 'zh-CN',
    title: '未找到页面',
    policies: ['/zh-cn/torch-npu/', '/zh-cn/pytorch/', '/pytorch/', '/torch-npu/'],
  },
];

for (const { address, page, lang, title, policies } of missing) {
  test(`${address} answers 404 with a page in ${lang} that links both policies in both languages`, () => {
    expect(hostAnswer(address)).toEqual({ status: 404, file: `${dist}${page.slice(1)}` });
    const document = builtPage(page);
    expect(attribute(select('html', document)!, 'lang')).toBe(lang);
    expect(folded(select('title', document))).toMatch(new RegExp(`^${title} \\|`));
    expect(select('link[rel="canonical"]', document), 'a page served at any address names none as its own').toBeUndefined();
    const hrefs = selectAll('a[href]', document).map((link) => attribute(link, 'href'));
    for (const policy of policies) expect(hrefs, policy).toContain(policy);
  });
}
