import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { accessibleName, attribute, builtPage, folded, select, selectAll } from '../support/built-page';
import { allPages, builtPages, hasCounterpart, isRevisionPath, notFoundPages } from '../support/published';
import { dist } from '../support/site-pages';

// What every page's markup must say, read from the built files: its language, an outline without
// gaps, a copy button for every code block, and interface text in the page's language. That the
// buttons work and the search answers is for the browser tests, on a page of each kind.

test('the sitemap lists every built page but the not-found pages', () => {
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf-8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((path) => !notFoundPages.includes(path))
    .sort();
  expect(builtPages).toEqual(htmlFiles);
});

for (const path of allPages) {
  test(`${path}: its language, a heading outline that skips no level, a copy button on every code block`, () => {
    const document = builtPage(path);
    const chinese = path.startsWith('/zh-cn/');
    expect(attribute(select('html', document)!, 'lang')).toBe(chinese ? 'zh-CN' : 'en');

    // One title, and heading levels never skip one (aria-level where a heading sets it).
    const headings = selectAll('main :is(h1, h2, h3, h4, h5, h6, [role="heading"])', document).map((heading) => ({
      level: Number(attribute(heading, 'aria-level') ?? heading.tagName.slice(1)),
      text: folded(heading),
    }));
    const outline = headings.map(({ level, text }) => `h${level} ${text}`);
    expect(
      headings.filter(({ level }) => level === 1),
      outline.join('\n'),
    ).toHaveLength(1);
    expect(
      outline.filter((_, i) => i > 0 && headings[i]!.level > headings[i - 1]!.level + 1),
      outline.join('\n'),
    ).toEqual([]);

    // Every code block, in a text or a tool's output, sits in a code block with its copy button.
    const blocks = selectAll('main .code-block', document);
    expect(selectAll('main pre', document).length, 'every <pre> in a .code-block').toBe(
      blocks.filter((block) => select(':scope > pre', block)).length,
    );
    for (const block of blocks) expect(folded(select(':scope > button.code-copy', block))).toBe(chinese ? '复制' : 'Copy');
  });
}

for (const path of allPages.filter((page) => page.startsWith('/zh-cn/'))) {
  test(`${path} labels its interface in Chinese`, () => {
    const document = builtPage(path);
    // Header: search, theme and, where the page has a counterpart, language.
    const search = select('header site-search button[data-open-modal]', document);
    expect(folded(select('.search-label', search!))).toBe('搜索');
    expect(attribute(select('site-search dialog', document)!, 'aria-label')).toBe('搜索');
    expect(attribute(select('site-search [role="search"]', document)!, 'aria-label')).toBe('搜索本站');
    expect(folded(select('starlight-theme-select label .sr-only', document))).toBe('选择主题');
    // A comparison has no language picker (it is in the original's language only); neither have the not-found pages.
    const languagePicker = selectAll('starlight-lang-select label .sr-only', document).map(folded);
    expect([...new Set(languagePicker)]).toEqual(
      (isRevisionPath(path) && !hasCounterpart(path)) || notFoundPages.includes(path) ? [] : ['选择语言'],
    );
    if (hasCounterpart(path)) {
      // The picker leads to the same history or text in English.
      const options = selectAll('starlight-lang-select option', document).map((option) => attribute(option, 'value'));
      expect(options).toContain(path.replace(/^\/zh-cn/, ''));
    }
    // Every heading anchor link says what it links to in Chinese.
    for (const link of selectAll('main .sl-anchor-link', document)) expect(accessibleName(link, document)).toMatch(/^章节链接：/);
  });
}

test('the statement page labels its table of contents, asides and provenance in Chinese', () => {
  const document = builtPage('/zh-cn/torch-npu/');
  expect(folded(select('#starlight__on-this-page', document))).toBe('本页内容');
  expect(selectAll('aside', document).map((aside) => accessibleName(aside, document))).toContain('本站注释（非原文内容）');
  expect(folded(select('.upstream', document))).toMatch(/^原文: SECURITYNOTE\.md/);
  expect(selectAll('main .sl-anchor-link', document).map((link) => accessibleName(link, document))).toContain('章节链接：“文件权限参考”');
});

test("no page shows a path of the project's workspace: provenance is told in a reader's words", () => {
  // The sources live beside the checkout while the site is made (../shared/, ../seeds/); a reader has neither.
  const workspacePath = /(\.\.\/|\b)(shared|seeds)\/[\w./-]+|\/work\/[\w./-]+/;
  const shown = allPages.flatMap((path) => {
    const match = workspacePath.exec(folded(select('main', builtPage(path))!));
    return match ? [`${path}: ${match[0]}`] : [];
  });
  expect(shown).toEqual([]);
});
