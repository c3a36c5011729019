import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { codeBlock, type CopyLabels } from './code-block';

/**
 * Rewrites of a policy page's rendered Markdown that need to know the page: section keys and links
 * to the same section in the other language, footnote labels in the page's language (the
 * Markdown processor writes them in English for every page), a mark on links whose text is
 * their address, so that print does not show it twice, and code blocks with copy buttons.
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

const hasClass = (node: Element, name: string) =>
  String(node.properties.className ?? '')
    .split(/[\s,]+/)
    .includes(name);

export function rewritePolicyHtml(html: string, sections: SectionLinks, footnotes: FootnoteLabels, copyLabels: CopyLabels): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'pre' && parent && index !== undefined) {
      parent.children[index] = codeBlock(node, copyLabels);
      return SKIP;
    }
    if (hasClass(node, 'sl-heading-wrapper')) {
      const heading = node.children.find((child): child is Element => child.type === 'element' && /^h[2-6]$/.test(child.tagName));
      const id = heading && String(heading.properties.id);
      const key = id && sections.keys.get(id);
      if (!heading || !key) return;
      node.properties.dataSectionKey = key;
      // A translation's heading has an id of its own; the original's id, on the wrapper, leads here too.
      if (key !== id) node.properties.id = key;
      node.children.push(
        h(
          'a.section-language-link',
          {
            dataSiteNote: '',
            href: `${sections.counterpartPath}#${key}`,
            hrefLang: sections.counterpartLang,
            lang: sections.counterpartLang,
            ariaLabel: sections.label(textOf(heading)),
          },
          sections.text,
        ),
      );
    } else if (node.properties.id === 'footnote-label') {
      node.children = [{ type: 'text', value: footnotes.label }];
    } else if (node.tagName === 'a' && hasClass(node, 'data-footnote-backref')) {
      const referenceNumber = String(node.properties.ariaLabel ?? '').match(/\d+/)?.[0] ?? '';
      node.properties.ariaLabel = footnotes.backLabel(referenceNumber);
    } else if (node.tagName === 'a' && node.properties.href === '#footnote-label') {
      const label = node.children.find((child): child is Element => child.type === 'element' && hasClass(child, 'sr-only'));
      if (label) label.children = [{ type: 'text', value: footnotes.anchorLabel(footnotes.label) }];
    } else if (node.tagName === 'a' && textOf(node) === node.properties.href) {
      // A printed link shows its address after its text (print.css), unless its text is the address.
      node.properties.dataShowsAddress = '';
    }
  });
  return toHtml(tree);
}
