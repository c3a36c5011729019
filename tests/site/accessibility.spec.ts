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
    const headings = await page
      .locator('main')
      .getByRole('heading')
      .evaluateAll((elements) =>
        elements.map((heading) => ({
          level: Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)),
          text: heading.textContent?.trim(),
        })),
      );
    const outline = headings.map(({ level, text }) => `h${level} ${text}`);
    expect(
      headings.every(({ level }) => level >= 1 && level <= 6),
      outline.join('\n'),
    ).toBe(true);
    const skips = outline.filter((_, i) => i > 0 && headings[i]!.level > headings[i - 1]!.level + 1);
    expect(skips, outline.join('\n')).toEqual([]);
  });
}
