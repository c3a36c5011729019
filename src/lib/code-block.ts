import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/**
 * A code block as the site renders it: a copy button, then the code, focusable so that a keyboard
 * can scroll a long line sideways. The button starts hidden; the script of CodeBlocks.astro shows
 * it, so a page without JavaScript has no button that does nothing.
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

/** Wraps a `<pre>` (the Markdown processor's, or one of ours) in a code block. */
export function codeBlock(pre: Element, labels: CopyLabels): Element {
  pre.properties.tabIndex = 0;
  // Search leaves the button's label out of the page's text.
  const button = h(
    'button.code-copy',
    { type: 'button', hidden: true, ariaLive: 'polite', dataCopied: labels.copied, dataPagefindIgnore: '' },
    labels.copy,
  );
  return h(`div.${codeBlockClass}`, [button, pre]);
}

/** A code block of `code`, as HTML for a component; `pre` and `code` hold extra attributes. */
export function codeBlockHtml(
  code: string,
  labels: CopyLabels,
  attributes: { pre?: Record<string, string>; code?: Record<string, string> } = {},
): string {
  return toHtml(codeBlock(h('pre', attributes.pre ?? {}, h('code', attributes.code ?? {}, code)), labels));
}
