import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { expect, test } from '@playwright/test';
import { type HastPluginEntry, markdownToHtml } from 'satteri';
import { codeBlocksPlugin } from '../../src/markdown/code-blocks';
import { footnotesPlugin } from '../../src/markdown/footnotes';
import { printedLinksPlugin } from '../../src/markdown/printed-links';
import { untranslatedMarksPlugin } from '../../src/markdown/untranslated-marks';
import { untranslated } from '../../src/upstream/source-units';

/** Renders Markdown as the site does: heading ids first, as Astro's and Starlight's passes give them. */
async function render(markdown: string, ...plugins: HastPluginEntry[]): Promise<string> {
  const astro = { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { html } = await markdownToHtml(markdown, { hastPlugins: [satteriHeadingIdsPlugin(), ...plugins], data: { astro } });
  return html;
}

test('every code block gets a hidden copy button in the page language, and keeps its code', async () => {
  const html = await render(
    '```sh\necho 2 > /proc/sys/kernel/randomize_va_space\n```\n\n    umask 027\n',
    codeBlocksPlugin({ copy: '复制', copied: '已复制' }),
  );
  expect(
    html.match(
      /<div class="code-block"><button class="code-copy" type="button" hidden aria-live="polite" data-copied="已复制" data-pagefind-ignore="">复制<\/button><pre>/g,
    ),
  ).toHaveLength(2);
  expect(html).toContain(
    '<code class="language-sh"><span class="line">echo 2 &gt; /proc/sys/kernel/randomize_va_space</span></code></pre></div>',
  );
  expect(html).toContain('<code><span class="line">umask 027</span></code></pre></div>');
});

test('the footnotes section speaks the page language, under a heading everyone sees', async () => {
  const html = await render(
    'Data poisoning[^1].\n\n[^1]: https://arxiv.org/abs/2312.04748\n',
    footnotesPlugin({ label: '脚注', backLabel: (n) => `返回引用 ${n}`, anchorLabel: (title) => `章节链接：“${title}”` }),
  );
  expect(html).toMatch(/<h2 id="footnote-label">脚注<\/h2>/);
  expect(html).not.toContain('sr-only');
  expect(html).toContain('aria-label="返回引用 1"');
  expect(html).not.toContain('Footnotes');
  expect(html).not.toContain('Back to reference');
});

test('a link whose text is its address is marked, so print does not show the address twice', async () => {
  const html = await render('See https://example.org/a and [the docs](https://example.org/b).\n', printedLinksPlugin);
  expect(html).toContain('<a href="https://example.org/a" data-shows-address="">https://example.org/a</a>');
  expect(html).toContain('<a href="https://example.org/b">the docs</a>');
});

test('a link to a Chinese section keeps its characters, so print shows them as every page does', async () => {
  const html = await render('See [the permission table](/torch-npu/#文件权限参考) and [above](#通信矩阵).\n', printedLinksPlugin);
  expect(html).toContain('<a href="/torch-npu/#文件权限参考">the permission table</a>');
  expect(html).toContain('<a href="#通信矩阵">above</a>');
});

test('a unit left untranslated is shown in the original, in its language, under a mark in the page language', async () => {
  const { start, end } = untranslated;
  const html = await render(
    `## ${start}Reporting Security Issues${end}\n\n${start}Beware of **this**.${end}\n\n已翻译。\n\n| a |\n| - |\n| ${start}cell${end} |\n`,
    untranslatedMarksPlugin('尚未翻译', 'zh-CN', 'en'),
  );
  expect(html).not.toMatch(/[\uE000\uE001]/);
  expect(html).toContain(
    '<h2 id="reporting-security-issues" lang="en" data-untranslated="">Reporting Security Issues</h2><span class="untranslated-mark" data-site-note="" lang="zh-CN">尚未翻译</span>',
  );
  expect(html).toContain(
    '<p lang="en" data-untranslated=""><span class="untranslated-mark" data-site-note="" lang="zh-CN">尚未翻译</span> Beware of <strong>this</strong>.</p>',
  );
  expect(html).toContain('<p>已翻译。</p>');
  expect(html).toContain(
    '<td lang="en" data-untranslated=""><span class="untranslated-mark" data-site-note="" lang="zh-CN">尚未翻译</span> cell</td>',
  );
});
