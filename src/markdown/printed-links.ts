import type { HastPluginDefinition } from 'satteri';
import { readableUrl } from '../lib/readable-url';

/**
 * A printed link shows its address after its text (src/styles/print.css). For that address to
 * read the same on every page, each link's `href` is written with its characters, not their
 * percent-encoding (`/torch-npu/#通信矩阵信息`, as the site's components write them; Markdown
 * encodes them). A link whose text is its address already (a bare URL in the policy) is marked,
 * so print does not show it twice.
 */
export const printedLinksPlugin: HastPluginDefinition = {
  name: 'site-printed-links',
  element: {
    filter: ['a'],
    visit(link, ctx) {
      if (typeof link.properties.href !== 'string') return;
      const href = readableUrl(link.properties.href);
      if (href !== link.properties.href) ctx.setProperty(link, 'href', href);
      if (readableUrl(ctx.textContent(link)) === href) ctx.setProperty(link, 'dataShowsAddress', '');
    },
  },
};
