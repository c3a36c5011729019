import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, docsPages, expect, notFoundPages, revisionSamples, test } from '../fixtures';

// The checks that hold for a whole page, run once for each page in each theme. The page fixture
// fails the test on any console error, uncaught exception, Content-Security-Policy violation,
// failed request or request to another host, while the page loads, switches theme and searches.
// Other tests look at one thing each and leave these to this file.

/**
 * axe-core's WCAG 2.1 A and AA rules, and its experimental ones: axe ships some rules (such as
 * label-content-name-mismatch, WCAG 2.5.3 Label in Name, level A) as experimental, and runs them
 * only when asked for.
 */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'experimental'];
/** The WCAG 2.1 AA rules whose outcome depends on colours, so on the theme. */
const themeRules = ['color-contrast', 'link-in-text-block'];

test('the sitemap lists every built page but the not-found pages', () => {
  const htmlFiles = readdirSync(new URL('../../dist/', import.meta.url), { recursive: true, encoding: 'utf-8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((path) => !notFoundPages.includes(path))
    .sort();
  expect(builtPages).toEqual(htmlFiles);
});

for (const path of [...docsPages, ...revisionSamples, ...notFoundPages]) {
  const chinese = path.startsWith('/zh-cn/');
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} in the ${theme} theme: works under its policy, passes axe, outlines and searches`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

      // The reader picks the theme; the page takes it at once.
      await page.getByRole('combobox', { name: chinese ? '选择主题' : 'Select theme' }).selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      // All of WCAG 2.1 A and AA in the light theme; in the dark one, the rules a theme can change.
      const axe = new AxeBuilder({ page });
      const { violations } = await (theme === 'light' ? axe.withTags(wcag21aa) : axe.withRules(themeRules)).analyze();
      const report = violations.map(({ id, help, nodes }) => `${id} (${help}): ${nodes.map(({ target }) => target.join(' ')).join(' | ')}`);
      expect(report, `axe: ${theme === 'light' ? 'WCAG 2.1 A and AA' : themeRules.join(', ')}`).toEqual([]);

      if (theme === 'light') {
        // Heading levels never skip one.
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
        expect(
          outline.filter((_, i) => i > 0 && headings[i]!.level > headings[i - 1]!.level + 1),
          outline.join('\n'),
        ).toEqual([]);

        // Every code block, in the policy text or a tool's output, has its copy button.
        const blocks = page.locator('main pre');
        for (const block of await blocks.all()) {
          // A block in a tab panel shows once its tab is chosen.
          const tab = await block.evaluate((pre) => {
            const panel = pre.closest('[role="tabpanel"]');
            return panel && document.getElementById(panel.getAttribute('aria-labelledby')!)!.textContent;
          });
          if (tab) await page.getByRole('tab', { name: tab, exact: true }).click();
          await expect(block.locator('xpath=..').getByRole('button', { name: chinese ? '复制' : 'Copy' })).toBeVisible();
        }
      } else {
        await page
          .getByRole('banner')
          .getByRole('button', { name: chinese ? '搜索 Ctrl K' : 'Search Ctrl K', exact: true })
          .click();
        await page
          .getByRole('dialog')
          .getByRole('searchbox')
          .fill(chinese ? '安全' : 'security');
        // The first search of a page fetches Pagefind's index and WebAssembly: on a busy 2-core machine, seconds.
        await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible({ timeout: 15_000 });
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      }
      await page.waitForLoadState('networkidle');
    });
  }
}
