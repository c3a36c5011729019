/**
 * Sections that line up across languages. A translation has the same sections as its original, in
 * the same order; a section's key is the id of the original's heading, so `#untrusted-models` and
 * `#文件权限参考` lead to the same section in either language.
 */
import { prefixedLocales } from '../locales';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Chinese pages live under /zh-cn/ (src/locales.ts); English ones at the root. */
const chinesePrefix = `${prefixedLocales[0]}/`;

/** The docs entry id of the same page in the other language: `pytorch` ↔ `zh-cn/pytorch`. */
export function counterpartId(entryId: string): string {
  return entryId.startsWith(chinesePrefix) ? entryId.slice(chinesePrefix.length) : chinesePrefix + entryId;
}

/** A page of a policy's history (src/routes/revision-paths.ts). */
export function isRevisionPage(entryId: string): boolean {
  return /^(pytorch\/revisions|(zh-cn\/)?torch-npu\/releases)(\/|$)/.test(entryId);
}

/**
 * Whether a history page has a page in the other language: torch_npu's history and texts do (the
 * English ones at /torch-npu/releases/); its comparisons and PyTorch's history are in one language.
 */
export function revisionPageHasCounterpart(entryId: string): boolean {
  return /^(zh-cn\/)?torch-npu\/releases(\/[^/]+)?$/.test(entryId);
}

/** The not-found pages: `404` and `zh-cn/404`. */
export function isNotFoundPage(entryId: string): boolean {
  return entryId === '404' || entryId === `${chinesePrefix}404`;
}

/** The sections of a page: its headings, less the footnotes' own heading. */
export function sectionHeadings(headings: Heading[]): Heading[] {
  return headings.filter(({ slug }) => slug !== 'footnote-label');
}

/**
 * Maps each heading id of `page` to its section key. For an original the key is the id itself; for
 * a translation it is the id of the original's heading at the same place.
 */
export function sectionKeys(page: Heading[], original: Heading[], pageName: string): Map<string, string> {
  const sections = sectionHeadings(page);
  const originalSections = sectionHeadings(original);
  if (sections.length !== originalSections.length) {
    const titles = (headings: Heading[]) => headings.map(({ text }) => `“${text}”`).join(', ');
    throw new Error(
      `${pageName} has ${sections.length} sections but its original has ${originalSections.length}; a translation keeps the original's sections one to one.\n` +
        `  This page: ${titles(sections)}\n  The original: ${titles(originalSections)}`,
    );
  }
  return new Map(
    sections.map((heading, i) => {
      const counterpart = originalSections[i]!;
      if (heading.depth !== counterpart.depth) {
        throw new Error(
          `${pageName}: section ${i + 1} (“${heading.text}”) is a level-${heading.depth} heading, but in the original (“${counterpart.text}”) level ${counterpart.depth}.`,
        );
      }
      return [heading.slug, counterpart.slug];
    }),
  );
}
