import { expect, test } from '@playwright/test';
import { minifyInlineScripts } from '../../src/build/minify-inline-scripts';

test('classic inline scripts are minified, and their globals keep their names', () => {
  const html = `<script>\n\t// Read by other scripts.\n\twindow.Theme = (() => {\n\t\tconst stored = 'dark';\n\t\treturn stored;\n\t})();\n</script><script aria-hidden="true">\n\tfunction keep() {}\n</script>`;
  expect(minifyInlineScripts(html, 'dist/x.html')).toBe(
    '<script>window.Theme="dark";</script><script aria-hidden="true">function keep(){}</script>',
  );
});

test('modules, data blocks and scripts with src are left as they are', () => {
  const html = [
    '<script type="module">import a from "/a.js";  a();</script>',
    '<script type="application/ld+json">{ "@type": "TechArticle" }</script>',
    '<script type="application/json" data-items>[ 1, 2 ]</script>',
    '<script type="speculationrules">{ "prefetch": [] }</script>',
    '<script src="/b.js"></script>',
  ].join('');
  expect(minifyInlineScripts(html, 'dist/x.html')).toBe(html);
});

test('a script that does not parse stops the build and names the page', () => {
  expect(() => minifyInlineScripts('<script>if (</script>', 'dist/zh-cn/x/index.html')).toThrow(
    /^dist\/zh-cn\/x\/index\.html: the inline script “if \(…” does not parse/,
  );
});

test('a <script in a comment or an attribute is not a script, and a type in capitals is still a type', () => {
  const html = '<!-- <script> --><meta content="<script>"><script TYPE="application/json">[1, 2]</script><script>\n  var b = 2;\n</script>';
  expect(minifyInlineScripts(html, 'dist/x.html')).toBe(
    '<!-- <script> --><meta content="<script>"><script TYPE="application/json">[1, 2]</script><script>var b=2;</script>',
  );
});

test('a script that would minify to nothing stops the build rather than vanish', () => {
  expect(() => minifyInlineScripts('<script>[1, 2]</script>', 'dist/x.html')).toThrow(
    /^dist\/x\.html: the inline script “\[1, 2\]…” minifies to nothing/,
  );
});
