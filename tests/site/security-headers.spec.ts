import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { baseURL } from '../playwright.config';
import { builtPages, expect, notFoundPages, test } from '../fixtures';

// The policies as the build wrote them. The page-wide tests show that every page works under
// its policy in a browser; these show that the policy is strict and that the hosts get it.

const hostingHeaders = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf-8');

// Read apart from the build's own code (src/build/content-security-policy.ts), so that a mistake
// there cannot hide here: the browser's HTML parser finds the inline code, Node hashes it.

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

for (const path of [...builtPages, ...notFoundPages]) {
  test(`${path} carries a strict policy that allows exactly its own inline code`, async ({ request, reader: page }) => {
    const response = await request.get(path);
    const html = await response.text();

    // The <meta> comes first in <head>, so that it governs everything after it.
    const meta =
      /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
    expect(meta, 'the policy <meta> right after <meta charset>').not.toBeNull();
    const policy = parsePolicy(meta![1]!);

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

    // Scripts a browser runs (CSP covers classic, module, importmap and speculationrules scripts), style
    // elements and style attributes, as the browser's parser reads the page.
    const code = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const runs = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);
      return {
        scripts: [...doc.querySelectorAll('script:not([src])')]
          .filter((s) => runs.has((s.getAttribute('type') ?? '').trim().toLowerCase()))
          .map((s) => s.textContent ?? ''),
        styles: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? ''),
        styleAttributes: [...doc.querySelectorAll('[style]')].map((e) => e.getAttribute('style') ?? ''),
      };
    }, html);
    expect(code.scripts.length, 'Starlight emits inline scripts on every page').toBeGreaterThan(0);
    const hashes = (texts: string[]) => [...new Set(texts.map(sha256Source))].sort();
    const allowedHashes = (directive: string) => (policy.get(directive) ?? []).filter((source) => source.startsWith("'sha")).sort();
    expect(allowedHashes('script-src')).toEqual(hashes(code.scripts));
    expect(allowedHashes('style-src')).toEqual(hashes(code.styles));
    expect(allowedHashes('style-src-attr')).toEqual(hashes(code.styleAttributes));

    // For hosts that send no headers of ours, the page states the header's referrer policy.
    expect(html).toContain(`<meta name="referrer" content="${response.headers()['referrer-policy']}"/>`);

    // The header repeats the policy and adds what a <meta> cannot say.
    const header = parsePolicy(response.headers()['content-security-policy'] ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      expect(header.get(directive), `the header allows what the page's ${directive} allows`).toEqual(
        expect.arrayContaining(policy.get(directive)!),
      );
    }
  });
}

test('_headers sends the security headers with every response, and security.txt as text', async ({ request }) => {
  expect(hostingHeaders).toMatch(/^\/\*\n/);
  for (const path of ['/', '/zh-cn/torch-npu/', '/data/file-permissions.json', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toMatch(/camera=\(\).*microphone=\(\)/);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  const securityTxt = await request.get('/.well-known/security.txt');
  expect(securityTxt.headers()['content-type']).toBe('text/plain; charset=utf-8');
});

test('no other site can show a page in a frame', async ({ browser }) => {
  const framing = await browser.newPage();
  const refused = framing.waitForEvent('console', {
    predicate: (message) => message.text().includes("frame-ancestors 'none'"),
    timeout: 10_000,
  });
  await framing.setContent(`<iframe src="${baseURL}/pytorch/"></iframe>`);
  await refused;
  await expect(framing.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
  await framing.close();
});
