/**
 * Sections that line up across languages. A translation keeps its original's heading ids
 * (src/markdown/original-heading-ids.ts), so a section's key is its id in either language:
 * `#untrusted-models` and `#文件权限参考` lead to the same section on both pages.
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
  return /^(zh-cn\/)?(pytorch\/revisions|torch-npu\/releases)(\/|$)/.test(entryId);
}

/**
 * Whether a history page has a page in the other language: the histories and texts do (torch_npu's
 * English at /torch-npu/releases/, PyTorch's Chinese at /zh-cn/pytorch/revisions/); the
 * comparisons are in the original's language only.
 */
export function revisionPageHasCounterpart(entryId: string): boolean {
  return /^(zh-cn\/)?(torch-npu\/releases|pytorch\/revisions)(\/[^/]+)?$/.test(entryId);
}

/** The not-found pages: `404` and `zh-cn/404`. */
export function isNotFoundPage(entryId: string): boolean {
  return entryId === '404' || entryId === `${chinesePrefix}404`;
}

/** The sections of a page: its headings, less the footnotes' own heading. */
export function sectionHeadings(headings: Heading[]): Heading[] {
  return headings.filter(({ slug }) => slug !== 'footnote-label');
}
