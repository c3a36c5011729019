/**
 * What the search code (search-dialog.ts) needs of the `<site-search>` element that fetches it
 * (site-search.ts). A file of its own, so the search code does not import the element it is loaded by.
 */
export interface SearchRoot extends HTMLElement {
  /** True while an input method (pinyin, say) is composing text in the box: it is not yet a query. */
  readonly composing: boolean;
}
