import type { HastPluginDefinition } from 'satteri';

/**
 * PyTorch's SECURITY.md links two anchors no heading of it has: `#reporting-a-vulnerability` (it
 * means "Reporting Security Issues") and `#untrusted-inputs` (it means "Untrusted inputs during
 * training and prediction"). As on /pytorch/, where a site note says so, the revision pages put
 * each anchor at the section it means, so the text's own links lead somewhere.
 */
const aliases: Record<string, string> = {
  'Reporting Security Issues': 'reporting-a-vulnerability',
  'Untrusted inputs during training and prediction': 'untrusted-inputs',
};

export const upstreamAnchorsPlugin: HastPluginDefinition = {
  name: 'site-upstream-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(heading, ctx) {
      // By the heading's text: the ids are given after this plugin runs.
      const alias = aliases[ctx.textContent(heading).trim()];
      if (alias) ctx.insertBefore(heading, { type: 'element', tagName: 'span', properties: { id: alias }, children: [] });
    },
  },
};
