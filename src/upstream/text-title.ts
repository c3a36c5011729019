import { untranslated } from './source-units';

/**
 * A text's own title: its first `#` heading (ATX, CommonMark §4.2), without the marks of a unit
 * left untranslated. Undefined when the text has none.
 */
export function textTitle(markdown: string): string | undefined {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1]?.replaceAll(untranslated.start, '').replaceAll(untranslated.end, '');
}
