import type { HastPluginDefinition } from 'satteri';

/**
 * Starlight gives every heading's anchor link its own copy of the link icon, an SVG path of 550
 * bytes: on a statement with 27 headings, 2 KB of the 30 KB a page may weigh before it loads. The
 * first icon keeps the path as a `<symbol>`; every icon, that one included, draws it with `<use>`.
 * The page looks the same.
 */
export function anchorIconsPlugin(): HastPluginDefinition {
  const symbolId = 'site-anchor-icon';
  let defined = false;
  return {
    name: 'site-anchor-icons',
    element: {
      filter: ['span'],
      visit(span, ctx) {
        // Starlight's heading links write `class`, not `className`.
        const classes = [span.properties?.className ?? [], span.properties?.class ?? []].flat().join(' ').split(/\s+/);
        if (!classes.includes('sl-anchor-icon')) return;
        const svg = span.children.find((child) => child.type === 'element' && child.tagName === 'svg');
        if (svg?.type !== 'element') return;
        const { viewBox, ...size } = svg.properties ?? {};
        const use = { type: 'element' as const, tagName: 'use', properties: { href: `#${symbolId}` }, children: [] };
        const symbol = { type: 'element' as const, tagName: 'symbol', properties: { id: symbolId, viewBox }, children: svg.children };
        ctx.replaceNode(span, {
          ...span,
          children: [{ ...svg, properties: size, children: defined ? [use] : [symbol, use] }],
        });
        defined = true;
      },
    },
  };
}
