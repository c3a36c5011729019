import type { MdastPluginDefinition } from 'satteri';

/**
 * A placeholder in capitals written like a tag in an upstream text (torch_npu's `--log <FILE>`)
 * is text the author means the reader to see, not HTML: it is kept as text, as the policy pages
 * show it, instead of becoming an unknown element that shows nothing.
 */
export const upstreamPlaceholdersPlugin: MdastPluginDefinition = {
  name: 'site-upstream-placeholders',
  html(node, ctx) {
    if (/^<[A-Z][A-Z0-9_]*>$/.test(node.value)) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
};
