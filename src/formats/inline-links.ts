/**
 * The data tables' cells may hold Markdown-style links, `[text](url)`, and nothing else of Markdown.
 * These functions split such text into plain and link segments. A format of the data, below everything
 * that reads it (the communication matrix's schema, the table component), so it imports nothing of the project.
 */

export type TextSegment = { text: string; href?: string };

const linkPattern = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits `see [docs](https://x.org).` into `see `, a link, and `.`. */
export function splitInlineLinks(source: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(linkPattern)) {
    if (match.index > last) segments.push({ text: source.slice(last, match.index) });
    segments.push({ text: match[1]!, href: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < source.length) segments.push({ text: source.slice(last) });
  return segments;
}

/** The URLs of every link in the text. */
export function linkTargets(source: string): string[] {
  return splitInlineLinks(source).flatMap((segment) => (segment.href ? [segment.href] : []));
}
