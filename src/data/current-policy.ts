import { getCollection } from 'astro:content';
import type { Revision } from '../schemas/revision';
import { revisionsOf } from './revisions';
import { pageText, placementOriginal, policyHistory } from './revision-pages';

/**
 * The current policy pages (content/docs/): each shows its policy's newest text, in the policy's
 * language or in the site's translation, with what the site adds (src/components/CurrentPolicy.astro).
 */
export const currentPolicyPages = {
  pytorch: { policy: 'pytorch', translated: false },
  'zh-cn/pytorch': { policy: 'pytorch', translated: true },
  'zh-cn/torch-npu': { policy: 'torch_npu', translated: false },
  'torch-npu': { policy: 'torch_npu', translated: true },
} as const satisfies Record<string, { policy: Revision['policy']; translated: boolean }>;
export type CurrentPolicyPage = keyof typeof currentPolicyPages;

/** The current page a docs entry id is, if it is one. */
export const currentPolicyOf = (entryId: string) =>
  entryId in currentPolicyPages ? currentPolicyPages[entryId as CurrentPolicyPage] : undefined;

/**
 * What a current page shows: the newest revision (the manifest's last), its text as the page's
 * language has it (the same entry its revision page renders), and the original's, in which the
 * site's notes are anchored.
 * @throws Error when the entry id is not a current policy page
 */
export async function currentText(entryId: string) {
  const page = currentPolicyOf(entryId);
  if (!page)
    throw new Error(`content/docs/${entryId}.mdx is not one of the current policy pages (${Object.keys(currentPolicyPages).join(', ')}).`);
  const history = await policyHistory(page.policy, page.translated);
  const index = history.texts.indexOf(history.newest);
  const shown = await pageText(history, index);
  // What the site's notes and data links are placed by, on the site's translation.
  const original = await placementOriginal(history, shown);
  const revision = (await revisionsOf(page.policy)).at(-1)!;
  /** The current page in the other language, e.g. `/zh-cn/pytorch/`. */
  const counterpartPage = (await policyHistory(page.policy, !page.translated)).currentPage;
  return { ...page, history, revision, shown, original, counterpartPage };
}

/** The site's notes on a policy (content/notes/<policy>.yaml), in their file's order. */
export async function siteNotesOf(policy: Revision['policy']) {
  return getCollection('siteNotes', ({ data }) => data.policy === policy);
}
