import { expect, test } from '@playwright/test';
import {
  completePagePolicy,
  findInlineCode,
  parsePolicy,
  serializePolicy,
  sha256Source,
  unionOfPolicies,
} from '../../src/build/content-security-policy';
import { headerPolicy, headersFile, maxLineLength } from '../../src/build/hosting-headers';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>t</title>${head}</head><body>${body}</body></html>`;
const astroMeta = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'sha256-bundledFileHash='; style-src 'self'">`;

test('a policy reads and writes back unchanged', () => {
  const text = "default-src 'none'; script-src 'self' 'sha256-abc='; img-src 'self' data:";
  expect(serializePolicy(parsePolicy(text))).toBe(text);
  expect(parsePolicy(text).get('img-src')).toEqual(["'self'", 'data:']);
});

test('sha256Source is the hash a browser computes for the text', () => {
  // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
  expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
});

test('findInlineCode finds the code a browser runs and skips data and files', () => {
  const code = findInlineCode(
    page(
      '<script>a()</script><script type="module">b()</script><script src="/c.js"></script><script type="application/ld+json">{"@type":"x"}</script><style>p{color:red}</style>',
      '<p style="--depth: 0;">x</p><script type="application/json">{"d":1}</script>',
    ),
  );
  expect(code).toEqual({ scripts: ['a()', 'b()'], styles: ['p{color:red}'], styleAttributes: ['--depth: 0;'], scriptAttributes: [] });
});

test('findInlineCode reports event handlers and javascript: URLs', () => {
  const code = findInlineCode(page('', '<button onclick="go()">x</button><a href="javascript:go()">y</a>'));
  expect(code.scriptAttributes).toEqual(['button onclick', 'a href="javascript:go()"']);
});

test('completePagePolicy allows exactly the inline code of the page and puts the policy first in <head>', () => {
  const { html, policy } = completePagePolicy(
    page(`<script>a()</script>${astroMeta}<style>p{}</style>`, '<i style="x:1">i</i>'),
    'dist/x.html',
  );
  expect(policy.get('script-src')).toEqual(["'self'", sha256Source('a()')]);
  expect(policy.get('style-src')).toEqual(["'self'", sha256Source('p{}')]);
  expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", sha256Source('x:1')]);
  expect(html).toMatch(
    /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'sha256-/,
  );
  expect(html.match(/content-security-policy/g)).toHaveLength(1);
});

test('completePagePolicy names the page when its policy is missing, doubled or cannot be strict', () => {
  expect(() => completePagePolicy(page('<script>a()</script>'), 'dist/a.html')).toThrow(
    'dist/a.html: expected one Content-Security-Policy <meta> (from security.csp in astro.config.mjs), found 0.',
  );
  expect(() => completePagePolicy(page(astroMeta + astroMeta), 'dist/b.html')).toThrow('found 2');
  expect(() => completePagePolicy(page(astroMeta, '<body onload="go()">'), 'dist/c.html')).toThrow('dist/c.html: inline event handlers');
});

test('the header policy allows what any page allows and refuses every frame', () => {
  const policy = headerPolicy([
    parsePolicy("script-src 'self' 'sha256-a='; style-src-attr 'unsafe-hashes' 'sha256-s='"),
    parsePolicy("script-src 'self' 'sha256-b='"),
  ]);
  expect(serializePolicy(policy)).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; style-src-attr 'unsafe-inline'; frame-ancestors 'none'");
  expect(serializePolicy(unionOfPolicies([]))).toBe('');
});

test('headersFile writes the rules hosts read, and refuses a line they would not', () => {
  const file = headersFile([parsePolicy("default-src 'none'")]);
  expect(file).toContain("/*\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n");
  expect(file).toContain('/.well-known/security.txt\n  Content-Type: text/plain; charset=utf-8\n');
  const hashes = Array.from({ length: 60 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`).join(' ');
  expect(() => headersFile([parsePolicy(`script-src ${hashes}`)])).toThrow(`longer than the ${maxLineLength} that Cloudflare Pages reads`);
});

test('completePagePolicy refuses to allow code that came with an upstream text, and names the text', () => {
  const text = (inside: string) =>
    page(astroMeta, `<script>site()</script><div data-upstream-text="torch_npu/x.md"><p>t</p>${inside}</div>`);
  // The site's own script beside a clean text is allowed.
  expect(completePagePolicy(text(''), 'dist/ok.html').policy.get('script-src')).toEqual(["'self'", sha256Source('site()')]);
  for (const [inside, named] of [
    ['<script>document.title="PWNED"</script>', '<script> in content/upstream/torch_npu/x.md'],
    ['<meta http-equiv="refresh" content="5; url=https://example.invalid/">', '<meta> in content/upstream/torch_npu/x.md'],
    ['<img src="x" onerror="go()">', 'img[onerror] in content/upstream/torch_npu/x.md'],
    ['<a href="javascript:go()">x</a>', 'a[href="javascript:go()"]'],
    ['<iframe src="https://example.invalid/"></iframe>', '<iframe>'],
    ['<style>p{}</style>', '<style>'],
  ]) {
    expect(() => completePagePolicy(text(inside!), 'dist/hostile.html')).toThrow(
      `dist/hostile.html: code from an upstream text, which this site must not run: ${named}`,
    );
  }
});
