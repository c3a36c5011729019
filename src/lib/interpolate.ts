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
