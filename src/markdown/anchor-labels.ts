import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const classesOf = (node: Element) => [node.properties.className ?? [], node.properties.class ?? []].flat().join(' ').split(/\s+/);
const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/**
 * Starlight names each heading's anchor link in the language of the page's file; an upstream text
 * is no page of Starlight's, so its links would be named in the default language, English, on a
 * Chinese text too. This names them in the text's own language (`heading.anchorLabel`).
 * @param label the link's accessible name for a heading's text
 */
export function anchorLabelsPlugin(label: (title: string) => string): HastPluginDefinition {
  return {
    name: 'site-anchor-labels',
    element: {
      filter: ['div'],
      visit(wrapper, ctx) {
        if (!classesOf(wrapper).includes('sl-heading-wrapper')) return;
        const heading = wrapper.children.find((child): child is Element => isElement(child) && /^h[1-6]$/.test(child.tagName));
        const link = wrapper.children.find((child): child is Element => isElement(child) && classesOf(child).includes('sl-anchor-link'));
        const name = link?.children.find((child): child is Element => isElement(child) && classesOf(child).includes('sr-only'));
        if (!heading || !link || !name) return;
        const renamed = { ...name, children: [{ type: 'text' as const, value: label(ctx.textContent(heading)) }] };
        ctx.replaceNode(wrapper, {
          ...wrapper,
          children: wrapper.children.map((child) =>
            child === link ? { ...link, children: link.children.map((c) => (c === name ? renamed : c)) } : child,
          ),
        });
      },
    },
  };
}
