/**
 * The translation units of a torch_npu statement: each heading, paragraph (list items' included),
 * table cell and code block that has Chinese in it, as the Markdown upstream writes it. The site's
 * English of a release is its text with every unit replaced by the unit's English, so a sentence
 * many releases share is translated once (content/translations/torch_npu.en.yaml). Pure.
 */
import type { Code, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/** One unit: where it is in the text (UTF-16 offsets, end excluded), and its key. */
export interface SourceUnit {
  kind: 'heading' | 'paragraph' | 'cell' | 'code';
  start: number;
  end: number;
  /** The unit's Markdown (a code block's: its code), trimmed: the key of its translation. */
  source: string;
}

const chinese = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The units of a text, in order.
 * @param markdown the statement, as GitHub renders it (CommonMark and GFM tables)
 */
export function sourceUnitsOf(markdown: string): SourceUnit[] {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const units: SourceUnit[] = [];
  const add = (kind: SourceUnit['kind'], start: number, end: number, source = markdown.slice(start, end)) => {
    const trimmed = source.trim();
    if (chinese.test(trimmed)) units.push({ kind, start, end, source: trimmed });
  };
  const walk = (node: Nodes) => {
    const at = node.position;
    if (node.type === 'heading' && node.children.length > 0) {
      add('heading', node.children[0]!.position!.start.offset!, node.children.at(-1)!.position!.end.offset!);
    } else if (node.type === 'paragraph' && at) {
      add('paragraph', at.start.offset!, at.end.offset!);
    } else if (node.type === 'tableCell' && node.children.length > 0) {
      add('cell', node.children[0]!.position!.start.offset!, node.children.at(-1)!.position!.end.offset!);
    } else if (node.type === 'code' && at) {
      add('code', at.start.offset!, at.end.offset!, (node as Code).value);
    } else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(tree);
  return units;
}

/**
 * A text with each unit replaced by its translation.
 * @param translations Chinese unit → its English (Markdown; for a code block, its code)
 * @returns the translated text, and the units that have no translation, each once, in order
 */
export function translateText(markdown: string, translations: Map<string, string>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  let text = markdown;
  const replacements: Array<{ start: number; end: number; english: string }> = [];
  for (const unit of sourceUnitsOf(markdown)) {
    // A cell of lines (`a <br> b`) may be translated line by line, as the data files' cells are.
    const lines = unit.kind === 'cell' && /<br\s*\/?>/i.test(unit.source) ? unit.source.split(/\s*<br\s*\/?>\s*/i) : undefined;
    const english =
      translations.get(unit.source) ??
      (lines?.every((line) => !chinese.test(line) || translations.has(line))
        ? lines.map((line) => translations.get(line) ?? line).join(' <br> ')
        : undefined);
    if (english === undefined) {
      for (const key of lines?.filter((line) => chinese.test(line) && !translations.has(line)) ?? [unit.source]) missing.add(key);
      continue;
    }
    const original = markdown.slice(unit.start, unit.end);
    replacements.push({
      start: unit.start,
      end: unit.end,
      english: unit.kind === 'code' ? translatedCode(original, english, markdown, unit.start) : english,
    });
  }
  // From the end, so earlier offsets stay true.
  for (const { start, end, english } of replacements.toReversed()) text = text.slice(0, start) + english + text.slice(end);
  return { text, missing: [...missing] };
}

/**
 * A code block with its code replaced, its language and indentation kept; always fenced (an
 * indented block's first line may start at its indentation, which the translation cannot keep).
 */
function translatedCode(block: string, english: string, markdown: string, start: number) {
  const lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
  // The prefix of the block's first line, for the lines after it: a list marker becomes spaces, a
  // quote's `>` stays.
  const indent = markdown.slice(lineStart, start).replace(/[^\s>]/g, ' ');
  const fenced = /^(`{3,}|~{3,})([^\n]*)\n/.exec(block.trimStart());
  const fence = fenced?.[1] ?? '```';
  const lines = english.split('\n').map((line) => (line ? indent + line : line));
  return `${fence}${fenced?.[2] ?? ''}\n${lines.join('\n')}\n${indent}${fence}`;
}
