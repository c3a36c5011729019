import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { attribute, builtHtml, builtPage, selectAll, textOf } from '../support/built-page';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { allPages } from '../support/published';
import { dist } from '../support/site-pages';

// The policies as the build wrote them, read apart from the build's own code
// (src/build/content-security-policy.ts), so that a mistake there cannot hide here: an HTML parser
// finds the inline code as a browser's does, Node hashes it. The browser tests show that every
// page works under its policy; these show that the policy is strict and that the hosts get it.

const hostingHeaders = parseHeadersFile(readFileSync(`${dist}_headers`, 'utf-8'));

/** A policy as directive → sources (CSP3: directives split on ';', sources on white space). */
function parsePolicy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** The script types a browser runs, which CSP governs: classic, module, importmap, speculation rules. */
const runs = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);

for (const path of allPages) {
  test(`${path} carries a strict policy that allows exactly its own inline code`, () => {
    const html = builtHtml(path);
    // The <meta> comes first in <head>, so that it governs everything after it.
    const meta =
      /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
    expect(meta, 'the policy <meta> right after <meta charset>').not.toBeNull();
    const policy = parsePolicy(meta![1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'));

    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = policy.get(directive) ?? [];
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
      expect(
        sources.filter((source) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/.test(source)),
        `${directive}: only 'self' and hashes`,
      ).toEqual([]);
    }

    // Scripts a browser runs, style elements and style attributes, as the HTML parser reads the page.
    const document = builtPage(path);
    const scripts = selectAll('script:not([src])', document)
      .filter((script) => runs.has((attribute(script, 'type') ?? '').trim().toLowerCase()))
      .map(textOf);
    const styles = selectAll('style', document).map(textOf);
    const styleAttributes = selectAll('[style]', document).map((element) => attribute(element, 'style') ?? '');
    expect(scripts.length, 'Starlight emits inline scripts on every page').toBeGreaterThan(0);
    const hashes = (texts: string[]) => [...new Set(texts.map(sha256Source))].sort();
    const allowedHashes = (directive: string) => (policy.get(directive) ?? []).filter((source) => source.startsWith("'sha")).sort();
    expect(allowedHashes('script-src')).toEqual(hashes(scripts));
    expect(allowedHashes('style-src')).toEqual(hashes(styles));
    expect(allowedHashes('style-src-attr')).toEqual(hashes(styleAttributes));

    // For hosts that send no headers of ours, the page states the header's referrer policy.
    const headers = headersFor(hostingHeaders, path);
    expect(html).toContain(`<meta name="referrer" content="${headers['Referrer-Policy']}"/>`);

    // The header repeats the policy and adds what a <meta> cannot say.
    const header = parsePolicy(headers['Content-Security-Policy'] ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      expect(header.get(directive), `the header allows what the page's ${directive} allows`).toEqual(
        expect.arrayContaining(policy.get(directive)!),
      );
    }
  });
}

test('_headers sends the security headers with every address, and security.txt as text', () => {
  for (const path of ['/', '/zh-cn/torch-npu/', '/data/file-permissions.json', '/no-such-page/']) {
    const headers = headersFor(hostingHeaders, path);
    expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
    expect(headers['Referrer-Policy'], path).toBe('no-referrer');
    expect(headers['Permissions-Policy'], path).toMatch(/camera=\(\).*microphone=\(\)/);
    expect(headers['Content-Security-Policy'], path).toContain("frame-ancestors 'none'");
  }
  expect(headersFor(hostingHeaders, '/.well-known/security.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
});
