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
  /** A table row's cells, each as a reader reads it; a cell's lines (upstream's `<br>`) joined by `\n`. */
  cells?: string[];
  /** A table row's column names: its table's first row (the header row's own, too). */
  header?: string[];
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
  /**
   * A block reworded: the same kind of block, at its place, sharing at least half its words (a
   * table row: half its cells) with what it was. `words` marks what was added and removed; a
   * table row's `cellWords` does so cell by cell.
   */
  | { type: 'changed'; before: Block; block: Block; words: WordChange[]; cellWords?: WordChange[][] }
  /** Only white space or the width of punctuation changed (`4 spaces` → `8`, `（` → `(`): not a change of wording. */
  | { type: 'layout'; before: Block; block: Block };

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Prose as a reader reads it: a link as its text and address, an autolink as its address, no emphasis or code marks, a
 * backslash escape as the character it escapes (CommonMark §2.4).
 */
const plain = (text: string) =>
  fold(
    text
      .replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      // Inline HTML as a reader sees it: its text, not its tags (an anchor `<a id="…"></a>` is nothing).
      .replace(/<\/?(?:a|b|i|u|em|strong|span|sup|sub|font|img|div|p)\b[^>]*>/gi, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  );

/** A table row's cells, as GitHub reads `| a | b\\|c |`; a cell's `<br>` is a line break. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) =>
      cell
        .replaceAll('\\|', '|')
        .split(/<br\s*\/?>/i)
        .map(plain)
        .filter((part) => part !== '')
        .join('\n'),
    );
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
  let header: string[] | undefined;
  const push = (kind: BlockKind, text: string, row?: string[]) => {
    if (text !== '') blocks.push({ kind, text, section, ...(row && { cells: row, header }) });
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
      // As GitHub renders a table: cells past the header's count are dropped.
      const row = header ? cells(line).slice(0, header.length) : cells(line);
      header ??= row;
      if (!row.every((cell) => /^:?-{3,}:?$/.test(cell))) push('table-row', row.join(' | '), row);
      continue;
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
    // Any line but a table row ends the table.
    header = undefined;
  }
  endParagraph();
  return blocks;
}

/** Words as a reader sees them, in Chinese too (Intl.Segmenter), for the reworded blocks. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A block's text as its wording, without its layout: white space gone and the width of characters
 * undone (Unicode NFKC: `（` is `(`, `１` is `1`). Two blocks with the same wording differ in
 * layout only.
 */
export const wording = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const wordsOf = (before: string, after: string): WordChange[] =>
  diffWords(before, after, { intlSegmenter: segmenter }).map(({ value, added, removed }) => ({
    text: value,
    ...(added && { added }),
    ...(removed && { removed }),
  }));

/**
 * How much of two blocks of a kind is the same, from 0 to 1: for table rows, the share of cells
 * whose wording is equal; for other blocks, the share of their characters (either side) in words
 * they share (Dice's coefficient over the word diff).
 */
export function likeness(a: Block, b: Block): number {
  if (a.kind !== b.kind) return 0;
  if (a.cells && b.cells) {
    const same = a.cells.filter((cell, i) => b.cells![i] !== undefined && wording(cell) === wording(b.cells![i]!)).length;
    return same / Math.max(a.cells.length, b.cells.length);
  }
  const [x, y] = [a.text, b.text].map((text) => text.normalize('NFKC').replace(/\s+/g, ' ').trim()) as [string, string];
  if (x.length + y.length === 0) return 1;
  const shared = diffWords(x, y, { intlSegmenter: segmenter })
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.length, 0);
  return (2 * shared) / (x.length + y.length);
}

/** Below this likeness, a removed block and an added one are two changes, not one block reworded. */
export const rewordedAtLeast = 0.5;

/**
 * Pairs removed blocks with added ones in order (neither list crosses itself), so that the pairs'
 * likeness is greatest; a pair needs at least `rewordedAtLeast`. A weighted longest common
 * subsequence (Needleman–Wunsch without gap costs), O(removed × added).
 * @returns for each added block, the index of the removed block it rewords, or -1
 */
function pairUp(removed: Block[], added: Block[]): number[] {
  const score = (i: number, j: number) => {
    const value = likeness(removed[i]!, added[j]!);
    return value >= rewordedAtLeast ? value : -1;
  };
  const rows = removed.length;
  const cols = added.length;
  const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  const scores: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => score(i, j)));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const pair = scores[i]![j]! >= 0 ? scores[i]![j]! + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const paired = new Array<number>(cols).fill(-1);
  let [i, j] = [0, 0];
  while (i < rows && j < cols) {
    if (scores[i]![j]! >= 0 && best[i]![j] === scores[i]![j]! + best[i + 1]![j + 1]!) {
      paired[j] = i;
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return paired;
}

/** A removed block and the added block it became: reworded, or changed in layout only. */
function pairChange(before: Block, block: Block): BlockChange {
  if (wording(before.text) === wording(block.text)) return { type: 'layout', before, block };
  if (before.cells && block.cells) {
    const cellWords = block.cells.map((cell, i) => wordsOf(before.cells![i] ?? '', cell));
    return { type: 'changed', before, block, words: wordsOf(before.text, block.text), cellWords };
  }
  return { type: 'changed', before, block, words: wordsOf(before.text, block.text) };
}

/**
 * What changed from `before` to `after` (Markdown sources), block by block in `after`'s order,
 * with the removed blocks where they were. Blocks are matched by their wording, so a block whose
 * layout alone changed is `layout`, and a block moved with its wording kept is unchanged; between
 * matched blocks, removed and added blocks pair up as reworded blocks by likeness (`pairUp`), and
 * the rest are removed or added.
 */
export function compareRevisions(before: string, after: string): BlockChange[] {
  const [a, b] = [markdownBlocks(before), markdownBlocks(after)];
  const key = (block: Block) => `${block.kind}\u0000${wording(block.text)}`;
  const parts = diffArrays(a.map(key), b.map(key));
  // Each run of the diff: the blocks it keeps, or the blocks it removes and adds, by index.
  const runs: Array<{ kept: true; a: number[]; b: number[] } | { kept: false; a: number[]; b: number[] }> = [];
  let [ai, bi] = [0, 0];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const take = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
    if (!part.added && !part.removed) {
      runs.push({ kept: true, a: take(ai, part.value.length), b: take(bi, part.value.length) });
      ai += part.value.length;
      bi += part.value.length;
      continue;
    }
    const removed = part.removed ? take(ai, part.value.length) : [];
    const next = part.removed && parts[p + 1]?.added ? parts[++p]! : part.added ? part : undefined;
    const added = next ? take(bi, next.value.length) : [];
    ai += removed.length;
    bi += added.length;
    runs.push({ kept: false, a: removed, b: added });
  }
  // A block moved, its wording kept, is no change of wording, wherever it went: it pairs with itself.
  const movedFrom = new Map<number, number>();
  const moved = new Set<number>();
  const removedAll = runs.flatMap((run) => (run.kept ? [] : run.a));
  for (const j of runs.flatMap((run) => (run.kept ? [] : run.b))) {
    const i = removedAll.find((i) => !moved.has(i) && key(a[i]!) === key(b[j]!));
    if (i === undefined) continue;
    movedFrom.set(j, i);
    moved.add(i);
  }
  const kept = (i: number, block: Block): BlockChange =>
    a[i]!.text === block.text ? { type: 'same', block } : { type: 'layout', before: a[i]!, block };

  const changes: BlockChange[] = [];
  for (const run of runs) {
    if (run.kept) {
      for (const [k, j] of run.b.entries()) changes.push(kept(run.a[k]!, b[j]!));
      continue;
    }
    const removed = run.a.filter((i) => !moved.has(i));
    const added = run.b.filter((j) => !movedFrom.has(j));
    const reworded = new Map<number, number>();
    for (const [k, r] of pairUp(
      removed.map((i) => a[i]!),
      added.map((j) => b[j]!),
    ).entries()) {
      if (r !== -1) reworded.set(added[k]!, removed[r]!);
    }
    const pairedOld = new Set(reworded.values());
    // In the newer text's order; a removed block where it was: before the block that rewords a later one.
    const shown = new Set<number>();
    const removedUpTo = (end: number) => {
      for (const i of removed) {
        if (i >= end || shown.has(i) || pairedOld.has(i)) continue;
        shown.add(i);
        changes.push({ type: 'removed', block: a[i]! });
      }
    };
    for (const j of run.b) {
      const from = movedFrom.get(j);
      const i = reworded.get(j);
      if (from !== undefined) changes.push(kept(from, b[j]!));
      else if (i !== undefined) {
        removedUpTo(i);
        changes.push(pairChange(a[i]!, b[j]!));
      } else changes.push({ type: 'added', block: b[j]! });
    }
    removedUpTo(Number.POSITIVE_INFINITY);
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
  /** Blocks whose layout alone changed (white space, the width of punctuation): not counted above. */
  layout: number;
}

export function summarize(changes: BlockChange[]): ChangeSummary {
  const summary: ChangeSummary = {
    sectionsAdded: [],
    sectionsRemoved: [],
    rows: { added: 0, removed: 0, changed: 0 },
    blocks: { added: 0, removed: 0, changed: 0 },
    layout: 0,
  };
  for (const change of changes) {
    if (change.type === 'same') continue;
    if (change.type === 'layout') {
      summary.layout++;
      continue;
    }
    if (change.block.kind === 'heading' && change.type !== 'changed') {
      (change.type === 'added' ? summary.sectionsAdded : summary.sectionsRemoved).push(change.block.text);
      continue;
    }
    const counts = change.block.kind === 'table-row' ? summary.rows : summary.blocks;
    counts[change.type]++;
  }
  return summary;
}
