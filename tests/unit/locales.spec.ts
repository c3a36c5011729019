import { expect, test } from '@playwright/test';
import { dataLanguageOf, localeOfId, localeOfLang, locales, otherLocale, prefixedLocales, starlightLocales } from '../../src/locales';

test('Starlight gets each locale with its label and language tag', () => {
  expect(starlightLocales).toEqual({ root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } });
  expect(prefixedLocales).toEqual(['zh-cn']);
});

test('a page’s language tag and entry id name its locale', () => {
  expect(localeOfLang('zh-CN')).toBe(locales['zh-cn']);
  expect(localeOfLang('zh')).toBe(locales['zh-cn']);
  expect(localeOfLang('en')).toBe(locales.root);
  expect(localeOfLang('fr')).toBe(locales.root);
  expect(localeOfId('zh-cn/pytorch')).toBe(locales['zh-cn']);
  expect(localeOfId('pytorch')).toBe(locales.root);
  expect(localeOfId('zh-cnx/pytorch')).toBe(locales.root);
  expect(otherLocale(locales.root)).toBe(locales['zh-cn']);
  expect(otherLocale(locales['zh-cn'])).toBe(locales.root);
  expect([dataLanguageOf('zh-CN'), dataLanguageOf('en')]).toEqual(['zh', 'en']);
});
