import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { expect, test } from '@playwright/test';
import { type HastPluginEntry, markdownToHtml } from 'satteri';
import { codeBlocksPlugin } from '../../src/markdown/code-blocks';
import { footnotesPlugin } from '../../src/markdown/footnotes';
import { policySectionKeys } from '../../src/markdown/policy-sections';
import { printedLinksPlugin } from '../../src/markdown/printed-links';
import { sectionLinksPlugin } from '../../src/markdown/section-links';

/** Renders Markdown as the site does: heading ids first, as Astro's and Starlight's passes give them. */
async function render(markdown: string, ...plugins: HastPluginEntry[]): Promise<string> {
  const astro = { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { html } = await markdownToHtml(markdown, { hastPlugins: [satteriHeadingIdsPlugin(), ...plugins], data: { astro } });
  return html;
}

/** Starlight's heading links wrap each heading in `div.sl-heading-wrapper`; the section links expect that. */
const wrapHeadings: HastPluginEntry = {
  name: 'wrap-headings-as-starlight-does',
  element: {
    filter: ['h2', 'h3'],
    visit: (heading) => ({ type: 'element', tagName: 'div', properties: { class: 'sl-heading-wrapper' }, children: [heading] }),
  },
};

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

test("each section links to the same section in the other language, by the original's heading id", async () => {
  const keys = new Map([
    ['报告安全问题', 'reporting-security-issues'],
    ['数据隐私', 'data-privacy'],
  ]);
  const html = await render(
    '## 报告安全问题\n\ntext\n\n### 数据隐私\n',
    wrapHeadings,
    sectionLinksPlugin(() => ({
      keys,
      counterpartPath: '/pytorch/',
      counterpartLang: 'en',
      text: '英文原文',
      label: (title) => `英文原文：${title}`,
    })),
  );
  expect(html).toContain(
    '<div class="sl-heading-wrapper" data-section-key="reporting-security-issues" id="reporting-security-issues"><h2 id="报告安全问题">报告安全问题</h2><a class="section-language-link" data-site-note="" href="/pytorch/#reporting-security-issues" hreflang="en" aria-label="英文原文：报告安全问题">英文原文</a></div>',
  );
  expect(html).toContain('href="/pytorch/#data-privacy"');
});

test.describe('section keys from the two pages of a policy', () => {
  const docs = `${mkdtempSync(join(tmpdir(), 'docs-'))}/`;
  mkdirSync(`${docs}zh-cn`);
  writeFileSync(`${docs}policy.mdx`, '---\ntitle: Policy\n---\n\n## Reporting Security Issues\n\n### Data privacy\n');
  writeFileSync(`${docs}zh-cn/policy.mdx`, '---\ntitle: 策略\ntranslation: true\n---\n\n## 报告安全问题\n\n### 数据隐私\n');
  const translationHeadings = [
    { depth: 2, slug: '报告安全问题', text: '报告安全问题' },
    { depth: 3, slug: '数据隐私', text: '数据隐私' },
  ];

  test("a translation's sections take the original's heading ids as keys", () => {
    const sections = policySectionKeys(docs, 'zh-cn/policy', true, translationHeadings);
    expect([...sections.keys]).toEqual([
      ['报告安全问题', 'reporting-security-issues'],
      ['数据隐私', 'data-privacy'],
    ]);
    expect(sections).toMatchObject({ counterpartPath: '/policy/', counterpartLang: 'en' });
  });

  test('a page without its other-language page, or two originals, stops with the fix', () => {
    expect(() => policySectionKeys(docs, 'zh-cn/missing', true, [])).toThrow(
      'content/docs/zh-cn/missing.mdx has no page in the other language: add content/docs/missing.mdx.',
    );
    expect(() => policySectionKeys(docs, 'zh-cn/policy', false, translationHeadings)).toThrow(
      'exactly one must be marked translation: true',
    );
  });

  test('a translation that drops a section stops the build, naming both outlines', () => {
    expect(() => policySectionKeys(docs, 'zh-cn/policy', true, translationHeadings.slice(0, 1))).toThrow(
      /has 1 sections but its original has 2[\s\S]*“Reporting Security Issues”, “Data privacy”/,
    );
  });
});
