import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type ElementNode, type Node } from 'ultrahtml';

/**
 * Rewrites of a policy page's rendered Markdown that need to know the page: section keys and links
 * to the same section in the other language, and footnote labels in the page's language (the
 * Markdown processor writes them in English for every page).
 */

export interface SectionLinks {
  /** Heading id → section key. */
  keys: Map<string, string>;
  /** The other language's page, e.g. `/zh-cn/pytorch/`. */
  counterpartPath: string;
  /** Its language, for `hreflang` and `lang`. */
  counterpartLang: string;
  /** The link's visible text, e.g. `中文`. */
  text: string;
  /** The link's accessible name for a section title. */
  label: (title: string) => string;
}

export interface FootnoteLabels {
  label: string;
  backLabel: (referenceNumber: string) => string;
  anchorLabel: (title: string) => string;
}

const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;
const classes = (node: ElementNode) => String(node.attributes.class ?? '').split(/\s+/);
const textOf = (node: Node): string =>
  node.type === ELEMENT_NODE || node.type === DOCUMENT_NODE ? (node.children ?? []).map(textOf).join('') : String(node.value ?? '');
const element = (name: string, attributes: Record<string, string>, children: Node[], parent: ElementNode): ElementNode =>
  ({ type: ELEMENT_NODE, name, attributes, children, parent, loc: [] }) as unknown as ElementNode;
const text = (value: string, parent: ElementNode): Node => ({ type: TEXT_NODE, value, parent }) as unknown as Node;

export function rewritePolicyHtml(html: string, sections: SectionLinks, footnotes: FootnoteLabels): string {
  const tree = parse(html);
  walkSync(tree, (node) => {
    if (!isElement(node)) return;
    if (node.name === 'div' && classes(node).includes('sl-heading-wrapper')) {
      const heading = node.children.find((child): child is ElementNode => isElement(child) && /^h[2-6]$/.test(child.name));
      const id = heading?.attributes.id;
      const key = id && sections.keys.get(id);
      if (!heading || !key) return;
      node.attributes['data-section-key'] = key;
      // A translation's heading has an id of its own; the original's id must lead here too.
      if (key !== id) node.children.unshift(element('span', { id: key, class: 'section-alias' }, [], node));
      const title = textOf(heading);
      const link = element(
        'a',
        {
          class: 'section-language-link',
          'data-site-note': '',
          href: `${sections.counterpartPath}#${key}`,
          hreflang: sections.counterpartLang,
          lang: sections.counterpartLang,
          'aria-label': sections.label(title),
        },
        [],
        node,
      );
      link.children.push(text(sections.text, link));
      node.children.push(link);
    }
    if (node.attributes.id === 'footnote-label') {
      node.children = [text(footnotes.label, node)];
    }
    if (node.name === 'a' && classes(node).includes('data-footnote-backref')) {
      const referenceNumber = String(node.attributes['aria-label'] ?? '').match(/\d+/)?.[0] ?? '';
      node.attributes['aria-label'] = footnotes.backLabel(referenceNumber);
    }
    if (node.name === 'a' && node.attributes.href === '#footnote-label') {
      const label = node.children.find((child): child is ElementNode => isElement(child) && classes(child).includes('sr-only'));
      if (label) label.children = [text(footnotes.anchorLabel(footnotes.label), label)];
    }
  });
  return renderSync(tree);
}
