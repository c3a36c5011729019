import { expect, test } from '@playwright/test';
import { markdownToHtml } from 'satteri';
import { upstreamSanitizePlugin } from '../../src/markdown/upstream-sanitize';

// An upstream text's HTML, filtered as GitHub filters it when it renders the file (hast-util-sanitize's
// GitHub schema): what a page may show, and what never reaches it. The same plugin runs in the build
// (src/integrations/site-markdown.ts); tests/bad-data/hostile-text.spec.ts builds a hostile text.

function render(markdown: string) {
  const removed: string[] = [];
  const result = markdownToHtml(markdown, { hastPlugins: [upstreamSanitizePlugin((what) => removed.push(what))] });
  if (result instanceof Promise) throw new Error('the sanitizer must run synchronously');
  return { html: result.html, removed: removed.join('; ') };
}

test('what GitHub shows stays: tables with line breaks, anchors by id, details, footnotes, relative links', () => {
  const { html, removed } = render(
    [
      '| a | b |',
      '|---|---|',
      '| x <br> y | [here](#文件权限参考) |',
      '',
      '<a id="文件权限参考"></a>',
      '',
      '<details><summary>More</summary>',
      '',
      'Inside **bold**',
      '',
      '</details>',
      '',
      'See [SECURITY](./SECURITY.md) and <https://example.com/>.[^1]',
      '',
      '[^1]: A note.',
    ].join('\n'),
  );
  expect(removed).toBe('');
  expect(html).toContain('<td>x <br> y</td>');
  expect(html).toContain(`<a href="#${encodeURIComponent('文件权限参考')}">here</a>`);
  expect(html).toContain('<a id="文件权限参考"></a>');
  expect(html).toMatch(/<details><summary>More<\/summary>\s*<p>Inside <strong>bold<\/strong><\/p>\s*<\/details>/);
  expect(html).toContain('<a href="./SECURITY.md">SECURITY</a>');
  expect(html).toContain('href="#user-content-fn-1"');
});

const hostile: Array<[string, string, RegExp]> = [
  ['<script>document.title="PWNED"</script>', '<script>', /<script|PWNED/],
  ['<meta http-equiv="refresh" content="5; url=https://example.invalid/">', '<meta>', /<meta|example\.invalid/],
  ['<base href="https://example.invalid/">', '<base>', /<base|example\.invalid/],
  ['<iframe src="https://example.invalid/"></iframe>', '<iframe>', /<iframe|example\.invalid/],
  ['<form action="https://example.invalid/"><button>go</button></form>', '<form>', /<form|example\.invalid/],
  ['<style>body{display:none}</style>', '<style>', /<style|display/],
  ['<object data="https://example.invalid/x"></object>', '<object>', /<object|example\.invalid/],
  ['<embed src="https://example.invalid/x">', '<embed>', /<embed|example\.invalid/],
  ['<link rel="stylesheet" href="https://example.invalid/x.css">', '<link>', /<link|example\.invalid/],
  ['<img src="x.png" onerror="go()">', 'img[onError]', /onerror|go\(\)/i],
  ['<a href="#" onclick="go()">x</a>', 'a[onClick]', /onclick|go\(\)/i],
  ['[x](javascript:go())', 'a[href]', /javascript:|go\(\)/],
  ['<a href="vbscript:go()">x</a>', 'a[href]', /vbscript:/],
  ['<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">', 'img[src]', /data:/],
  ['<svg><script>go()</script></svg>', '<svg>', /<svg|go\(\)/],
  ['<p style="position:fixed;inset:0">cover</p>', 'p[style]', /style=/],
  // A name is prefixed, as GitHub does, so that it cannot shadow document.location.
  ['<form><input name="location" type="text"></form>', '<form>', /<form|name="location"|type="text"/],
];

for (const [markdown, named, mustNotMatch] of hostile) {
  test(`${markdown}: never reaches the page, and the build is told (${named})`, () => {
    const { html, removed } = render(`Before.\n\n${markdown}\n\nAfter.`);
    expect(html).not.toMatch(mustNotMatch);
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('After.');
    expect(removed).toContain(named);
  });
}
