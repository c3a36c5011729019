import { getEntry } from 'astro:content';
import { compareRevisions, summarize } from '../lib/revision-diff';
import type { Revision } from '../schemas/revision';
import { revisionsOf } from './revisions';

/**
 * The published revisions of a policy: each distinct upstream text once, at the address of the
 * first branch (torch_npu) or the file (PyTorch) that holds it, named by every revision that holds
 * it, oldest first as the manifest lists them.
 */
export interface PublishedText {
  /** The address segment: `01f9ef32ea`, `v2.4.0-6.0.0`. */
  slug: string;
  /** content/upstream/<file>. */
  file: string;
  /** Every revision (branch) whose text this is, the first one first. */
  holders: Revision[];
}

export interface PolicyHistory {
  policy: Revision['policy'];
  /** `/pytorch/revisions/`, `/zh-cn/torch-npu/releases/`. */
  base: string;
  /** The page that shows the policy now, e.g. `/pytorch/`. */
  currentPage: string;
  texts: PublishedText[];
  /** The newest text: the last the manifest lists. */
  newest: PublishedText;
}

const bases = {
  pytorch: { base: '/pytorch/revisions/', currentPage: '/pytorch/' },
  torch_npu: { base: '/zh-cn/torch-npu/releases/', currentPage: '/zh-cn/torch-npu/' },
} as const;

export async function policyHistory(policy: Revision['policy']): Promise<PolicyHistory> {
  const texts = new Map<string, PublishedText>();
  for (const revision of await revisionsOf(policy)) {
    const slug = revision.policy === 'torch_npu' ? revision.branch : revision.file.replace(/^pytorch\/|\.md$/g, '');
    const text = texts.get(revision.file) ?? { slug, file: revision.file, holders: [] };
    text.holders.push(revision);
    texts.set(revision.file, text);
  }
  const list = [...texts.values()];
  return { policy, ...bases[policy], texts: list, newest: list.at(-1)! };
}

/** The Markdown source of a published text, byte for byte. */
export async function upstreamSource(file: string): Promise<string> {
  const entry = await getEntry('upstreamTexts', file.replace(/\.md$/, ''));
  if (!entry?.body) throw new Error(`content/upstream/${file} is listed in its manifest but is not there; add the file.`);
  return entry.body;
}

/** A page of a policy's history: the history, a text, or a comparison of two texts (by index). */
export type RevisionPageProps =
  | { kind: 'history'; history: PolicyHistory }
  | { kind: 'text'; history: PolicyHistory; index: number }
  | { kind: 'compare'; history: PolicyHistory; from: number; to: number; address: 'changes' | 'to-newest' };

/** What changed from one published text to another, and its one-line summary's figures. */
export async function comparison(history: PolicyHistory, from: number, to: number) {
  const changes = compareRevisions(await upstreamSource(history.texts[from]!.file), await upstreamSource(history.texts[to]!.file));
  return { changes, summary: summarize(changes) };
}
