import { readFileSync } from 'node:fs';
import type { Nodes, Root, Table } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The upstream texts, parsed as GitHub renders them, reduced to what a reader sees: the text of
// every block in order, every table cell, every link and every code block.

const upstreamDir = new URL('../../content/upstream/', import.meta.url);

/**
 * The captured PyTorch file is one line of `N*da0073e9SAndroid Build Coastguard Worker` markers,
 * each followed by line N's text and a space where the newline was; the last marker lost its tail.
 */
export function uncapture(captured: string): string {
  const parts = captured.split(/\s?(\d+)\*da0073e9SAndroid Build Coastguard Worker/);
  const lines: string[] = [];
  for (let i = 1; i < parts.length; i += 2) lines.push(parts[i + 1]!.replace(/ (\d+)$/, ''));
  return lines.join('\n');
}

export function readUpstream(file: string): string {
  const text = readFileSync(new URL(file, upstreamDir), 'utf-8');
  return file.endsWith('.captured.txt') ? uncapture(text) : text;
}

/** White space folded to single spaces, as a browser shows it; `<br>` is a break, so a space. */
export const normalize = (text: string) =>
  text
    .replace(/<br\s*\/?>/gi, ' ')
    // An anchor written in HTML (`<a id="公网地址"></a>`) is markup, not text.
    .replace(/<a\s[^>]*>|<\/a>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();

export interface UpstreamDocument {
  title: string;
  /** Headings, paragraphs and code blocks outside tables and footnotes, in order. */
  blocks: string[];
  /** Each heading below the title, with its level. */
  headings: Array<{ depth: number; text: string }>;
  /** Each table as rows of cell text, header row first. */
  tables: string[][][];
  /** The text of each footnote definition. */
  footnotes: string[];
  /** Every link target outside footnotes, in order (Markdown links and bare URLs). */
  links: string[];
  /** Every link target inside footnotes, in order. */
  footnoteLinks: string[];
  /** Every code block's text. */
  code: string[];
}

export function parseUpstream(markdown: string): UpstreamDocument {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const document: UpstreamDocument = {
    title: '',
    blocks: [],
    headings: [],
    tables: [],
    footnotes: [],
    links: [],
    footnoteLinks: [],
    code: [],
  };

  const visit = (node: Nodes, inFootnote: boolean) => {
    switch (node.type) {
      case 'heading':
        if (node.depth === 1) document.title = textOf(node);
        else {
          document.blocks.push(normalize(textOf(node)));
          document.headings.push({ depth: node.depth, text: normalize(textOf(node)) });
        }
        break;
      case 'paragraph':
        if (!inFootnote) document.blocks.push(normalize(textOf(node)));
        break;
      case 'code':
        document.blocks.push(normalize(node.value));
        document.code.push(node.value);
        break;
      case 'table':
        document.tables.push(tableCells(node));
        break;
      case 'footnoteDefinition':
        document.footnotes.push(normalize(textOf(node)));
        break;
      case 'link':
        (inFootnote ? document.footnoteLinks : document.links).push(node.url);
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value)) return;
        break;
    }
    if ('children' in node) {
      for (const child of node.children) visit(child, inFootnote || node.type === 'footnoteDefinition');
    }
  };
  visit(tree, false);
  return document;
}

/** A table's cells as GitHub shows them: a row's cells past the header row's count are left out (GFM spec, tables). */
function tableCells(table: Table): string[][] {
  const width = table.children[0]?.children.length ?? 0;
  return table.children.map((row) => row.children.slice(0, width).map((cell) => normalize(textOf(cell))));
}
