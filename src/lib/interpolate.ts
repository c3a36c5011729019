/**
 * Fills a UI string's `{{name}}` placeholders, as Starlight's `t()` (i18next) does, for strings
 * the browser fills: the page carries the templates from content/i18n/, and the script fills them.
 * @throws Error naming the placeholder when `values` lacks it, so a renamed key cannot print "undefined"
 * @example interpolate('Fix: {{command}}', { command: 'chmod 640 x' }) → 'Fix: chmod 640 x'
 */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`The UI string "${template}" needs a value for {{${name}}}.`);
    return String(values[name]);
  });
}

/**
 * Fills the `one` or the `other` form of a UI string, as the language's plural rules (CLDR, through
 * `Intl.PluralRules`) pick for `count`, which the form gets as `{{count}}`.
 * @example interpolatePlural({ one: '{{count}} tick', other: '{{count}} ticks' }, 2, 'en') → '2 ticks'
 */
export function interpolatePlural(
  templates: { one: string; other: string },
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  return interpolate(new Intl.PluralRules(locale).select(count) === 'one' ? templates.one : templates.other, { ...values, count });
}
