/**
 * The site's locales, and the one place that names them: English at the root, Simplified Chinese
 * under /zh-cn/. Starlight's `locales` setting, which language a page or an entry id is in, the data
 * tables' language and the Open Graph locale all come from here.
 */
import type { DataLanguage } from './schemas/localized';

export const locales = {
  root: { label: 'English', lang: 'en', data: 'en', openGraph: 'en_US' },
  'zh-cn': { label: '简体中文', lang: 'zh-CN', data: 'zh', openGraph: 'zh_CN' },
} as const satisfies Record<string, { label: string; lang: string; data: DataLanguage; openGraph: string }>;

export type LocaleKey = keyof typeof locales;
export type Locale = (typeof locales)[LocaleKey];

/** The locales that live under a folder of their own (`zh-cn`), in the order above. */
export const prefixedLocales = (Object.keys(locales) as LocaleKey[]).filter((key) => key !== 'root');

/** Starlight's `locales` option: `{ root: { label, lang }, 'zh-cn': { label, lang } }`. */
export const starlightLocales = Object.fromEntries(Object.entries(locales).map(([key, { label, lang }]) => [key, { label, lang }]));

/** The locale of a language tag as Starlight gives it (`route.lang`), by its primary subtag: `zh-CN` → zh-cn, else root. */
export function localeOfLang(lang: string): Locale {
  const primary = lang.toLowerCase().split('-')[0];
  return Object.values(locales).find((locale) => locale.lang.toLowerCase().split('-')[0] === primary) ?? locales.root;
}

/** The locale of a docs entry id: `zh-cn/pytorch` → zh-cn, `pytorch` → root. */
export function localeOfId(id: string): Locale {
  const key = prefixedLocales.find((prefix) => id.startsWith(`${prefix}/`));
  return key ? locales[key] : locales.root;
}

/** The other of the two locales. */
export function otherLocale(locale: Locale): Locale {
  return locale === locales.root ? locales['zh-cn'] : locales.root;
}

/** The data language for a page's `lang` (`zh-CN` → `zh`, anything else → `en`). */
export function dataLanguageOf(lang: string): DataLanguage {
  return localeOfLang(lang).data;
}
