import type { MarkdownHeading } from 'astro';
import { getEntry } from 'astro:content';
import { compareRevisions, summarize } from '../lib/revision-diff';
import { type PublishedText, publishedTexts } from '../lib/published-texts';
import type { Revision } from '../schemas/revision';
import { textTitle } from '../upstream/text-title';
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
  /** The same history in the other language, and that language. */
  otherBase: string;
  otherLang: 'en' | 'zh-CN';
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
    otherBase: '/zh-cn/pytorch/revisions/',
    otherLang: 'zh-CN',
  },
  torch_npu: {
    lang: 'zh-CN',
    base: '/zh-cn/torch-npu/releases/',
    compareBase: '/zh-cn/torch-npu/releases/',
    feed: '/zh-cn/torch-npu/releases.atom',
    currentPage: '/zh-cn/torch-npu/',
    otherBase: '/torch-npu/releases/',
    otherLang: 'en',
  },
} as const;

/** Where a policy's pages in the other language are: torch_npu's in English, PyTorch's in Chinese. */
const translatedBases = {
  torch_npu: {
    ...bases.torch_npu,
    lang: 'en',
    base: '/torch-npu/releases/',
    currentPage: '/torch-npu/',
    otherBase: bases.torch_npu.base,
    otherLang: 'zh-CN',
  },
  pytorch: {
    ...bases.pytorch,
    lang: 'zh-CN',
    base: '/zh-cn/pytorch/revisions/',
    currentPage: '/zh-cn/pytorch/',
    otherBase: bases.pytorch.base,
    otherLang: 'en',
  },
} as const;

/**
 * A policy's history, in its own language or in the other (torch_npu in English: the site's
 * translations and upstream's own English texts, at /torch-npu/releases/; PyTorch in Chinese, the
 * site's translations, at /zh-cn/pytorch/revisions/). The comparisons are the original's.
 */
export async function policyHistory(policy: Revision['policy'], translated = false): Promise<PolicyHistory> {
  const revisions = await revisionsOf(policy);
  const list = publishedTexts(revisions);
  const where = translated ? translatedBases[policy] : bases[policy];
  // The current text is the newest revision's (the manifest's last), however many branches share it.
  const newest = list.find((text) => text.file === revisions.at(-1)!.file)!;
  return { policy, ...where, texts: list, newest };
}

/** Whether a history's pages are in the policy's own language. */
export const isOriginalLanguage = (history: PolicyHistory) => history.lang === bases[history.policy].lang;

/**
 * What a page of a history shows for one of its texts: in the policy's language, the upstream
 * text; in the other, upstream's own English where a torch_npu branch holding the text has one,
 * else this site's translation. The current pages and the revision pages both take it from here,
 * so a text reads the same on both.
 * @throws Error naming the file, when the text is not in its collection
 */
export async function pageText(history: PolicyHistory, index: number) {
  const text = history.texts[index]!;
  const original = isOriginalLanguage(history);
  const official = original ? undefined : text.holders.find((holder) => holder.policy === 'torch_npu' && holder.officialEnglish);
  const english = official?.policy === 'torch_npu' ? official.officialEnglish : null;
  const entry = original
    ? await getEntry('upstreamTexts', text.file.replace(/\.md$/, ''))
    : english
      ? await getEntry('upstreamTexts', english.file.replace(/\.md$/, ''))
      : history.policy === 'torch_npu'
        ? await getEntry('torchNpuTranslations', text.slug)
        : await getEntry('pytorchTranslations', text.slug);
  if (!entry?.rendered) {
    throw new Error(
      `The text of ${text.slug} (content/upstream/${english?.file ?? text.file}) is not in its collection; check the manifest and the file.`,
    );
  }
  const first = text.holders[0]!;
  return {
    text,
    entry,
    /** The text's own title: upstream's English text's, the Chinese statement's (from its manifest), or its first heading's. */
    title: english?.title ?? (first.policy === 'torch_npu' && original ? first.title : textTitle(entry.body ?? '')),
    /** The file under content/upstream/ whose words the page shows (a translation's: its original's). */
    textFile: english?.file ?? text.file,
    /** The branch whose upstream English text the page shows, and that text. */
    official: english && official ? { holder: official, english } : undefined,
    /** The page is this site's translation. */
    siteTranslation: !original && !english,
    /** The text rendered by the site's Markdown pipeline. */
    html: entry.rendered.html,
    /** The text's headings, with their ids, as Astro collected them when it rendered the text. */
    headings: (entry.rendered.metadata?.headings ?? []) as MarkdownHeading[],
  };
}

/** The Markdown source of a published text, byte for byte. */
export async function upstreamSource(file: string): Promise<string> {
  const entry = await getEntry('upstreamTexts', file.replace(/\.md$/, ''));
  if (!entry?.body) throw new Error(`content/upstream/${file} is listed in its manifest but is not there; add the file.`);
  return entry.body;
}

/**
 * The original's rendering of a text a page shows in this site's translation: its blocks line up
 * with the translation's one to one (src/upstream/source-units.ts), so the site's notes and data
 * links are placed by it (src/lib/site-additions.ts). Undefined for a page that shows an original
 * or upstream's own English, whose blocks are their own.
 */
export async function placementOriginal(history: PolicyHistory, shown: Awaited<ReturnType<typeof pageText>>): Promise<string | undefined> {
  if (!shown.siteTranslation) return undefined;
  return (await pageText(await policyHistory(history.policy), history.texts.indexOf(shown.text))).html;
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
