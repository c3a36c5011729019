/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the index build) that the
 * search uses, as documented at https://pagefind.app/docs/api/ and https://pagefind.app/docs/multisite/,
 * and where the bundle is. Types only: the module itself is fetched from the built site, so it always
 * matches the index.
 */
import type { SubResult } from './search-text';

/** `filters` of a search: `{ kind: 'revision' }`, or `{ not: { kind: 'revision' } }`. */
export type PagefindFilters = Record<string, unknown>;

export interface PagefindResultData {
  /** The page's address, from the instance's `baseUrl`. */
  url: string;
  /** HTML: the page's text around the hits, escaped, with each hit in `<mark>`. */
  excerpt: string;
  /** `title` (the page's first h1) and the page's `data-pagefind-meta` values. */
  meta: Record<string, string | undefined>;
  /** The page's headings with an id that hold hits; `url` ends in `#id`. */
  sub_results: SubResult[];
}

export interface PagefindResult {
  id: string;
  /** Fetches the page's fragment: call only for the results shown. */
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  /** Pages found, best first. */
  results: PagefindResult[];
}

export interface PagefindInstance {
  search(term: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  /** Fetches the parts of the index `term` needs, ahead of its search. */
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
  /** Searches another index too; `language` picks its language, `mergeFilter` tags its pages for `filters`. */
  mergeIndex(bundleUrl: string, options: { language?: string; baseUrl?: string; mergeFilter?: Record<string, string[]> }): Promise<void>;
}

export interface PagefindModule {
  /** An instance for the page's language (`<html lang>`), with the bundle at its own address. */
  createInstance(options: { baseUrl?: string; excerptLength?: number }): PagefindInstance;
}

/** Pagefind's bundle, which the index build writes beside the pages: `/pagefind/`. */
export const pagefindBundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;
