import { devices } from '@playwright/test';
import { expect, test } from '../fixtures';

const homes = [
  { path: '/', report: 'Report a PyTorch vulnerability', policies: ['/pytorch/', '/torch-npu/'] },
  { path: '/zh-cn/', report: '报告 PyTorch 漏洞', policies: ['/zh-cn/torch-npu/', '/zh-cn/pytorch/'] },
] as const;

for (const viewport of [devices['Desktop Chrome'].viewport, devices['Pixel 7'].viewport]) {
  for (const { path, report } of homes) {
    test(`${path} shows how to report a vulnerability without scrolling on a ${viewport.width}px screen`, async ({ reader: page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const link = page.getByRole('link', { name: report });
      await expect(link).toHaveAttribute('href', 'https://github.com/pytorch/pytorch/security/advisories/new');
      await expect(link).toBeInViewport();
    });
  }
}

for (const { path, policies } of homes) {
  test(`${path} links to every section of ${policies.join(' and ')}`, async ({ reader: page }) => {
    for (const policy of policies) {
      // Read the policy's sections from the page itself.
      await page.goto(policy);
      const sections = await page
        .locator('.sl-markdown-content')
        .getByRole('heading')
        .evaluateAll((headings) => headings.map((heading) => heading.id).filter((id) => id && id !== 'footnote-label'));
      expect(sections.length).toBeGreaterThan(0);

      await page.goto(path);
      const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const missing = sections.filter((id) => !hrefs.includes(`${policy}#${id}`));
      expect(missing, `sections of ${policy} with no link on ${path}`).toEqual([]);
    }
  });
}
