import { diffArrays, diffWords } from 'diff';

/**
 * A comparison of two revisions of a policy, block by block, as a reader compares them: headings,
 * paragraphs and list items by words, table rows by row (cells kept apart), code line by line.
 * Pure: it reads the Markdown sources, not the pages.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'code-line';

export interface Block {
  kind: BlockKind;
  /** The block's text as written, white space folded; a table row's cells joined by ` | `. */
  text: string;
  /** The heading the block is under, or '' before the first one. */
  section: string;
}

export interface WordChange {
  text: string;
  added?: boolean;
  removed?: boolean;
}

export type BlockChange =
  | { type: 'same'; block: Block }
  | { type: 'added'; block: Block }
  | { type: 'removed'; block: Block }
  /** The same kind of block at the same place, reworded: `words` marks what was added and removed. */
  | { type: 'changed'; before: Block; block: Block; words: WordChange[] };

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Prose as a reader reads it: a link as its text and address, no emphasis or code marks. */
const plain = (text: string) =>
  fold(
    text
      .replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1'),
  );

/** A table row's cells, as GitHub reads `| a | b\\|c |`. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => plain(cell.replaceAll('\\|', '|')));
}

/**
 * The blocks of a Markdown text, in order.
 * @example markdownBlocks('# T\n\nSome\ntext.\n\n| a | b |\n|---|---|\n| 1 | 2 |') →
 *   heading "T", paragraph "Some text.", table rows "a | b" and "1 | 2"
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let section = '';
  let paragraph: string[] = [];
  let fence: string | undefined;
  const push = (kind: BlockKind, text: string) => {
    if (text !== '') blocks.push({ kind, text, section });
  };
  const endParagraph = () => {
    push('paragraph', plain(paragraph.join(' ')));
    paragraph = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      else push('code-line', line.trimEnd());
      continue;
    }
    if (fenceMark) {
      endParagraph();
      fence = fenceMark;
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      endParagraph();
      section = plain(heading[2]!);
      push('heading', section);
    } else if (/^\s*\|/.test(line)) {
      endParagraph();
      const row = cells(line);
      if (!row.every((cell) => /^:?-{3,}:?$/.test(cell))) push('table-row', row.join(' | '));
    } else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      endParagraph();
      paragraph = [line.trim()];
      endParagraph();
      blocks.at(-1)!.kind = 'list-item';
    } else if (line.trim() === '') {
      endParagraph();
    } else {
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  return blocks;
}

/** Words as a reader sees them, in Chinese too (Intl.Segmenter), for the reworded blocks. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * What changed from `before` to `after` (Markdown sources), block by block in `after`'s order,
 * with the removed blocks where they were. Adjacent removed and added blocks of the same kind pair
 * up as reworded blocks, one for one.
 */
export function compareRevisions(before: string, after: string): BlockChange[] {
  const [a, b] = [markdownBlocks(before), markdownBlocks(after)];
  const key = (block: Block) => `${block.kind}\u0000${block.text}`;
  const changes: BlockChange[] = [];
  let ai = 0;
  let bi = 0;
  const parts = diffArrays(a.map(key), b.map(key));
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const count = part.value.length;
    if (!part.added && !part.removed) {
      for (let i = 0; i < count; i++) changes.push({ type: 'same', block: b[bi++]! });
      ai += count;
      continue;
    }
    if (part.removed && parts[p + 1]?.added) {
      const removed = a.slice(ai, ai + count);
      const added = b.slice(bi, bi + parts[p + 1]!.value.length);
      ai += removed.length;
      bi += added.length;
      p++;
      const paired = new Set<number>();
      for (const block of added) {
        const match = removed.findIndex((old, i) => !paired.has(i) && old.kind === block.kind);
        if (match === -1) {
          changes.push({ type: 'added', block });
          continue;
        }
        paired.add(match);
        const old = removed[match]!;
        const words = diffWords(old.text, block.text, { intlSegmenter: segmenter }).map(({ value, added, removed }) => ({
          text: value,
          ...(added && { added }),
          ...(removed && { removed }),
        }));
        changes.push({ type: 'changed', before: old, block, words });
      }
      for (const [i, block] of removed.entries()) if (!paired.has(i)) changes.push({ type: 'removed', block });
      continue;
    }
    const side = part.added ? b.slice(bi, bi + count) : a.slice(ai, ai + count);
    if (part.added) bi += count;
    else ai += count;
    for (const block of side) changes.push({ type: part.added ? 'added' : 'removed', block });
  }
  return changes;
}

/** What a comparison amounts to, for a one-line summary. */
export interface ChangeSummary {
  /** Headings that are new, and headings that are gone. */
  sectionsAdded: string[];
  sectionsRemoved: string[];
  /** Table rows added, removed and reworded. */
  rows: { added: number; removed: number; changed: number };
  /** Other blocks (paragraphs, list items, code lines) added, removed and reworded. */
  blocks: { added: number; removed: number; changed: number };
}

export function summarize(changes: BlockChange[]): ChangeSummary {
  const summary: ChangeSummary = {
    sectionsAdded: [],
    sectionsRemoved: [],
    rows: { added: 0, removed: 0, changed: 0 },
    blocks: { added: 0, removed: 0, changed: 0 },
  };
  for (const change of changes) {
    if (change.type === 'same') continue;
    if (change.block.kind === 'heading' && change.type !== 'changed') {
      (change.type === 'added' ? summary.sectionsAdded : summary.sectionsRemoved).push(change.block.text);
      continue;
    }
    const counts = change.block.kind === 'table-row' ? summary.rows : summary.blocks;
    counts[change.type]++;
  }
  return summary;
}
