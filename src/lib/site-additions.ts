/**
 * What a current policy page adds to the newest upstream text, put into the text's rendered HTML:
 * the site's notes, each after the block it is anchored to; data links after the statement's
 * tables; and after each section's heading a link to the same section in the other language.
 * Pure: the rendered HTML in, the page's HTML out, so it is tested without a build.
 *
 * Anchors are looked up in the original's rendering (the Chinese statement, PyTorch's English);
 * a translation has the same blocks in the same order (src/upstream/source-units.ts replaces
 * only their words), so the nth block of the original is the nth of its translation.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';

/** A site note: where it goes, and its rendered HTML. */
export interface NoteAnchor {
  /** How the build names the note in a message, e.g. `content/notes/torch_npu.yaml, note "firewall-interface"`. */
  name: string;
  /** The id of the heading whose section holds the block; the whole text when absent. */
  section?: string;
  /** Words of the original's block the note follows (white space need not match). */
  after: string;
  html: string;
}

export interface SiteAdditions {
  /** The original's rendered HTML, in which the notes' anchors and the tables are found; `html` itself when absent. */
  original?: string;
  notes: NoteAnchor[];
  /** HTML to put after a table, by the table's header cells in the original; undefined for none. */
  afterTable?: (header: string[]) => string | undefined;
  /** The link after each section heading to the same section in the other language. */
  sectionLink?: { href: (id: string) => string; hreflang: string; text: string; label: (title: string) => string };
}

/**
 * Elements a note can follow: the blocks of rendered Markdown. Not a list item: a note goes after
 * the list, or after a paragraph or code block inside an item.
 */
const blockTags = new Set(['p', 'pre', 'table', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl']);
/** Wrappers the site's Markdown puts around a block: a note goes after the wrapper, not inside it. */
const wrapperClasses = ['code-block', 'table-wrap', 'sl-heading-wrapper'];
const headingLevel = (node: Element) => (/^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0);
const classesOf = (node: Element) => [node.properties.className ?? []].flat().map(String);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Block {
  node: Element;
  parent: Element | Root;
  /** The blocks (by index in the list) this one is inside. */
  ancestors: number[];
}

/** Every block in document order, each with its parent and the blocks it is inside. */
function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (parent: Element | Root, ancestors: number[]) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      // The site's own additions (notes, section links, marks) are not the text's blocks.
      if (child.properties.dataSiteNote !== undefined) continue;
      if (blockTags.has(child.tagName)) {
        blocks.push({ node: child, parent, ancestors });
        walk(child, [...ancestors, blocks.length - 1]);
      } else {
        walk(child, ancestors);
      }
    }
  };
  walk(tree, []);
  return blocks;
}

/**
 * The index of the block a note follows: the innermost block holding the words, at their first
 * place in the section.
 * @returns undefined when the section or the words are not there
 */
function anchorBlock(blocks: Block[], section: string | undefined, after: string): number | undefined {
  let start = 0;
  let end = blocks.length;
  if (section !== undefined) {
    start = blocks.findIndex(({ node }) => headingLevel(node) > 0 && node.properties.id === section);
    if (start < 0) return undefined;
    const level = headingLevel(blocks[start]!.node);
    const next = blocks.findIndex((block, i) => i > start && headingLevel(block.node) > 0 && headingLevel(block.node) <= level);
    if (next >= 0) end = next;
  }
  const words = squash(after);
  const holds = (i: number) => squash(textOf(blocks[i]!.node)).includes(words);
  let found: number | undefined;
  for (let i = start; i < end; i++) {
    if (!holds(i)) continue;
    if (found === undefined || blocks[i]!.ancestors.includes(found)) found = i;
    else break;
  }
  return found;
}

/** The node a note or link goes after: the block, or the wrapper the site's Markdown put around it. */
function outermost({ node, parent }: Block, parents: Map<Element, Element | Root>): { node: Element; parent: Element | Root } {
  if (parent.type === 'element' && parent.tagName === 'div' && classesOf(parent).some((c) => wrapperClasses.includes(c))) {
    return { node: parent, parent: parents.get(parent)! };
  }
  return { node, parent };
}

function insertAfter(target: { node: Element; parent: Element | Root }, nodes: RootContent[]) {
  const siblings = target.parent.children as RootContent[];
  siblings.splice(siblings.indexOf(target.node) + 1, 0, ...nodes);
}

function fragment(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

/**
 * Whether a text's rendered HTML has the block a note is anchored to.
 * @param html the original's rendered HTML
 */
export function hasAnchor(html: string, section: string | undefined, after: string): boolean {
  return anchorBlock(blocksOf(fromHtml(html, { fragment: true })), section, after) !== undefined;
}

/**
 * Adds the site's notes, table data links and section links to a text's rendered HTML.
 * @returns the page's HTML, and the notes whose anchor the text does not have (named; left out)
 * @throws Error when the translation's blocks do not line up with the original's
 */
export function withSiteAdditions(html: string, additions: SiteAdditions): { html: string; unanchored: string[] } {
  const tree = fromHtml(html, { fragment: true });
  const parents = new Map<Element, Element | Root>();
  const index = (parent: Element | Root) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      parents.set(child, parent);
      index(child);
    }
  };
  index(tree);
  const blocks = blocksOf(tree);
  const originalBlocks = additions.original === undefined ? blocks : blocksOf(fromHtml(additions.original, { fragment: true }));
  // The translation must have the original's blocks, in order: the nth of one is the nth of the other.
  const differs = Math.max(blocks.length, originalBlocks.length);
  for (let i = 0; i < differs; i++) {
    const [mine, theirs] = [blocks[i]?.node.tagName, originalBlocks[i]?.node.tagName];
    if (mine !== theirs) {
      throw new Error(
        `the translation's blocks do not line up with the original's at block ${i + 1} (the original has <${theirs ?? 'nothing'}>, the translation <${mine ?? 'nothing'}>): a unit's translation adds or removes a paragraph, list or table.`,
      );
    }
  }
  const counterpart = (i: number) => blocks[i]!;

  const inserts: Array<{ block: Block; nodes: RootContent[] }> = [];
  const unanchored: string[] = [];
  for (const note of additions.notes) {
    const at = anchorBlock(originalBlocks, note.section, note.after);
    if (at === undefined) {
      unanchored.push(note.name);
      continue;
    }
    inserts.push({ block: counterpart(at), nodes: fragment(note.html) });
  }
  if (additions.afterTable) {
    for (const [i, { node }] of originalBlocks.entries()) {
      if (node.tagName !== 'table') continue;
      const header = (node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead')?.children ?? [])
        .flatMap((row) => (row.type === 'element' ? row.children : []))
        .flatMap((cell) => (cell.type === 'element' && cell.tagName === 'th' ? [squash(textOf(cell))] : []));
      const added = additions.afterTable(header);
      if (added !== undefined) inserts.push({ block: counterpart(i), nodes: fragment(added) });
    }
  }
  // In reverse document order, so that each insertion leaves the places of the others alone.
  inserts.sort((a, b) => blocks.indexOf(b.block) - blocks.indexOf(a.block));
  for (const { block, nodes } of inserts) insertAfter(outermost(block, parents), nodes);

  if (additions.sectionLink) {
    const link = additions.sectionLink;
    for (const { node } of blocks) {
      const level = headingLevel(node);
      const id = node.properties.id;
      if (level < 2 || typeof id !== 'string' || id === 'footnote-label') continue;
      const wrapper = parents.get(node);
      const target = wrapper?.type === 'element' && classesOf(wrapper).includes('sl-heading-wrapper') ? wrapper : undefined;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['section-language-link'],
          dataSiteNote: '',
          href: link.href(id),
          hrefLang: link.hreflang,
          ariaLabel: link.label(squash(textOf(node))),
        },
        children: [{ type: 'text', value: link.text }],
      };
      // The section's key, which the other language's page gives the same section: the heading's id.
      if (target) {
        target.properties.dataSectionKey = id;
        target.children.push(anchor);
      } else {
        node.properties.dataSectionKey = id;
        insertAfter({ node, parent: parents.get(node)! }, [anchor]);
      }
    }
  }
  return { html: toHtml(tree), unanchored };
}
