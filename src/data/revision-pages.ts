import { getEntry } from 'astro:content';
import { compareRevisions, summarize } from '../lib/revision-diff';
import { type PublishedText, publishedTexts } from '../lib/published-texts';
import type { Revision } from '../schemas/revision';
import { revisionsOf } from './revisions';

export type { PublishedText };

export interface PolicyHistory {
  policy: Revision['policy'];
  /** The language of the history's pages: the policy's own, or English for torch_npu's translations. */
  lang: 'en' | 'zh-CN';
  /** `/pytorch/revisions/`, `/zh-cn/torch-npu/releases/`, `/torch-npu/releases/`. */
  base: string;
  /** Where the comparisons are: they compare the upstream texts, so they are in the policy's language. */
  compareBase: string;
  /** The Atom feed of the policy's revisions. */
  feed: string;
  /** The page that shows the policy now, e.g. `/pytorch/`. */
  currentPage: string;
  texts: PublishedText[];
  /** The newest text: the last the manifest lists. */
  newest: PublishedText;
}

const bases = {
  pytorch: {
    lang: 'en',
    base: '/pytorch/revisions/',
    compareBase: '/pytorch/revisions/',
    feed: '/pytorch/revisions.atom',
    currentPage: '/pytorch/',
  },
  torch_npu: {
    lang: 'zh-CN',
    base: '/zh-cn/torch-npu/releases/',
    compareBase: '/zh-cn/torch-npu/releases/',
    feed: '/zh-cn/torch-npu/releases.atom',
    currentPage: '/zh-cn/torch-npu/',
  },
} as const;

/**
 * A policy's history, in its own language or, for torch_npu, in English (the site's translations
 * and upstream's own English texts, at /torch-npu/releases/).
 */
export async function policyHistory(policy: Revision['policy'], translated = false): Promise<PolicyHistory> {
  const list = publishedTexts(await revisionsOf(policy));
  const where =
    translated && policy === 'torch_npu'
      ? { ...bases.torch_npu, lang: 'en' as const, base: '/torch-npu/releases/', currentPage: '/torch-npu/' }
      : bases[policy];
  return { policy, ...where, texts: list, newest: list.at(-1)! };
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
  const [a, b] = [history.texts[from]!.file, history.texts[to]!.file];
  const key = `${a}\n${b}`;
  // The histories in both languages, the feeds and the comparison pages ask for the same pairs.
  let result = comparisons.get(key);
  if (!result) {
    const changes = compareRevisions(await upstreamSource(a), await upstreamSource(b));
    result = { changes, summary: summarize(changes) };
    comparisons.set(key, result);
  }
  return result;
}
const comparisons = new Map<string, { changes: ReturnType<typeof compareRevisions>; summary: ReturnType<typeof summarize> }>();
