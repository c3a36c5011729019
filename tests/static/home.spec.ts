import { expect, test } from '@playwright/test';
import { attribute, builtPage, selectAll } from '../support/built-page';

// The home pages lead to every section of both policies; that the way to report a vulnerability
// shows without scrolling is tests/browser/home.spec.ts.
const homes = [
  { path: '/', policies: ['/pytorch/', '/torch-npu/'] },
  { path: '/zh-cn/', policies: ['/zh-cn/torch-npu/', '/zh-cn/pytorch/'] },
] as const;

for (const { path, policies } of homes) {
  test(`${path} links to every section of ${policies.join(' and ')}`, () => {
    const hrefs = selectAll('a[href]', builtPage(path)).map((link) => attribute(link, 'href'));
    for (const policy of policies) {
      // The policy's sections, read from its page.
      const sections = selectAll('.sl-markdown-content :is(h2, h3, h4, h5, h6)', builtPage(policy))
        .map((heading) => String(heading.properties.id ?? ''))
        .filter((id) => id && id !== 'footnote-label');
      expect(sections.length).toBeGreaterThan(0);
      expect(
        sections.filter((id) => !hrefs.includes(`${policy}#${id}`)),
        `sections of ${policy} with no link on ${path}`,
      ).toEqual([]);
    }
  });
}
