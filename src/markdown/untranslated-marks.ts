import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { untranslated } from '../upstream/source-units';

/** The blocks a translation unit renders to (src/upstream/source-units.ts). */
const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'pre', 'li']);
const isBlock = (node: ElementContent): node is Element => node.type === 'element' && blockTags.has(node.tagName);

/** Whether a block's own text (not that of a block inside it) holds a unit left untranslated. */
function holdsMark(node: Element): boolean {
  return node.children.some((child) =>
    child.type === 'text' ? child.value.includes(untranslated.start) : child.type === 'element' && !isBlock(child) && holdsMark(child),
  );
}

/** The block without the marking characters. */
function cleaned<T extends ElementContent>(node: T): T {
  if (node.type === 'text') return { ...node, value: node.value.replaceAll(untranslated.start, '').replaceAll(untranslated.end, '') };
  if (node.type !== 'element') return node;
  return { ...node, children: node.children.map(cleaned) };
}

/**
 * On this site's translation of a text, each unit no translator has reached yet is shown in the
 * original, in the original's language (`lang`), with a visible mark in the page's language
 * (`Not yet translated`, `尚未翻译`), marked as the site's own: the page publishes at once, and no
 * reader takes the original's words for a translation. The loader left each such unit between the
 * two characters of `untranslated`; this finds its block and takes them out.
 *
 * Runs before Starlight's heading ids and links, so the headings' text (and the contents) hold no
 * marking characters; a heading's mark follows it.
 * @param text the mark's words, in the page's language
 * @param lang the page's language, for the mark
 * @param originalLang the original's language, for the block
 */
export function untranslatedMarksPlugin(text: string, lang: string, originalLang: string): HastPluginDefinition {
  const mark = (): Element => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['untranslated-mark'], dataSiteNote: '', lang },
    children: [{ type: 'text', value: text }],
  });
  return {
    name: 'site-untranslated-marks',
    element: {
      filter: [...blockTags],
      visit(node, ctx) {
        if (!holdsMark(node)) return;
        const clean = cleaned(node);
        const block = { ...clean, properties: { ...clean.properties, lang: originalLang, dataUntranslated: '' } };
        if (/^h[1-6]$/.test(node.tagName)) ctx.replaceNode(node, [block, mark()]);
        else if (node.tagName === 'pre') ctx.replaceNode(node, [mark(), block]);
        else ctx.replaceNode(node, { ...block, children: [mark(), { type: 'text', value: ' ' }, ...block.children] });
      },
    },
  };
}
