import type { ModeCheck } from './mode-check';
import type { UmaskCheck } from './umask';
import { octalToSymbolic } from '../../formats/linux-mode';
import type { DataLanguage } from '../../schemas/localized';
import { interpolate } from '../../lib/interpolate';

/**
 * The verdicts' words in the page's language: the site's UI strings `permissions.verdict.*`
 * (content/i18n/), as templates with `{{placeholders}}`.
 */
export interface VerdictTemplates {
  /** The word of a check that passed, e.g. `Within the limit`. */
  pass: string;
  /** The word of a check that failed, e.g. `Too open`. */
  fail: string;
  within: string;
  looser: string;
  /** What introduces the chmod that fixes a mode, e.g. `Fix it with:`. */
  fix: string;
  strictUmask: string;
  looseUmask: string;
  /** What introduces the umask to use instead, e.g. `Set it with:`. */
  useUmask: string;
}

/** The templates from Starlight's `t()`, for the page to carry to its script. */
export function verdictTemplates(t: (key: `permissions.verdict.${keyof VerdictTemplates}`) => string): VerdictTemplates {
  const keys = ['pass', 'fail', 'within', 'looser', 'fix', 'strictUmask', 'looseUmask', 'useUmask'] as const;
  return Object.fromEntries(keys.map((key) => [key, t(`permissions.verdict.${key}`)])) as unknown as VerdictTemplates;
}

/** A check's verdict as the page shows it. */
export interface Verdict {
  /** Passed or failed: the page styles the verdict from this (its `data-verdict`), never from the text. */
  result: 'pass' | 'fail';
  /** The verdict in a word or two, shown first: `Within the limit`, `Too open`. */
  word: string;
  /** What the check found, as lines of text. */
  text: string;
  /** The command that fixes what failed, shown as a code block; none when the check passed. */
  command?: string;
}

/** The verdict on a mode. */
export function describeModeCheck(
  check: ModeCheck,
  maximumOctal: string,
  path: string,
  text: VerdictTemplates,
  language: DataLanguage,
): Verdict {
  const maximum = `${maximumOctal} (${octalToSymbolic(maximumOctal.slice(-3))})`;
  const lines = check.within
    ? [interpolate(text.within, { maximum })]
    : [interpolate(text.looser, { maximum, excess: check.excessSymbolic })];
  if (check.kindMismatch) lines.push(check.kindMismatch[language]);
  return check.within
    ? { result: 'pass', word: text.pass, text: lines.join('\n') }
    : { result: 'fail', word: text.fail, text: lines.join('\n'), command: check.chmod(path) };
}

/** The verdict on a umask. */
export function describeUmaskCheck(check: UmaskCheck, text: VerdictTemplates): Verdict {
  const modes = { fileMode: check.fileMode, directoryMode: check.directoryMode };
  if (check.strictEnough) return { result: 'pass', word: text.pass, text: interpolate(text.strictUmask, modes) };
  const missing = check.missing.toString(8).padStart(3, '0');
  return { result: 'fail', word: text.fail, text: interpolate(text.looseUmask, { missing, ...modes }), command: check.suggestion };
}
