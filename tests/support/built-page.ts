// A built page read as a browser's HTML parser reads it (parse5, through hast-util-from-html),
// without a browser: the static tier's way in. Each page is parsed once per worker and kept, since
// several checks read it. Elements are hast nodes: `selectAll` takes CSS selectors
// (hast-util-select), `attribute` reads an attribute by its HTML name.
import { readFileSync } from 'node:fs';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { find, html } from 'property-information';
import { filter } from 'unist-util-filter';
import { pageFile } from './site-pages.ts';

export { select, selectAll };
export type { Element, Root };

const parsed = new Map<string, Root>();

/**
 * The document of the built page at `path` (`/zh-cn/torch-npu/`, `/404.html`), parsed from its
 * file in dist/ as the HTML standard says (no script runs, no style applies: markup only).
 * @throws Error when the page was not built
 */
export function builtPage(path: string): Root {
  let tree = parsed.get(path);
  if (!tree) {
    tree = fromHtml(readFileSync(pageFile(path), 'utf-8'));
    parsed.set(path, tree);
  }
  return tree;
}

/** The built page's HTML as the host sends it. */
export const builtHtml = (path: string): string => readFileSync(pageFile(path), 'utf-8');

/** A node's text, as the DOM's `textContent` gives it. */
export const textOf = (node: Nodes | undefined): string => (node ? hastText(node) : '');

/** A node's text with white space folded, as a reader sees it. */
export const folded = (node: Nodes | undefined): string => textOf(node).replace(/\s+/g, ' ').trim();

/**
 * An attribute of an element by its HTML name (`data-section-key`, `aria-label`, `class`), as the
 * DOM's `getAttribute` gives it: lists joined by spaces, a boolean attribute as `''`, absent as undefined.
 */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[find(html, name).property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(find(html, name).commaSeparated ? ', ' : ' ') : String(value);
}

/** A copy of `tree` without the elements `selector` matches, nor what is inside them. */
export function without<T extends Nodes>(tree: T, selector: string): T {
  const removed = new Set(selectAll(selector, tree));
  return (filter(tree, { cascade: false }, (node) => !removed.has(node as Element)) ?? { type: 'root', children: [] }) as T;
}

/**
 * An element's accessible name, for the markup this site writes: `aria-labelledby` (the text of
 * each element it names), else `aria-label`, else a table's caption, else its text (WAI-ARIA's
 * accname, steps 2B, 2C, 2E for tables in HTML-AAM, 2G, without the parts no page here uses).
 */
export function accessibleName(element: Element, document: Root): string {
  const labelledBy = attribute(element, 'aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => folded(byId(document, id)))
      .join(' ');
  }
  const label = attribute(element, 'aria-label')?.trim();
  if (label) return label;
  if (element.tagName === 'table') return folded(select(':scope > caption', element));
  return folded(element);
}

/** The element with this id (any characters), as `getElementById` finds it. */
export const byId = (document: Root, id: string): Element | undefined =>
  selectAll('[id]', document).find((element) => element.properties.id === id);
