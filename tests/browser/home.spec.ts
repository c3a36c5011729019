import { devices } from '@playwright/test';
import { expect, test } from '../fixtures';

// How to report a vulnerability is the first thing a home page offers, on any screen.
const homes = [
  { path: '/', report: 'Report a PyTorch vulnerability' },
  { path: '/zh-cn/', report: '报告 PyTorch 漏洞' },
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
