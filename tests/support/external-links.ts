/** Why an external href is not a well-formed absolute URL, or undefined when it is. */
export function externalLinkProblem(href: string): string | undefined {
  if (/\s/.test(href)) return 'contains white space';
  if (!/^(https?:\/\/|mailto:)/.test(href)) return 'is not an absolute http(s) or mailto URL';
  const url = URL.parse(href);
  if (!url) return 'does not parse as a URL';
  if (url.protocol !== 'mailto:' && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return 'has no valid host name';
  return undefined;
}
