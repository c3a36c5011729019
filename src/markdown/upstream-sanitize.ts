import type { Element, Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
import type { HastPluginDefinition } from 'satteri';
import { visit } from 'unist-util-visit';

/**
 * What an upstream text may bring to a page: GitHub's allowlist, as hast-util-sanitize writes it
 * (its `defaultSchema` follows github.com's HTML sanitization), so that a text shows here no more
 * HTML than on GitHub or gitcode: no script, style, meta, base, iframe, object, form or event
 * handler, and links and images only to http(s), mailto and relative addresses.
 *
 * One difference, for ids: GitHub prefixes every `id` with `user-content-` and lets its own script
 * find `#name` at `#user-content-name`. This site has no such script: the texts' in-page links
 * (`[文件权限参考](#文件权限参考)`) must reach their headings and `<a id>` anchors as written, so ids
 * are kept. `name`, which can shadow a property of `document`, is still prefixed.
 */
export const upstreamSchema: Schema = {
  ...defaultSchema,
  clobber: ['name'],
  // A style element goes with its rules, as a script goes with its code, rather than leave them as text.
  strip: [...(defaultSchema.strip ?? []), 'style'],
};

/** What the sanitizer took out of a text: each element and attribute by name, with how often. */
export interface Removed {
  elements: Map<string, number>;
  attributes: Map<string, number>;
}

/** Each element and `element[attribute]` in a tree, counted. */
function inventory(tree: Nodes): Removed {
  const found: Removed = { elements: new Map(), attributes: new Map() };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  visit(tree, 'element', (element: Element) => {
    add(found.elements, element.tagName);
    for (const [name, value] of Object.entries(element.properties)) {
      if (value !== undefined && value !== null && value !== false) add(found.attributes, `${element.tagName}[${name}]`);
    }
  });
  return found;
}

const difference = (before: Map<string, number>, after: Map<string, number>) =>
  new Map([...before].flatMap(([key, count]) => (count > (after.get(key) ?? 0) ? [[key, count - (after.get(key) ?? 0)] as const] : [])));

/**
 * A text's tree as a reader may see it: its raw HTML parsed (hast-util-raw, as rehype-raw does, so
 * that HTML split across Markdown blocks is read as GitHub reads it) and then filtered by
 * `upstreamSchema` (hast-util-sanitize). Pure.
 * @param tree the text's hast, as Sätteri renders its Markdown, with `raw` nodes for its HTML
 * @returns the filtered tree, and what was removed (empty maps for a text with no disallowed HTML)
 */
export function sanitizeUpstream(tree: Root): { tree: Root; removed: Removed } {
  // A plain copy: Sätteri's nodes are views of its own tree.
  const parsed = raw(JSON.parse(JSON.stringify(tree)) as Root) as Root;
  const clean = sanitize(parsed, upstreamSchema) as Root;
  const before = inventory(parsed);
  const after = inventory(clean);
  return {
    tree: clean,
    removed: {
      elements: difference(before.elements, after.elements),
      // Attributes taken off elements that stay: those of an element removed whole go with it.
      attributes: new Map(
        [...difference(before.attributes, after.attributes)].filter(([key]) => after.elements.has(key.slice(0, key.indexOf('[')))),
      ),
    },
  };
}

/** "2 × <script>, <meta>, a[onclick]": what was removed, for a build message. */
export function describeRemoved({ elements, attributes }: Removed): string {
  const items = [
    ...[...elements].map(([name, count]) => `${count > 1 ? `${count} × ` : ''}<${name}>`),
    ...[...attributes].map(([name, count]) => `${count > 1 ? `${count} × ` : ''}${name}`),
  ];
  return items.join(', ');
}

/**
 * The first of a text's hast plugins: replaces the tree with `sanitizeUpstream`'s, so that the
 * site's own plugins after it (heading links, copy buttons, footnotes) add their markup to a text
 * that carries none of its own code. `onRemoved` is told what was taken out, to say so in the build.
 */
export function upstreamSanitizePlugin(onRemoved: (what: string) => void): HastPluginDefinition {
  return {
    name: 'site-upstream-sanitize',
    before(root, ctx) {
      const { tree, removed } = sanitizeUpstream(root as Root);
      const what = describeRemoved(removed);
      if (what) onRemoved(what);
      ctx.replaceNode(root, tree);
    },
  };
}
