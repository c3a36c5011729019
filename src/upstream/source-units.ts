/**
 * The translation units of a policy text: each heading, paragraph (list items' and footnotes'
 * included), table cell and code block that has words of the text's language in it, as the
 * Markdown upstream writes it. The site's translation of a revision is its text with every unit
 * replaced by the unit's translation, so a sentence many revisions share is translated once
 * (content/translations/torch_npu.en.yaml, pytorch.zh-CN.yaml). Pure.
 */
import type { Code, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
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

/** A text's language, the language its units are in: Chinese (torch_npu's statement) or English (PyTorch's SECURITY.md). */
export type SourceLanguage = 'zh-CN' | 'en';

/**
 * Whether a piece of Markdown has words of the language to translate. English: a word of two
 * letters outside addresses, link targets and inline code (a bare URL is left as it is).
 */
const hasWords: Record<SourceLanguage, (markdown: string) => boolean> = {
  'zh-CN': (markdown) => chinese.test(markdown),
  en: (markdown) =>
    /[A-Za-z]{2}/.test(
      markdown
        .replace(/`[^`]*`/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\b(?:https?:\/\/|www\.)\S+/g, ''),
    ),
};

/**
 * The units of a text, in order.
 * @param markdown the text, as GitHub renders it (CommonMark, GFM tables and footnotes)
 * @param language the text's language; `zh-CN` by default
 */
export function sourceUnitsOf(markdown: string, language: SourceLanguage = 'zh-CN'): SourceUnit[] {
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable(), gfmFootnote()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()],
  });
  const units: SourceUnit[] = [];
  const add = (kind: SourceUnit['kind'], start: number, end: number, source = markdown.slice(start, end)) => {
    const trimmed = source.trim();
    if (hasWords[language](trimmed)) units.push({ kind, start, end, source: trimmed });
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
 * Around a unit left in its original because it has no translation, with `markUntranslated`: two
 * characters of Unicode's private use area, which no policy text uses, so that the Markdown
 * pipeline can find the unit's block once rendered and mark it (src/markdown/untranslated-marks.ts).
 */
export const untranslated = { start: '\uE000', end: '\uE001' } as const;

/**
 * A text with each unit replaced by its translation.
 * @param translations unit → its translation (Markdown; for a code block, its code)
 * @param language the text's language; `zh-CN` by default
 * @param options.markUntranslated keep a unit without translation in its original, between
 *   `untranslated.start` and `untranslated.end`
 * @returns the translated text, and the units that have no translation, each once, in order
 * @throws Error when the text itself holds one of the `untranslated` characters
 */
export function translateText(
  markdown: string,
  translations: Map<string, string>,
  language: SourceLanguage = 'zh-CN',
  { markUntranslated = false } = {},
): { text: string; missing: string[] } {
  if (markdown.includes(untranslated.start) || markdown.includes(untranslated.end)) {
    throw new Error(
      'the text holds U+E000 or U+E001, private-use characters this site uses to mark untranslated units; ask upstream why, or remove them.',
    );
  }
  const words = hasWords[language];
  const missing = new Set<string>();
  let text = markdown;
  const replacements: Array<{ start: number; end: number; english: string }> = [];
  for (const unit of sourceUnitsOf(markdown, language)) {
    // A cell of lines (`a <br> b`) may be translated line by line, as the data files' cells are.
    const lines = unit.kind === 'cell' && /<br\s*\/?>/i.test(unit.source) ? unit.source.split(/\s*<br\s*\/?>\s*/i) : undefined;
    const english =
      translations.get(unit.source) ??
      (lines?.every((line) => !words(line) || translations.has(line))
        ? lines.map((line) => translations.get(line) ?? line).join(' <br> ')
        : undefined);
    if (english === undefined) {
      for (const key of lines?.filter((line) => words(line) && !translations.has(line)) ?? [unit.source]) missing.add(key);
      if (markUntranslated) {
        const original = markdown.slice(unit.start, unit.end);
        const marked = `${untranslated.start}${unit.source}${untranslated.end}`;
        replacements.push({
          start: unit.start,
          end: unit.end,
          english:
            unit.kind === 'code'
              ? translatedCode(original, marked, markdown, unit.start)
              : `${untranslated.start}${original}${untranslated.end}`,
        });
      }
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
