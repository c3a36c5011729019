/**
 * A link's address as a reader reads it: percent-encoded UTF-8 (`#%E6%96%87%E4%BB%B6`) decoded to
 * its characters (`#文件`). Browsers encode such characters themselves when they follow the link,
 * so both forms lead to the same place; this one is the one a printed page can show. Escapes of
 * ASCII characters (`%20`, `%2F`, `%25`) stay: decoding them could change what the address means.
 * A run of escapes that is not valid UTF-8 stays as it is.
 */
export function readableUrl(href: string): string {
  return href.replace(/(?:%[89a-f][0-9a-f])+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
