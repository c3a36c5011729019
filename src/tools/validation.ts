/**
 * What the tools' validators share: a result that is the value or the reason it was refused, and the
 * way a refused value is quoted back to the reader. Pure, no DOM and no Node APIs (it runs in the browser).
 */
import type { LocalizedText } from '../schemas/localized';

/**
 * Why a value was refused: `code`, a stable name of the reason as `<field>.<reason>` (`peer.ipv4`,
 * `mode.nonOctalDigit`), which tests and callers match on; and `message`, what the reader is told,
 * in both languages, whose words may change.
 */
export interface Refusal {
  code: string;
  message: LocalizedText;
}

/** What each validator returns: the value, or why it was refused. */
export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

export const pass = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(code: string, message: LocalizedText): Parsed<T> => ({ ok: false, code, message });

/**
 * User text quoted in a message, in each language's quotation marks: control characters made visible
 * (`\n`, `\t`, `\x07`), and shortened to 50 characters so a pasted page does not become the message.
 * @example quoted('eth0\u0007') → { zh: '“eth0\\x07”', en: '"eth0\\x07"' }
 */
export function quoted(text: string): LocalizedText {
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  const short = visible.length > 50 ? `${visible.slice(0, 49)}…` : visible;
  return { zh: `“${short}”`, en: `"${short}"` };
}
