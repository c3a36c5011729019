import type { HastPluginDefinition } from 'satteri';

/**
 * An upstream text as a page of this site: its title (the first `#` heading) becomes the page's
 * title, so it leaves the body, and a heading never sits more than one level below the one before
 * it (the torch_npu statement puts its tables' `#####` headings straight under `##`), as on the
 * policy pages. Nothing else of the text changes.
 */
export function upstreamOutlinePlugin(): HastPluginDefinition {
  let previous = 1;
  let titleSeen = false;
  return {
    name: 'site-upstream-outline',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(heading, ctx) {
        const depth = Number(heading.tagName.slice(1));
        if (depth === 1 && !titleSeen) {
          titleSeen = true;
          ctx.removeNode(heading);
          return;
        }
        const level = Math.min(depth, previous + 1);
        previous = level;
        if (level !== depth) ctx.replaceNode(heading, { ...heading, tagName: `h${level}` });
      },
    },
  };
}
