import { expect, test } from '@playwright/test';
import { minifyInlineScripts } from '../../src/lib/minify-inline-scripts';

test('classic inline scripts are minified, and their globals keep their names', () => {
  const html = `<script>\n\t// Read by other scripts.\n\twindow.Theme = (() => {\n\t\tconst stored = 'dark';\n\t\treturn stored;\n\t})();\n</script><script aria-hidden="true">\n\tfunction keep() {}\n</script>`;
  expect(minifyInlineScripts(html, 'dist/x.html')).toBe('<script>window.Theme="dark";</script><script aria-hidden="true">function keep(){}</script>');
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
  expect(() => minifyInlineScripts('<script>if (</script>', 'dist/zh-cn/x/index.html')).toThrow(/^dist\/zh-cn\/x\/index\.html: an inline script does not parse/);
});
