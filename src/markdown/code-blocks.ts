import type { HastPluginDefinition } from 'satteri';
import { codeBlock, type CopyLabels } from '../lib/code-block';

/**
 * Gives every code block of a Markdown or MDX page its copy button (src/lib/code-block.ts), the
 * same block the tools' components render, so no code block on the site goes without one.
 */
export function codeBlocksPlugin(labels: CopyLabels): HastPluginDefinition {
  return {
    name: 'site-code-blocks',
    element: {
      filter: ['pre'],
      visit(pre, ctx) {
        // Satteri hands a read-only view; the block is built around a shallow copy that keeps the children.
        ctx.replaceNode(pre, codeBlock({ ...pre, properties: { ...pre.properties } }, labels));
      },
    },
  };
}
