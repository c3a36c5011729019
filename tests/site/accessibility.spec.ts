import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, notFoundPages, test } from '../fixtures';

// axe-core's WCAG 2.1 A and AA rules, on every page, in both themes.
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const path of [...builtPages, ...notFoundPages]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} in the ${theme} theme: axe finds no WCAG 2.1 A or AA violation`, async ({ page }) => {
      // Starlight reads the chosen theme from localStorage before the page paints.
      await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
      const report = violations.map(({ id, help, nodes }) => `${id} (${help}): ${nodes.map(({ target }) => target.join(' ')).join(' | ')}`);
      expect(report).toEqual([]);
    });
  }
}

for (const path of [...builtPages, ...notFoundPages]) {
  test(`${path}: heading levels never skip one`, async ({ page }) => {
    await page.goto(path);
    const levels = await page.locator('main').getByRole('heading').evaluateAll((headings) =>
      headings.map((heading) => `${heading.tagName} ${heading.textContent?.trim()}`),
    );
    const skips = levels.filter((heading, i) => i > 0 && Number(heading[1]) > Number(levels[i - 1]![1]) + 1);
    expect(skips, levels.join('\n')).toEqual([]);
  });
}
