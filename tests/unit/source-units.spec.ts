import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { outlineDifferences } from '../../src/upstream/english-pairing';
import { sourceUnitsOf, translateText, untranslated } from '../../src/upstream/source-units';

const upstream = (file: string) => readFileSync(new URL(`../../content/upstream/torch_npu/${file}`, import.meta.url), 'utf-8');

test('a text is cut into its Chinese headings, paragraphs, cells and code blocks, in order', () => {
  const units = sourceUnitsOf(
    '# 标题\n\nEnglish only.\n\n1. 第一段[链接](#锚点)。\n\n| 类型 | Type |\n|-|-|\n| 自研 | x |\n\n```bash\n# 注释\nls\n```\n',
  );
  expect(units.map(({ kind, source }) => [kind, source])).toEqual([
    ['heading', '标题'],
    ['paragraph', '第一段[链接](#锚点)。'],
    ['cell', '类型'],
    ['cell', '自研'],
    ['code', '# 注释\nls'],
  ]);
});

test('translating replaces each unit, keeps what is not Chinese, and fences code at its indentation', () => {
  const units = new Map([
    ['标题', 'Title'],
    ['第一段[链接](#锚点)。', 'First [link](#锚点).'],
    ['# 注释\nls', '# comment\nls'],
    ['一', 'one'],
    ['二', 'two'],
  ]);
  const { text, missing } = translateText(
    '# 标题\n\n1. 第一段[链接](#锚点)。\n\n    ```bash\n    # 注释\n    ls\n    ```\n\n| a |\n|-|\n| 一 <br> 二 <br> x |\n',
    units,
  );
  expect(missing).toEqual([]);
  expect(text).toBe(
    '# Title\n\n1. First [link](#锚点).\n\n    ```bash\n    # comment\n    ls\n    ```\n\n| a |\n|-|\n| one <br> two <br> x |\n',
  );
});

test('an indented code block comes back fenced; one in a quote stays in the quote', () => {
  const units = new Map([
    ['# 注释', '# comment'],
    ['引用', 'quote'],
  ]);
  expect(translateText('    # 注释\n', units).text).toBe('```\n# comment\n```\n');
  expect(translateText('> 引用\n>\n> ```sh\n> # 注释\n> ```\n', units).text).toBe('> quote\n>\n> ```sh\n> # comment\n> ```\n');
});

test('units without a translation are listed once each, in order', () => {
  const { missing } = translateText('## 甲\n\n乙\n\n## 甲\n', new Map());
  expect(missing).toEqual(['甲', '乙']);
});

test("upstream's English texts are compared with their Chinese texts by outline", () => {
  // docs/en/SECURITYNOTE.md of 26.0.0 gives the tables headings and rows the Chinese text has not.
  expect(outlineDifferences(upstream('2026-07-03_908a5d7dda.md'), upstream('en_2026-07-03_908a5d7dda.md'))).toEqual([
    { part: 'headings', chinese: 25, english: 28 },
    { part: 'tableRows', chinese: 67, english: 70 },
  ]);
  expect(outlineDifferences(upstream('2026-07-03_908a5d7dda.md'), upstream('2026-07-03_908a5d7dda.md'))).toEqual([]);
});

test("PyTorch's English units: headings, paragraphs, list items and footnotes with words; a bare address is none", () => {
  const markdown =
    '# Security Policy\n\n- [**Data privacy**](#data-privacy)\n\nhttps://www.facebook.com/whitehat\n\nSee this[^a].\n\n[^a]: Read the papers:\n    https://arxiv.org/abs/1\n';
  expect(sourceUnitsOf(markdown, 'en').map(({ kind, source }) => [kind, source])).toEqual([
    ['heading', 'Security Policy'],
    ['paragraph', '[**Data privacy**](#data-privacy)'],
    ['paragraph', 'See this[^a].'],
    ['paragraph', 'Read the papers:\n    https://arxiv.org/abs/1'],
  ]);
});

test('with markUntranslated, a unit without a translation stays in the original between the marking characters', () => {
  const units = new Map([['Security Policy', '安全策略']]);
  const { text, missing } = translateText('# Security Policy\n\nNew paragraph.\n\n```sh\n# a comment\n```\n', units, 'en', {
    markUntranslated: true,
  });
  expect(missing).toEqual(['New paragraph.', '# a comment']);
  expect(text).toBe(
    `# 安全策略\n\n${untranslated.start}New paragraph.${untranslated.end}\n\n\`\`\`sh\n${untranslated.start}# a comment${untranslated.end}\n\`\`\`\n`,
  );
  // Upstream text that holds a marking character is refused, not mistaken for a mark.
  expect(() => translateText(`# Security Policy\n\n${untranslated.start}\n`, units, 'en')).toThrow('U+E000 or U+E001');
});
