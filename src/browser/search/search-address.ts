// Apart from search-text.ts: the script on every page needs these, not the dialog's words.

/** What the box's value is searched as: Pagefind ignores the spaces around a query, and so do we. */
export function searchTerm(boxValue: string): string {
  return boxValue.trim();
}

/**
 * The address that opens a page's search with `term` typed in (`/zh-cn/?search=防火墙`): how a
 * reader is sent to the other language's results. `home` is a site path ending in `/`.
 */
export function searchAddress(home: string, term: string): string {
  return `${home}?${new URLSearchParams({ search: term })}`;
}

/** The query a page was opened with (`?search=…`), or undefined when there is none or it is blank. */
export function termFromAddress(search: string): string | undefined {
  const term = searchTerm(new URLSearchParams(search).get('search') ?? '');
  return term || undefined;
}
