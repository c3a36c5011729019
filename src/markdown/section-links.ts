import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import type { Heading } from '../lib/sections';

/** What a policy page needs to tie each section to the same section in the other language. */
export interface SectionLinks {
  /** Heading id → section key (src/lib/sections.ts `sectionKeys`). */
  keys: Map<string, string>;
  /** The other language's page, e.g. `/zh-cn/pytorch/`. */
  counterpartPath: string;
  /** Its language, for `hreflang`, e.g. `zh-CN`. */
  counterpartLang: string;
  /**
   * The link's visible text, in the page's language, saying what it leads to: `Chinese
   * translation` on an original, `英文原文` on a translation.
   */
  text: string;
  /** The link's accessible name for a section title; it starts with `text` (WCAG 2.5.3, Label in Name). */
  label: (title: string) => string;
}

const isHeading = (node: Element['children'][number]): node is Element => node.type === 'element' && /^h[2-6]$/.test(node.tagName);

const textOf = (node: Element['children'][number]): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * Marks each section of a policy page with its section key and adds, after Starlight's anchor
 * link, a link to the same section in the other language (marked as the site's own). A
 * translation's heading keeps its own id; the original's id, on the heading's wrapper, leads there
 * too. Runs after Starlight's heading links (`sl-heading-wrapper`).
 */
export function sectionLinksPlugin(links: (headings: Heading[]) => SectionLinks): HastPluginDefinition {
  let section: SectionLinks | undefined;
  return {
    name: 'site-section-links',
    before(_root, ctx) {
      // The headings so far, with their ids: Starlight's heading-id pass ran before this plugin.
      section = links((ctx.data.astro as { headings: Heading[] }).headings);
    },
    element: {
      filter: ['div'],
      visit(wrapper, ctx) {
        const heading = wrapper.children.find(isHeading);
        const id = heading && String(heading.properties.id);
        const key = id && section?.keys.get(id);
        if (!heading || !key || !section) return;
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['section-language-link'],
            dataSiteNote: '',
            href: `${section.counterpartPath}#${key}`,
            hrefLang: section.counterpartLang,
            ariaLabel: section.label(textOf(heading)),
          },
          children: [{ type: 'text', value: section.text }],
        };
        ctx.replaceNode(wrapper, {
          ...wrapper,
          // The original's heading id is its key already; a translation's wrapper carries the key.
          properties: { ...wrapper.properties, dataSectionKey: key, ...(key !== id && { id: key }) },
          children: [...wrapper.children, link],
        });
      },
    },
  };
}
