import type { Page } from '@playwright/test';

/**
 * The colour a CSS expression (`var(--sl-color-red)`) computes to on the page now, in the page's
 * current theme, as `getComputedStyle` writes colours (`rgb(…)`): what a test compares an
 * element's computed colour with.
 */
export function computedColour(page: Page, expression: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, expression);
}
