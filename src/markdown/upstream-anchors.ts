import type { HastPluginDefinition } from 'satteri';

/**
 * PyTorch's SECURITY.md links two anchors no heading of it has: `#reporting-a-vulnerability` (it
 * means "Reporting Security Issues") and `#untrusted-inputs` (it means "Untrusted inputs during
 * training and prediction"). A site note on /pytorch/ says so (content/notes/pytorch.yaml); every
 * page of the text, in either language, puts each anchor at the section it means, so the text's
 * own links lead somewhere. By heading id: a translation keeps the original's ids.
 */
const aliases: Record<string, string> = {
  'reporting-security-issues': 'reporting-a-vulnerability',
  'untrusted-inputs-during-training-and-prediction': 'untrusted-inputs',
};

export const upstreamAnchorsPlugin: HastPluginDefinition = {
  name: 'site-upstream-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(heading, ctx) {
      const alias = aliases[String(heading.properties.id)];
      // Inside the heading, as the translations' aliases are (original-heading-ids.ts): Starlight's
      // heading wrapper lays its children out in a row, where an element of its own would be a gap.
      if (alias) ctx.prependChild(heading, { type: 'element', tagName: 'span', properties: { id: alias }, children: [] });
    },
  },
};
