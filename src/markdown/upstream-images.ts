import type { MdastPluginDefinition } from 'satteri';

/**
 * An upstream text's picture this site does not have (torch_npu's `./figures/cve.png`, the
 * vulnerability process): the reader gets its alt text, which is upstream's, and a link to the
 * picture in the upstream repository at the revision's commit, marked as the site's own words,
 * in place of an image that cannot load.
 *
 * @param pictureAt the picture's address upstream, from its relative path in the text
 * @param words the link's text, in the text's language
 */
export function upstreamImagesPlugin(pictureAt: (relativePath: string) => string, words: string): MdastPluginDefinition {
  return {
    name: 'site-upstream-images',
    image(node, ctx) {
      if (/^[a-z]+:/i.test(node.url)) return;
      const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
      ctx.replaceNode(node, {
        type: 'html',
        value: `${escapeHtml(node.alt ?? '')} <a href="${encodeURI(pictureAt(node.url))}" data-site-note>${escapeHtml(words)}</a>`,
      });
    },
  };
}
