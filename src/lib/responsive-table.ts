import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { toString as textOf } from 'hast-util-to-string';

/**
 * A table made for every screen (its look: src/styles/tables.css). The table sits in a
 * `div.table-wrap`, the container its layout answers to: where the container is wide, every
 * column fits and long addresses wrap; where it is narrow, a table of three columns or more shows
 * each row as a card, each cell under its column's header (`data-label`), the row's title cell
 * first. The cells keep the source's order in the document; explicit ARIA roles keep the table a
 * table for screen readers when CSS lays it out as blocks (browsers drop the table semantics of
 * `display: block` tables).
 */

/** How to lay out one table. */
export interface TableLayout {
  /**
   * The column (0-based) whose cell titles a row's card, drawn first (the public-address table's
   * address). A row header (`th` in the body) titles its card without this.
   */
  titleColumn?: number;
}

/** The fewest columns for which a narrow screen shows cards: two columns fit side by side. */
export const cardsFromColumns = 3;

/** A column's share is never under this many ems of text, so a short column (类型) keeps a word. */
const minimumShare = 3;
/** A cell's text counts for no more than this many ems: one long address must not take the table. */
const longestCounted = 24;
/** A column's longest word (an address, a path) asks for up to this many ems. */
const longestWordCounted = 10;

const cjk = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How wide `text` reads, in ems: a CJK or full-width character is one, any other about half
 * (0.55, a proportional Latin font's average).
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += cjk.test(char) ? 1 : 0.55;
  return width;
}

/** The width of the longest run of `text` a line cannot break inside: no space, no CJK character. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(new RegExp(`\\s|${cjk.source}`, 'u')).map(textWidth));
}

/**
 * Each column's share of the table's width, in percent (summing to 100, rounded to 0.1): in
 * proportion to the mean width of its body cells' text (textWidth, each counted up to
 * `longestCounted` ems), at least its longest word's (up to `longestWordCounted`) and at least
 * `minimumShare`. The browser's table layout takes these as targets and still gives every column
 * its narrowest width, so a long address wraps in a wide column instead of a type squeezed to one
 * character.
 */
export function columnShares(rows: string[][]): number[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const wants = Array.from({ length: columns }, (_, column) => {
    const cells = rows.map((row) => row[column] ?? '');
    const mean = cells.reduce((sum, cell) => sum + Math.min(longestCounted, textWidth(cell)), 0) / Math.max(1, cells.length);
    return Math.max(minimumShare, mean, Math.min(longestWordCounted, Math.max(0, ...cells.map(longestWord))));
  });
  const total = wants.reduce((sum, want) => sum + want, 0);
  return wants.map((want) => Math.round((want / total) * 1000) / 10);
}

const isElement = (node: ElementContent | undefined, ...names: string[]): node is Element =>
  node?.type === 'element' && names.includes(node.tagName);
const elements = (parent: Element, ...names: string[]) => parent.children.filter((c) => isElement(c, ...names));

/**
 * `table` (a `<table>` element: `thead` of one header row, then `tbody` rows; GFM's shape and the
 * site's components') in its wrapper with its columns' shares; a table that becomes cards on a
 * narrow screen (`cardsFromColumns`) also has each body cell labelled with its column's header
 * text and every element given its ARIA role. Returns new elements; `table` is left as it was.
 */
export function responsiveTable(table: Element, layout: TableLayout = {}): Element {
  const sections = elements(table, 'thead', 'tbody');
  const headRow = sections.find((section) => section.tagName === 'thead')?.children.find((c) => isElement(c, 'tr'));
  const headers = headRow ? elements(headRow, 'th', 'td').map((cell) => textOf(cell).trim()) : [];
  const columns = Math.max(headers.length, ...sections.flatMap((s) => elements(s, 'tr').map((row) => elements(row, 'th', 'td').length)));

  const cards = columns >= cardsFromColumns;

  const cell = (element: Element, column: number, inHead: boolean): Element => {
    const role = inHead ? 'columnheader' : element.tagName === 'th' ? 'rowheader' : 'cell';
    const properties: Properties = { ...element.properties, role };
    if (!inHead && role === 'cell' && headers[column]) properties.dataLabel = headers[column];
    if (!inHead && column === layout.titleColumn) properties.dataCardTitle = '';
    return { ...element, properties };
  };
  const row = (element: Element, inHead: boolean): Element => {
    let column = 0;
    const children = element.children.map((child) => (isElement(child, 'th', 'td') ? cell(child, column++, inHead) : child));
    return { ...element, properties: { ...element.properties, role: 'row' }, children };
  };
  const children: ElementContent[] = table.children.map((child) =>
    cards && isElement(child, 'thead', 'tbody')
      ? {
          ...child,
          properties: { ...child.properties, role: 'rowgroup' },
          children: child.children.map((c) => (isElement(c, 'tr') ? row(c, child.tagName === 'thead') : c)),
        }
      : child,
  );
  const bodyRows = sections
    .filter((section) => section.tagName === 'tbody')
    .flatMap((section) => elements(section, 'tr').map((tr) => elements(tr, 'th', 'td').map((c) => textOf(c).trim())));
  const colgroup = h(
    'colgroup',
    columnShares(bodyRows).map((share) => h('col', { style: `width: ${share}%` })),
  );
  // A colgroup comes after the caption and before the rows (HTML's content model of <table>).
  const caption = children.findIndex((child) => isElement(child, 'caption'));
  children.splice(caption + 1, 0, colgroup);
  const wrapped: Element = { ...table, properties: cards ? { ...table.properties, role: 'table' } : table.properties, children };
  return h('div', { className: cards ? ['table-wrap', 'table-cards'] : ['table-wrap'] }, [wrapped]);
}
