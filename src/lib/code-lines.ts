/**
 * A code block's text as lines, each split into its code and its comment, so that the page can
 * wrap each line on its own (with a continuation mark) and set comments apart from commands.
 * Pure: the Markdown plugin builds HTML from it at build time, the tools' scripts build DOM from
 * it in the browser.
 */

/** One line of a code block: `code` then `comment` (from its `#` to the end; empty when none). */
export interface CodeLine {
  code: string;
  comment: string;
}

/** The languages whose comments run from a `#` that starts a word to the end of the line. */
const hashCommentLanguages = new Set(['bash', 'sh', 'shell', 'zsh', 'python', 'py']);

/** Whether comments of `language` (a code fence's info word, `bash`) are set apart. */
export function hasHashComments(language: string | undefined): boolean {
  return language !== undefined && hashCommentLanguages.has(language.toLowerCase());
}

/**
 * Splits `text` into lines at `\n` (a final `\n` ends the last line, it does not start one) and,
 * when `comments` is true, each line at the `#` that starts its comment. The rule is the shell's
 * (bash(1), COMMENTS): a `#` begins a comment when it begins a word (at the start of the line or
 * after a blank, `;`, `&`, `|`, `(` or `)`) outside quotes; so `$#`, `a#b` and `'#'` are code. A
 * quote left open at the end of a line stays open on the next (a multi-line string).
 */
export function codeLines(text: string, comments: boolean): CodeLine[] {
  const lines = text.replace(/\n$/, '').split('\n');
  if (!comments) return lines.map((code) => ({ code, comment: '' }));
  let quote: '"' | "'" | undefined;
  return lines.map((line) => {
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (quote) {
        if (char === '\\' && quote === '"') i++;
        else if (char === quote) quote = undefined;
      } else if (char === '\\') i++;
      else if (char === '"' || char === "'") quote = char;
      else if (char === '#' && (i === 0 || /[\s;&|()]/.test(line[i - 1]!))) {
        return { code: line.slice(0, i), comment: line.slice(i) };
      }
    }
    return { code: line, comment: '' };
  });
}
