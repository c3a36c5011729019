import type { HastPluginDefinition } from 'satteri';

/**
 * A printed link shows its address after its text (src/styles/print.css), unless its text is the
 * address already (a bare URL in the policy): this marks those, so print does not show it twice.
 */
export const printedLinksPlugin: HastPluginDefinition = {
  name: 'site-printed-links',
  element: {
    filter: ['a'],
    visit(link, ctx) {
      if (link.properties.href !== undefined && ctx.textContent(link) === link.properties.href) {
        ctx.setProperty(link, 'dataShowsAddress', '');
      }
    },
  },
};
