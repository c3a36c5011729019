import type { ModeCheck, UmaskCheck } from './check';
import { octalToSymbolic } from './mode';
import type { DataLanguage } from '../../schemas/localized';
import { interpolate } from '../../lib/interpolate';

/**
 * The verdicts' words in the page's language: the site's UI strings `permissions.verdict.*`
 * (content/i18n/), as templates with `{{placeholders}}`.
 */
export interface VerdictTemplates {
  within: string;
  looser: string;
  fix: string;
  strictUmask: string;
  looseUmask: string;
  useUmask: string;
}

/** The templates from Starlight's `t()`, for the page to carry to its script. */
export function verdictTemplates(t: (key: `permissions.verdict.${keyof VerdictTemplates}`) => string): VerdictTemplates {
  const keys = ['within', 'looser', 'fix', 'strictUmask', 'looseUmask', 'useUmask'] as const;
  return Object.fromEntries(keys.map((key) => [key, t(`permissions.verdict.${key}`)])) as unknown as VerdictTemplates;
}

/** The verdict on a mode, as lines of text. */
export function describeModeCheck(
  check: ModeCheck,
  maximumOctal: string,
  path: string,
  text: VerdictTemplates,
  language: DataLanguage,
): string {
  const maximum = `${maximumOctal} (${octalToSymbolic(maximumOctal.slice(-3))})`;
  const lines = check.within
    ? [interpolate(text.within, { maximum })]
    : [interpolate(text.looser, { maximum, excess: check.excessSymbolic }), interpolate(text.fix, { command: check.chmod(path) })];
  if (check.kindMismatch) lines.push(check.kindMismatch[language]);
  return lines.join('\n');
}

/** The verdict on a umask, as lines of text. */
export function describeUmaskCheck(check: UmaskCheck, text: VerdictTemplates): string {
  const modes = { fileMode: check.fileMode, directoryMode: check.directoryMode };
  if (check.strictEnough) return interpolate(text.strictUmask, modes);
  const missing = check.missing.toString(8).padStart(3, '0');
  return `${interpolate(text.looseUmask, { missing, ...modes })}\n${interpolate(text.useUmask, { suggestion: check.suggestion })}`;
}
