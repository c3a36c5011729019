// What the site publishes, read from the build's sitemap and the manifests as the README describes
// them (not from the site's code): the page lists the static and browser tiers walk.
import { readFileSync } from 'node:fs';
import { statementTexts } from './data.ts';
import { notFoundPages, pageKind, readSitemap, type PageKind } from './site-pages.ts';

export { notFoundPages };

/** Every page of the production build, as a path (`/zh-cn/torch-npu/`), read from its sitemap. */
export const builtPages: string[] = readSitemap();

/** Every page a reader can reach: the sitemap's and the not-found pages. */
export const allPages: string[] = [...builtPages, ...notFoundPages];

interface ManifestRow {
  file: string;
}
const manifest = (policy: string) =>
  JSON.parse(readFileSync(new URL(`../../content/upstream/${policy}.json`, import.meta.url), 'utf-8')) as ManifestRow[];

/**
 * Each distinct upstream text of a policy's history, read from the manifests as the README says
 * the site publishes them: at the file's name (PyTorch) or at the first branch holding the text
 * (torch_npu), with its comparison pages.
 */
export const revisionTexts = [
  ...[...new Map(manifest('pytorch').map((row) => [row.file, row])).values()].map((row) => ({
    path: `/pytorch/revisions/${row.file.replace(/^pytorch\/|\.md$/g, '')}/`,
    upstream: row.file,
  })),
  ...statementTexts.map(({ slug, file }) => ({ path: `/zh-cn/torch-npu/releases/${slug}/`, upstream: file })),
  // The English page of a text a branch has upstream's own English for shows that English text.
  ...statementTexts.flatMap(({ slug, english }) => (english ? [{ path: `/torch-npu/releases/${slug}/`, upstream: english }] : [])),
];

/**
 * The revision pages that are this site's translation: the English pages of torch_npu's texts
 * without upstream English, and the Chinese pages of PyTorch's.
 */
export const translatedRevisionPages = [
  ...statementTexts
    .filter(({ english }) => !english)
    .map(({ slug }) => ({ path: `/torch-npu/releases/${slug}/`, original: `/zh-cn/torch-npu/releases/${slug}/`, lang: 'en' as const })),
  ...[...new Set(manifest('pytorch').map((row) => row.file.replace(/^pytorch\/|\.md$/g, '')))].map((slug) => ({
    path: `/zh-cn/pytorch/revisions/${slug}/`,
    original: `/pytorch/revisions/${slug}/`,
    lang: 'zh-CN' as const,
  })),
];

/** The pages of the policies' histories: each history, text and comparison, in either language. */
export const isRevisionPath = (path: string) => /^\/(zh-cn\/)?(pytorch\/revisions|torch-npu\/releases)\//.test(path);

/** A history page with a page in the other language: each history and its texts (not the comparisons). */
export const hasCounterpart = (path: string) => /^\/(zh-cn\/)?(torch-npu\/releases|pytorch\/revisions)\/([^/]+\/)?$/.test(path);

/** The site's own pages: every built page but the revision pages. */
export const docsPages: string[] = builtPages.filter((path) => !isRevisionPath(path));

/** The policy pages and what they publish. */
export const policyPages = [
  { path: '/pytorch/', upstream: manifest('pytorch').at(-1)!.file, lang: 'en', translation: '/zh-cn/pytorch/' },
  { path: '/zh-cn/torch-npu/', upstream: manifest('torch_npu').at(-1)!.file, lang: 'zh-CN', translation: '/torch-npu/' },
] as const;

/**
 * One page of each kind and language, and of each variant a kind has (an original and a
 * translation; a text with upstream's English), for the browser tests of what a page does: each
 * kind is one template over different texts, and every page's markup is read by the static tier.
 */
export const representatives: Record<PageKind, string[]> = {
  home: ['/', '/zh-cn/'],
  policy: ['/pytorch/', '/zh-cn/pytorch/', '/torch-npu/', '/zh-cn/torch-npu/'],
  tool: ['/hardening/', '/zh-cn/hardening/', '/firewall/', '/zh-cn/firewall/', '/permissions/', '/zh-cn/permissions/'],
  history: ['/pytorch/revisions/', '/zh-cn/torch-npu/releases/', '/torch-npu/releases/'],
  revision: [
    '/pytorch/revisions/01f9ef32ea/',
    '/zh-cn/torch-npu/releases/v2.4.0-6.0.0/',
    '/torch-npu/releases/v2.4.0-6.0.0/',
    '/torch-npu/releases/v2.8.0-7.3.0/',
  ],
  comparison: ['/pytorch/revisions/01f9ef32ea/changes/', '/zh-cn/torch-npu/releases/v2.4.0-6.0.0/to-newest/'],
  'not-found': notFoundPages,
};

/** Every built page of each kind, for the checks that pick a representative by what a page holds. */
export const pagesOfKind = (kind: PageKind) => allPages.filter((path) => pageKind(path) === kind);
