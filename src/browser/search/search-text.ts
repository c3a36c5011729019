/**
 * The search dialog's sentences and the sections it shows of a hit. Pure, no DOM: the Search
 * component (src/components/starlight/Search.astro) reads the words with it as the page is built,
 * and the dialog (search-dialog.ts) writes its sentences with it in the browser.
 */
import { interpolate, interpolatePlural } from '../../lib/interpolate';

/**
 * The search dialog's words, from content/i18n/<locale>.json (`siteSearch.*`), carried by each page
 * for the browser to fill: `{{term}}`, `{{count}}` and `{{name}}` placeholders.
 */
export interface SearchStrings {
  /** The page's language tag (`en`, `zh-CN`), for plural rules. */
  locale: string;
  searching: string;
  results: { one: string; other: string };
  none: string;
  /** The line when only the other language has the query: it replaces `none`. */
  otherLanguage: { one: string; other: string };
  otherLanguageLink: string;
  current: string;
  revisions: string;
  revision: string;
  more: { one: string; other: string };
  error: string;
}

/**
 * The dialog's words for a page in `locale`, from its UI strings (`t`, Starlight's, or any lookup of
 * content/i18n/<locale>.json): the one place the `siteSearch.*` keys are read.
 */
export function searchStringsFrom(t: (key: `siteSearch.${string}`) => string, locale: string): SearchStrings {
  const forms = (key: string) => ({ one: t(`siteSearch.${key}.one`), other: t(`siteSearch.${key}.other`) });
  return {
    locale,
    searching: t('siteSearch.searching'),
    results: forms('results'),
    none: t('siteSearch.none'),
    otherLanguage: forms('otherLanguage'),
    otherLanguageLink: t('siteSearch.otherLanguageLink'),
    current: t('siteSearch.current'),
    revisions: t('siteSearch.revisions'),
    revision: t('siteSearch.revision'),
    more: forms('more'),
    error: t('siteSearch.error'),
  };
}

/** The line above the results: how many pages `term` found, or that it found none. */
export function summaryText(strings: SearchStrings, term: string, count: number): string {
  return count === 0 ? interpolate(strings.none, { term }) : interpolatePlural(strings.results, count, strings.locale, { term });
}

/** The line when `term` is in none of this language's pages but in `count` of the other's. */
export function otherLanguageText(strings: SearchStrings, term: string, count: number): string {
  return interpolatePlural(strings.otherLanguage, count, strings.locale, { term });
}

/** One section of a page that Pagefind found the query in (its `sub_results`). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the hits in the page: more means a better match. */
  locations?: number[];
}

/**
 * The sections shown under a page's hit: not the page itself (its first sub-result when the hit is
 * above the first heading: at the page's address, or at its title, Starlight's `<h1 id="_top">`), and
 * at most `limit`, those with the most hits, in page order. Pagefind's own UIs follow the same rule
 * (`getDisplaySubResults` in @pagefind/component-ui).
 */
export function displaySubResults(page: { url: string; title: string }, subResults: SubResult[], limit = 3): SubResult[] {
  const first = subResults[0];
  const sections = first && (first.url === page.url || first.title === page.title) ? subResults.slice(1) : subResults;
  if (sections.length <= limit) return sections;
  const best = new Set(
    [...sections]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, limit)
      .map(({ url }) => url),
  );
  return sections.filter(({ url }) => best.has(url));
}
