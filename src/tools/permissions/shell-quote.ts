/**
 * Shell quoting for the paths the permission checker writes into its commands (chmod, find): every
 * path that reaches a command is single-quoted, so the shell reads it as exactly one word, never as
 * code. Pure, no DOM and no Node APIs.
 */

/** `value` as one shell word: in single quotes, each embedded `'` written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
