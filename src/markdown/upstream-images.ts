import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';

/** Where the Markdown phase tells the HTML phase which links it made (Sätteri's document data bag). */
const madeLinks = 'sitePictureLinks';

/**
 * An upstream text's picture this site does not have (torch_npu's `./figures/cve.png`, the
 * vulnerability process): the reader gets its alt text, which is upstream's, and a link to the
 * picture in the upstream repository at the revision's commit, marked as the site's own words,
 * in place of an image that cannot load. The picture is replaced in the Markdown, before Astro
 * looks for local images; the link is marked as the site's after the text's HTML is filtered
 * (src/markdown/upstream-sanitize.ts), which would remove a mark the text itself carried.
 *
 * @param pictureAt the picture's address upstream, from its relative path in the text
 * @param words the link's text, in the text's language
 */
export function upstreamImagesPlugin(pictureAt: (relativePath: string) => string, words: string): MdastPluginDefinition {
  return {
    name: 'site-upstream-images',
    image(node, ctx) {
      if (/^[a-z]+:/i.test(node.url)) return;
      const url = encodeURI(pictureAt(node.url));
      ctx.data[madeLinks] = [...((ctx.data[madeLinks] ?? []) as string[]), url];
      ctx.replaceNode(node, [
        { type: 'text', value: `${node.alt ?? ''} ` },
        { type: 'link', url, children: [{ type: 'text', value: words }] },
      ]);
    },
  };
}

/** Marks the links `upstreamImagesPlugin` made as the site's words (`data-site-note`). */
export const upstreamImageLinksPlugin: HastPluginDefinition = {
  name: 'site-upstream-image-links',
  element: {
    filter: ['a'],
    visit(link, ctx) {
      const made = (ctx.data[madeLinks] ?? []) as string[];
      if (made.includes(String(link.properties.href))) ctx.setProperty(link, 'dataSiteNote', '');
    },
  },
};
