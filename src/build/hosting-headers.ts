import { serializePolicy, unionOfPolicies, withSources, type Policy } from './content-security-policy';

/**
 * The `_headers` file that Cloudflare Pages, Netlify and similar static hosts read: security
 * headers for every response, the Content-Type of security.txt, and one Content-Security-Policy.
 */

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Only features Chromium recognises: it logs an unknown name as an error on every page.
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

const fileHeaders: Record<string, Record<string, string>> = {
  '/.well-known/security.txt': { 'Content-Type': 'text/plain; charset=utf-8' },
};

/** Cloudflare Pages reads at most 2,000 characters a line. */
export const maxLineLength = 2000;

/**
 * The header policy allows what any page allows, and adds what a <meta> policy cannot carry
 * (frame-ancestors). A browser enforces the header and the page's <meta> both, so each page still
 * gets exactly its own policy. Style attributes are pinned by hash in each page's <meta> only:
 * their hashes from every page would not fit in one header line.
 */
export function headerPolicy(pagePolicies: Policy[]): Policy {
  const union = unionOfPolicies(pagePolicies);
  if (union.has('style-src-attr')) union.set('style-src-attr', ["'unsafe-inline'"]);
  return withSources(union, 'frame-ancestors', ["'none'"]);
}

export function headersFile(pagePolicies: Policy[]): string {
  const rules: Record<string, Record<string, string>> = {
    '/*': { 'Content-Security-Policy': serializePolicy(headerPolicy(pagePolicies)), ...securityHeaders },
    ...fileHeaders,
  };
  const lines = Object.entries(rules).flatMap(([path, headers]) => [
    path,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ]);
  const tooLong = lines.find((line) => line.length > maxLineLength);
  if (tooLong) {
    throw new Error(
      `_headers: a line of ${tooLong.length} characters is longer than the ${maxLineLength} that Cloudflare Pages reads: ${tooLong.slice(0, 80)}…`,
    );
  }
  return `${lines.join('\n')}\n`;
}
