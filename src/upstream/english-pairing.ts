/**
 * Whether upstream's English text of a torch_npu branch says what its Chinese text says, as far as
 * an outline shows: the same number of headings, table rows, list items and code blocks. Upstream's
 * English texts were written later and for other files (the provenance notes of the manifests' sources), so the
 * site shows the reader where they differ rather than pairing them silently. Pure.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

export const outlineParts = ['headings', 'tableRows', 'listItems', 'codeBlocks'] as const;
export type Outline = Record<(typeof outlineParts)[number], number>;

/** How many of each block a text has (a table's header row included). */
export function outlineOf(markdown: string): Outline {
  const outline: Outline = { headings: 0, tableRows: 0, listItems: 0, codeBlocks: 0 };
  const kinds: Partial<Record<Nodes['type'], keyof Outline>> = {
    heading: 'headings',
    tableRow: 'tableRows',
    listItem: 'listItems',
    code: 'codeBlocks',
  };
  const walk = (node: Nodes) => {
    const part = kinds[node.type];
    if (part) outline[part] += 1;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }));
  return outline;
}

/** The parts of the outline in which the English text differs from the Chinese, with both counts. */
export function outlineDifferences(chinese: string, english: string) {
  const [zh, en] = [outlineOf(chinese), outlineOf(english)];
  return outlineParts.filter((part) => zh[part] !== en[part]).map((part) => ({ part, chinese: zh[part], english: en[part] }));
}
