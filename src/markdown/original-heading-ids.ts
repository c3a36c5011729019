import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';

/**
 * A translation's headings take the ids of the original's, in order, so the links the text makes
 * to its own sections (`[文件权限参考](#文件权限参考)`), which the translation keeps, still land, and
 * a section has one address in both languages; the id of the heading's own words is kept as an
 * alias. The text's title (its first `#` heading), which
 * the page shows apart, is not counted, as upstream-outline.ts removes it.
 *
 * @param ids the original's heading ids, in order, without the title's
 * @throws Error when the translation has more headings than the original (the loader,
 *   src/loaders/policy-translations.ts, checks that it has no fewer)
 */
export function originalHeadingIdsPlugin(ids: string[], file: string): HastPluginDefinition {
  let next = 0;
  let titleSeen = false;
  const slugger = new GithubSlugger();
  return {
    name: 'site-original-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(heading, ctx) {
        if (heading.tagName === 'h1' && !titleSeen) {
          titleSeen = true;
          return;
        }
        const id = ids[next++];
        if (id === undefined)
          throw new Error(
            `${file}: the translation has more headings than the original (${ids.length}); a unit translates a heading into two, or a paragraph into a heading.`,
          );
        // The id the heading's own words would give it, which this page's earlier versions used:
        // an empty anchor inside the heading keeps those addresses, and citations of them, working.
        const own = slugger.slug(ctx.textContent(heading));
        const alias =
          own !== id && !ids.includes(own) ? [{ type: 'element' as const, tagName: 'span', properties: { id: own }, children: [] }] : [];
        ctx.replaceNode(heading, { ...heading, properties: { ...heading.properties, id }, children: [...alias, ...heading.children] });
      },
    },
  };
}
