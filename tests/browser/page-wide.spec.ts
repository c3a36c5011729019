import { expect, representatives, test } from '../fixtures';
import { axeViolations, colourRules, wcag21aa } from '../support/axe';

// What holds for a whole page and needs a browser, on one page of each kind and language, each
// loaded once: it works under its policy (no console error, uncaught exception,
// Content-Security-Policy violation, failed request or request to another host: the fixture), passes axe in both themes, its copy buttons show once their script runs, and its search
// answers in its language. Every page's markup (outline, copy buttons, labels) is read by the
// static tier; every page's console is watched by the layout sweep.

const pages = Object.values(representatives).flat();
/**
 * The pages that also search: one of each kind, the languages taken in turn. The dialog is one
 * component on every page, loaded from one bundle; the static tier reads every page's button,
 * dialog and strings, and tests/browser/search*.spec.ts search from pages of both languages.
 */
const searchingPages = new Set(Object.values(representatives).map((paths, i) => paths[i % paths.length]!));

for (const path of pages) {
  const chinese = path.startsWith('/zh-cn/');
  const searches = searchingPages.has(path);
  test(`${path} works under its policy, passes axe in both themes${searches ? ', shows its copy buttons and searches' : ' and shows its copy buttons'}`, async ({
    reader: page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // All of WCAG 2.1 A and AA in the light theme.
    const theme = page.getByRole('combobox', { name: chinese ? '选择主题' : 'Select theme' });
    await theme.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page, wcag21aa), 'axe, light: WCAG 2.1 A and AA').toEqual([]);

    // The reader picks the dark theme; the page takes it at once, and its colours still pass.
    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page, colourRules), 'axe, dark: the rules a theme can change').toEqual([]);

    // Every code block, in the policy text or a tool's output, shows its copy button.
    for (const block of await page.locator('main pre').all()) {
      // A block in a tab panel shows once its tab is chosen.
      const tab = await block.evaluate((pre) => {
        const panel = pre.closest('[role="tabpanel"]');
        return panel && document.getElementById(panel.getAttribute('aria-labelledby')!)!.textContent;
      });
      if (tab) await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(block.locator('xpath=..').getByRole('button', { name: chinese ? '复制' : 'Copy' })).toBeVisible();
    }

    if (!searches) return;
    // Search, in the page's language: a word no page has says so; one every page has finds pages.
    await page
      .getByRole('banner')
      .getByRole('button', { name: chinese ? '搜索 Ctrl K' : 'Search Ctrl K', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: chinese ? '搜索' : 'Search' });
    await expect(dialog.getByRole('search', { name: chinese ? '搜索本站' : 'Search this site' })).toBeVisible();
    await dialog.getByRole('searchbox').fill('zzzzzz');
    await expect(dialog.getByRole('status')).toHaveText(chinese ? '未找到“zzzzzz”的相关结果' : 'No results for “zzzzzz”');
    await dialog.getByRole('searchbox').fill(chinese ? '安全' : 'security');
    // The first search of a page fetches Pagefind's index and WebAssembly: on a busy 2-core machine, seconds.
    await expect(dialog.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}
