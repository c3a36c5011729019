import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import { codeLines, hasHashComments } from './code-lines';

/**
 * A code block as the site renders it: a copy button, then the code, a `span.line` per line (each
 * wraps on its own, marked where it continues: src/styles/code-blocks.css) with its comment in a
 * `span.comment`. The line breaks stay in the text, so copying copies the code as written. The
 * button starts hidden; the script of CodeBlocks.astro shows it, so a page without JavaScript has
 * no button that does nothing.
 */

export interface CopyLabels {
  /** The button's text, e.g. `Copy`. */
  copy: string;
  /** What it says for a moment once it has copied, e.g. `Copied`. */
  copied: string;
}

/** The labels in the page's language, from the site's UI strings (content/i18n/). */
export function copyLabelsFrom(t: (key: 'codeBlock.copy' | 'codeBlock.copied') => string): CopyLabels {
  return { copy: t('codeBlock.copy'), copied: t('codeBlock.copied') };
}

/** The class of a code block's wrapper; a page with one needs the copy buttons' script. */
export const codeBlockClass = 'code-block';

/**
 * The children of a `<code>` holding `text`: one `span.line` per line, each but the last ending in
 * its `\n`, the comment (for a language with `#` comments: code-lines.ts) in a `span.comment`.
 */
export function codeLineElements(text: string, language: string | undefined): Element[] {
  const lines = codeLines(text, hasHashComments(language));
  return lines.map(({ code, comment }, i) =>
    h('span.line', [code, comment ? h('span.comment', comment) : '', i < lines.length - 1 ? '\n' : '']),
  );
}

/** The language of a `<code>` from its `language-…` class (as Markdown code fences give it). */
function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const name = (Array.isArray(classes) ? classes : []).map(String).find((c) => c.startsWith('language-'));
  return name?.slice('language-'.length);
}

/** Wraps a `<pre>` (the Markdown processor's, or one of ours) in a code block, its code in lines. */
export function codeBlock(pre: Element, labels: CopyLabels): Element {
  // New children, not edited ones: the Markdown processor hands a read-only view of its tree.
  pre.children = pre.children.map((child) =>
    child.type === 'element' && child.tagName === 'code'
      ? { ...child, children: codeLineElements(textOf(child), languageOf(child)) }
      : child,
  );
  // Search leaves the button's label out of the page's text.
  const button = h(
    'button.code-copy',
    { type: 'button', hidden: true, ariaLive: 'polite', dataCopied: labels.copied, dataPagefindIgnore: '' },
    labels.copy,
  );
  return h(`div.${codeBlockClass}`, [button, pre]);
}

/**
 * A code block of `code`, as HTML for a component; `pre` and `code` hold extra attributes. The
 * tools' code is shell (`sh`) unless `language` says otherwise.
 */
export function codeBlockHtml(
  code: string,
  labels: CopyLabels,
  attributes: { pre?: Record<string, string>; code?: Record<string, string>; language?: string } = {},
): string {
  const language = attributes.language ?? 'sh';
  const codeElement = h('code', { className: [`language-${language}`], ...attributes.code }, code);
  return toHtml(codeBlock(h('pre', attributes.pre ?? {}, codeElement), labels));
}
