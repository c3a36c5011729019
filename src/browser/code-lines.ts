import { codeLines, hasHashComments } from '../lib/code-lines';

/**
 * Puts `text` in a code block's `<code>` (one a tool rewrites) as the build renders a block
 * (src/lib/code-block.ts): a `span.line` per line, each but the last ending in its `\n`, comments
 * in a `span.comment`; the language is the `<code>`'s `language-…` class.
 */
export function showCode(code: HTMLElement, text: string): void {
  const language = [...code.classList].find((name) => name.startsWith('language-'))?.slice('language-'.length);
  const lines = text === '' ? [] : codeLines(text, hasHashComments(language));
  code.replaceChildren(
    ...lines.map(({ code: command, comment }, i) => {
      const line = document.createElement('span');
      line.className = 'line';
      line.append(command);
      if (comment) {
        const span = document.createElement('span');
        span.className = 'comment';
        span.textContent = comment;
        line.append(span);
      }
      if (i < lines.length - 1) line.append('\n');
      return line;
    }),
  );
}
