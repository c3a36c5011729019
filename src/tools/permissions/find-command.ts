/**
 * The directory to search, as the reader typed it, and the find command that lists the entries under
 * it looser than a row of 文件权限参考 allows. The same path rules keep a chmod command's path safe.
 * Pure, no DOM and no Node APIs: the same code runs in the browser.
 */
import type { FileKind } from '../../schemas/file-permission';
import type { LocalizedText } from '../../schemas/localized';
import { fail, pass, quoted, type Parsed } from '../validation';
import { allModeBits, explain, formatOctal, maximumBits } from './modes';
import { shellQuote } from './shell-quote';

/** Paths longer than this are refused (Linux's PATH_MAX). */
export const maxPathLength = 4096;

const directoryAccepted: LocalizedText = {
  zh: '可接受：1 到 4096 个字符的绝对或相对路径，不含换行符和控制字符，不以“-”开头，例如 /etc 或 ./config',
  en: 'Accepted: an absolute or relative path of 1 to 4096 characters, without line breaks or control characters, not starting with "-", e.g. /etc or ./config',
};

/** The arguments find reads as operators, not paths, when they stand alone. */
const findOperators = new Set(['!', '(', ')', ',']);

/**
 * A directory to search, as typed: an absolute or relative path of 1–4096 characters, without control
 * characters, not starting with `-` (find would read it as an option) nor `~` (not expanded inside
 * quotes), and not find's operators `!`, `(`, `)`, `,`. Returned unchanged.
 */
export function parseSearchDirectory(input: string): Parsed<string> {
  const shown = quoted(input);
  const refuse = (code: string, zh: string, en: string) => fail<string>(`directory.${code}`, explain({ zh, en }, directoryAccepted));

  if (input.trim() === '') return refuse('empty', '未填写要检查的目录', 'No directory entered');
  if (input.length > maxPathLength) {
    return refuse(
      'tooLong',
      `路径有 ${input.length} 个字符，最多 ${maxPathLength} 个`,
      `The path has ${input.length} characters, more than ${maxPathLength}`,
    );
  }
  const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.exec(input);
  if (control) {
    if (/[\n\r\u2028\u2029]/.test(control[0])) return refuse('lineBreak', '路径含有换行符', 'The path contains a line break');
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return refuse(
      'controlCharacter',
      `路径的第 ${control.index + 1} 个字符是控制字符 ${code}`,
      `Character ${control.index + 1} of the path is the control character ${code}`,
    );
  }
  const safe = quoted(`./${input}`);
  if (input.startsWith('-')) {
    return refuse(
      'leadingDash',
      `${shown.zh}以“-”开头，find 会把它当作选项而不是目录；如果目录确实叫这个名字，请写成${safe.zh}`,
      `${shown.en} starts with "-", which find reads as an option, not a directory; for a directory really named so, write ${safe.en}`,
    );
  }
  if (findOperators.has(input)) {
    return refuse(
      'findOperator',
      `单独的${shown.zh}是 find 的运算符，不是目录；如果目录确实叫这个名字，请写成${safe.zh}`,
      `${shown.en} alone is an operator to find, not a directory; for a directory really named so, write ${safe.en}`,
    );
  }
  if (input.startsWith('~')) {
    return refuse(
      'tilde',
      `${shown.zh}以“~”开头，但命令中引号内的“~”不会展开为主目录；请写完整路径（echo ~ 可显示主目录），如果目录确实叫这个名字，请写成${safe.zh}`,
      `${shown.en} starts with "~", which is not expanded to a home directory inside the command's quotes; write the full path (echo ~ prints your home directory), or ${safe.en} for a directory really named so`,
    );
  }
  return pass(input);
}

/**
 * The find command that lists the entries of `kind` under `directory` with any bit outside
 * `maximumOctal`, special bits included: `find '/etc' -type f -perm /7137` for files at most 640.
 * Throws if `directory` is not one `parseSearchDirectory` accepts, or if nothing can exceed the maximum.
 */
export function findLooserCommand(directory: string, kind: FileKind, maximumOctal: string): string {
  const parsed = parseSearchDirectory(directory);
  if (!parsed.ok) throw new RangeError(parsed.message.en);
  const mask = allModeBits & ~maximumBits(maximumOctal);
  if (mask === 0) throw new RangeError(`no mode is looser than ${maximumOctal}: nothing to find`);
  return `find ${shellQuote(parsed.value)} -type ${kind === 'directory' ? 'd' : 'f'} -perm /${formatOctal(mask)}`;
}
