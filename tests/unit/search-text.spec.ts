import { expect, test } from '@playwright/test';
import { searchAddress, searchTerm, termFromAddress } from '../../src/browser/search/search-address';
import {
  displaySubResults,
  otherLanguageText,
  type SearchStrings,
  searchStringsFrom,
  summaryText,
} from '../../src/browser/search/search-text';
import { uiStrings } from '../support/data';

/** The dialog's words as a page carries them, from content/i18n/ read by the test's own reader. */
function stringsOf(locale: 'en' | 'zh-CN'): SearchStrings {
  const strings = uiStrings(locale);
  return searchStringsFrom((key) => {
    if (!(key in strings)) throw new Error(`content/i18n/${locale}.json has no ${key}`);
    return strings[key]!;
  }, locale);
}

test('the summary names the query and counts by the language’s plural rules', () => {
  expect(summaryText(stringsOf('en'), 'umask', 1)).toBe('1 result for “umask”');
  expect(summaryText(stringsOf('en'), 'umask', 3)).toBe('3 results for “umask”');
  expect(summaryText(stringsOf('en'), 'zzz', 0)).toBe('No results for “zzz”');
  expect(summaryText(stringsOf('zh-CN'), '防火墙', 1)).toBe('找到 1 个“防火墙”的相关结果');
  expect(summaryText(stringsOf('zh-CN'), '防火墙', 0)).toBe('未找到“防火墙”的相关结果');
});

test('a query found only in the other language says so, in the page’s language', () => {
  expect(otherLanguageText(stringsOf('en'), '防火墙', 1)).toBe(
    'No results in English for “防火墙”: search covers one language at a time. In Chinese, 1 page has it.',
  );
  expect(otherLanguageText(stringsOf('en'), '防火墙', 28)).toBe(
    'No results in English for “防火墙”: search covers one language at a time. In Chinese, 28 pages have it.',
  );
  expect(otherLanguageText(stringsOf('zh-CN'), 'quickly', 4)).toBe(
    '中文页面中未找到“quickly”：搜索每次只涵盖一种语言。英文页面中有 4 个页面含有它。',
  );
});

test('a query is the box’s value without the spaces around it', () => {
  expect(searchTerm('  communication matrix ')).toBe('communication matrix');
  expect(searchTerm('   ')).toBe('');
});

test('the address of another page’s results carries the query, and a page reads it back', () => {
  expect(searchAddress('/zh-cn/', '防火墙')).toBe('/zh-cn/?search=%E9%98%B2%E7%81%AB%E5%A2%99');
  expect(searchAddress('/', 'a&b #c')).toBe('/?search=a%26b+%23c');
  expect(termFromAddress('?search=%E9%98%B2%E7%81%AB%E5%A2%99')).toBe('防火墙');
  expect(termFromAddress('?search=a%26b+%23c')).toBe('a&b #c');
  expect(termFromAddress('?search=%20%20')).toBeUndefined();
  expect(termFromAddress('?q=x')).toBeUndefined();
  expect(termFromAddress('')).toBeUndefined();
});

const section = (url: string, title: string, hits: number) => ({
  url,
  title,
  excerpt: '',
  locations: Array.from({ length: hits }, (_, i) => i),
});

test('a hit’s sections leave out the page itself and keep the three with most hits, in page order', () => {
  const page = { url: '/hardening/', title: 'Hardening checklist' };
  // Starlight's title is <h1 id="_top">: Pagefind gives it as the first section.
  const sections = [
    section('/hardening/#_top', 'Hardening checklist', 9),
    section('/hardening/#aslr', 'ASLR', 1),
    section('/hardening/#umask', 'umask', 5),
    section('/hardening/#non-root-user', 'Not as root', 2),
    section('/hardening/#safe-weights', 'Safe weights', 3),
  ];
  expect(displaySubResults(page, sections).map(({ url }) => url)).toEqual([
    '/hardening/#umask',
    '/hardening/#non-root-user',
    '/hardening/#safe-weights',
  ]);
  expect(
    displaySubResults(page, [section('/hardening/', 'Hardening checklist', 1), section('/hardening/#aslr', 'ASLR', 1)]).map(
      ({ url }) => url,
    ),
  ).toEqual(['/hardening/#aslr']);
  expect(displaySubResults(page, [section('/hardening/#aslr', 'ASLR', 1)])).toHaveLength(1);
  expect(displaySubResults(page, [])).toEqual([]);
});
