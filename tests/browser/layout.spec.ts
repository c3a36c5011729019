import { allPages, expect, test } from '../fixtures';

// Every page, at every width a reader brings: the page never scrolls sideways, no text is clipped by
// its box, every table cell is on screen (or in a scroll container that says it scrolls), and on
// phones every tap target is at least 24 × 24 px (WCAG 2.5.8). The measures run in the page,
// written here from the browser's own geometry, not from the site's code. Geometry is measured in
// the light theme only: a theme changes colours, not sizes (the dark theme's colours are axe's, in
// page-wide.spec.ts). Each page is loaded once, and what no page may do while it loads (a console
// error, a refused script, a failed request) is checked here on every page.

/**
 * Desktop (1280, 1024), tablet (768) and phone (390, 320) widths, in CSS pixels, widest first: a
 * page opens at the reader page's 1280 × 720 (tests/fixtures.ts), so the first is measured as loaded.
 */
const widths = [1280, 1024, 768, 390, 320];
const height = 720;
/** Below this width a reader taps: targets must be at least 24 × 24 px (WCAG 2.2, 2.5.8, AA). */
const phoneWidth = 768;
const minimumTarget = 24;

/** What is wrong with the layout of the page at this width, one line per problem. */
function layoutProblems({ checkTargets, minimumTarget }: { checkTargets: boolean; minimumTarget: number }): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const nameOf = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    return `<${element.tagName.toLowerCase()}${id}${classes}> "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  };
  const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
  // Visually hidden on purpose (screen-reader text): a box of a pixel or clipped to nothing.
  const visuallyHidden = (element: Element) => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const box = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if ((box.width <= 1 && box.height <= 1) || style.clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  const scrolls = (style: CSSStyleDeclaration) => ['auto', 'scroll'].includes(style.overflowX);
  // A scroll container says it scrolls: a named region the keyboard can reach, as WAI's tables tutorial has it.
  const saysItScrolls = (element: Element) =>
    element.getAttribute('role') === 'region' &&
    (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby')) &&
    (element as HTMLElement).tabIndex >= 0;

  // 1. The page never scrolls sideways.
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > viewport + 1) {
    const widest = [...document.body.querySelectorAll('*')]
      .filter((e) => shown(e) && e.getBoundingClientRect().right > viewport + 1)
      .filter((e) => ![...e.children].some((child) => child.getBoundingClientRect().right > viewport + 1))
      .slice(0, 3)
      .map(nameOf);
    problems.push(`the page is ${pageWidth} px wide in a ${viewport} px viewport: ${widest.join(', ')}`);
  }

  for (const element of document.body.querySelectorAll('*')) {
    if (!shown(element)) continue;
    const style = getComputedStyle(element);
    const clipsX = style.overflowX !== 'visible';
    const clipsY = style.overflowY !== 'visible';
    // 2. No text is clipped by its box: a box that hides what overflows it, or scrolls without saying so.
    if ((clipsX || clipsY) && element.textContent?.trim() && !visuallyHidden(element)) {
      const overX = clipsX && element.scrollWidth > element.clientWidth + 1;
      const overY = clipsY && !scrolls(style) && element.scrollHeight > element.clientHeight + 1;
      if (overX && scrolls(style) && !saysItScrolls(element)) {
        const right = element.getBoundingClientRect().right;
        const widest = [...element.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right + 1).at(-1);
        problems.push(
          `scrolls sideways without saying so (${element.scrollWidth} px in ${element.clientWidth} px): ${nameOf(element)}${widest ? `, past its edge: ${nameOf(widest)}` : ''}`,
        );
      } else if ((overX && !scrolls(style)) || overY) {
        problems.push(
          `clips its text (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}): ${nameOf(element)}`,
        );
      }
    }
    if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`cuts its text with an ellipsis: ${nameOf(element)}`);
    }
  }

  // 3. Every table cell is inside the viewport or inside a scroll container that says it scrolls.
  for (const cell of document.querySelectorAll('td, th')) {
    if (!shown(cell) || visuallyHidden(cell)) continue;
    const box = cell.getBoundingClientRect();
    if (box.left >= -1 && box.right <= viewport + 1) continue;
    let container = cell.parentElement;
    while (container && !scrolls(getComputedStyle(container))) container = container.parentElement;
    if (!container || !saysItScrolls(container))
      problems.push(`a table cell is off-screen (${Math.round(box.left)}–${Math.round(box.right)} px): ${nameOf(cell)}`);
  }

  // 4. On phones, tap targets are 24 × 24 px or more (WCAG 2.5.8), but for its exceptions: a link
  // inside a sentence (inline), and a smaller target whose 24 px circle touches no other target (spacing).
  if (checkTargets) {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';
    const boxes = [...document.querySelectorAll(selector)]
      .filter((target) => shown(target) && !visuallyHidden(target))
      .map((target) => ({ target, box: target.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 || box.height > 0);
    const small = (box: DOMRect) => box.width < minimumTarget - 0.5 || box.height < minimumTarget - 0.5;
    const center = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const distanceToBox = ({ x, y }: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    for (const { target, box } of boxes) {
      if (!small(box)) continue;
      const inSentence =
        getComputedStyle(target).display === 'inline' &&
        (target.parentElement?.textContent ?? '').trim().length > (target.textContent ?? '').trim().length;
      if (inSentence) continue;
      const c = center(box);
      const crowded = boxes.some(
        (other) =>
          other.target !== target &&
          !other.target.contains(target) &&
          !target.contains(other.target) &&
          (small(other.box)
            ? Math.hypot(center(other.box).x - c.x, center(other.box).y - c.y) < minimumTarget
            : distanceToBox(c, other.box) < minimumTarget / 2),
      );
      if (crowded)
        problems.push(
          `a tap target of ${Math.round(box.width)}×${Math.round(box.height)} px, closer than 24 px to another: ${nameOf(target)}`,
        );
    }
  }
  return problems;
}

for (const path of allPages) {
  test(`${path} reads at every width, and loads without a problem`, async ({ reader }) => {
    await reader.goto(path);
    const problems: string[] = [];
    for (const width of widths) {
      if (reader.viewportSize()?.width !== width) await reader.setViewportSize({ width, height });
      // No frame to wait for: reading styles and boxes lays the page out at its new width first.
      const found = await reader.evaluate(layoutProblems, { checkTargets: width < phoneWidth, minimumTarget });
      problems.push(...found.map((problem) => `${width} px: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
}
