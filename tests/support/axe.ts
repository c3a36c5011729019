// axe-core run in a page as its own API documents it (axe.run), its source injected once per
// document: @axe-core/playwright's AxeBuilder injects it on every run, and then aggregates the
// results in a blank page of its own, which costs these machines a second a run.
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.1 A and AA, and axe's experimental rules (some, such as label-content-name-mismatch for WCAG 2.5.3, ship as experimental). */
export const wcag21aa: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'experimental'] },
  // hidden-content (experimental) never finds a violation: it lists hidden elements for a person to review.
  rules: { 'hidden-content': { enabled: false } },
};

/** The WCAG 2.1 AA rules whose outcome depends on colours, so on the theme. */
export const colourRules: axe.RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };

/**
 * The violations axe finds in the page as it is now, one line each: rule, help, and the elements.
 * @param within a CSS selector to check only that part of the page (the whole document if left out)
 */
export async function axeViolations(page: Page, options: axe.RunOptions, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { violations } = await page.evaluate(
    ([context, runOptions]) => (window as unknown as { axe: typeof axe }).axe.run(context ? { include: [context] } : document, runOptions),
    [within ?? null, options] as const,
  );
  return violations.map(({ id, help, nodes }) => `${id} (${help}): ${nodes.map(({ target }) => target.join(' ')).join(' | ')}`);
}
