import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { interpolate } from '../../src/lib/interpolate';
import { siteUiStrings } from '../../src/schemas/ui-strings';
import { checkMode } from '../../src/tools/permissions/mode-check';
import { parseMode } from '../../src/tools/permissions/modes';
import { checkUmask } from '../../src/tools/permissions/umask';
import { describeModeCheck, describeUmaskCheck, type VerdictTemplates, verdictTemplates } from '../../src/tools/permissions/text';

const uiStrings = (locale: 'en' | 'zh-CN') =>
  JSON.parse(readFileSync(new URL(`../../content/i18n/${locale}.json`, import.meta.url), 'utf-8')) as Record<string, string>;

test('both languages have every one of the site’s UI strings, and no other', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const strings = uiStrings(locale);
    expect(siteUiStrings.safeParse(strings).error?.issues ?? []).toEqual([]);
    const ours = Object.keys(strings).filter((key) => !/^(pagefind|heading|search)\./.test(key));
    expect(
      ours.filter((key) => !(key in siteUiStrings.shape)),
      `${locale}.json keys the schema lacks`,
    ).toEqual([]);
  }
});

test('a template takes its placeholders from the values, and names one it lacks', () => {
  expect(interpolate('Fix: {{command}}', { command: 'chmod 640 x' })).toBe('Fix: chmod 640 x');
  expect(interpolate('{{a}} and {{ a }}', { a: 1 })).toBe('1 and 1');
  expect(() => interpolate('Fix: {{command}}', {})).toThrow('The UI string "Fix: {{command}}" needs a value for {{command}}.');
});

test('the permission verdicts read the same as the worked examples, in both languages', () => {
  const templates = (locale: 'en' | 'zh-CN'): VerdictTemplates => verdictTemplates((key) => uiStrings(locale)[key]!);
  const mode = parseMode('644');
  if (!mode.ok) throw new Error('644 is a mode');
  const looser = checkMode(mode.value, '640', 'file');
  expect(describeModeCheck(looser, '640', 'config.yaml', templates('en'), 'en')).toEqual({
    result: 'fail',
    word: 'Too open',
    text: 'Looser than the recommended maximum, 640 (rw-r-----): o+r.',
    command: "chmod 640 -- 'config.yaml'",
  });
  expect(describeModeCheck(looser, '640', 'config.yaml', templates('zh-CN'), 'zh')).toEqual({
    result: 'fail',
    word: '权限过宽',
    text: '宽于建议的最大权限 640 (rw-r-----)：o+r。',
    command: "chmod 640 -- 'config.yaml'",
  });
  expect(describeModeCheck(checkMode(mode.value, '644', 'file'), '644', 'x', templates('en'), 'en')).toEqual({
    result: 'pass',
    word: 'Within the limit',
    text: 'Within the recommended maximum, 644 (rw-r--r--).',
  });
  expect(describeUmaskCheck(checkUmask(0o022), templates('en'))).toEqual({
    result: 'fail',
    word: 'Too open',
    text: 'Not strict enough: it leaves 005 unmasked; new files get 644, new directories 755.',
    command: 'umask 0027',
  });
  expect(describeUmaskCheck(checkUmask(0o027), templates('zh-CN'))).toEqual({
    result: 'pass',
    word: '未超出限制',
    text: '足够严格：新建文件权限为 640，新建目录为 750。',
  });
});
