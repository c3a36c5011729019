import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/**
 * On a page that is this site's translation, marks each section's heading (h2) with `text` (`Site
 * translation`, `本站译文`): a reader who arrives mid-page (a search hit, a section link, the
 * language picker) sees at once that the text is the site's, not upstream's. A heading in
 * Starlight's wrapper (`sl-heading-wrapper`, with its anchor link) gets the mark at the wrapper's
 * end, before the section links; a bare heading (a revision page's) gets it right after it.
 */
export function translationMarksPlugin(text: string): HastPluginDefinition {
  const mark = (): Element => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['translation-mark'], dataSiteNote: '' },
    children: [{ type: 'text', value: text }],
  });
  const isH2 = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'h2';
  // The headings a wrapper has marked; the wrapper is visited before the heading in it.
  const marked = new Set<string>();
  return {
    name: 'site-translation-marks',
    element: [
      {
        filter: ['div'],
        visit(wrapper, ctx) {
          const heading = wrapper.children.find(isH2);
          if (!heading) return;
          marked.add(String(heading.properties.id));
          ctx.replaceNode(wrapper, { ...wrapper, children: [...wrapper.children, mark()] });
        },
      },
      {
        filter: ['h2'],
        visit(heading, ctx) {
          if (!marked.has(String(heading.properties.id))) ctx.insertAfter(heading, mark());
        },
      },
    ],
  };
}
