/**
 * The umask: read as the reader typed it, and compared with the 0027 the statement's table implies,
 * with the modes new files and directories get and a umask that is strict enough. Pure, no DOM and no
 * Node APIs: the same code runs in the browser.
 */
import type { LocalizedText } from '../../schemas/localized';
import { fail, pass, quoted, type Parsed } from '../validation';
import { checkBits, explain, formatOctal, octalWords } from './modes';

/** The umask the statement's table implies: new files at most 640, new directories at most 750. */
export const recommendedUmask = 0o027;

/** `0o27` → `'0027'`, as the umask command prints it. */
export function formatUmask(umask: number): string {
  checkBits(umask, 0o777, 'umask');
  return umask.toString(8).padStart(4, '0');
}

const umaskAccepted: LocalizedText = {
  zh: '可接受：umask 命令显示的八进制值，1 到 4 位数字，不超过 0777，例如 0027、027、27、0',
  en: 'Accepted: the octal value the umask command prints, 1 to 4 digits up to 0777, e.g. 0027, 027, 27, 0',
};

/** A umask as typed: `'0027'`, `'027'`, `'27'`, `'0'` → its bits (0..0o777). Surrounding spaces are ignored. */
export function parseUmask(input: string): Parsed<number> {
  const text = input.trim();
  const shown = quoted(text);
  const refuse = (code: string, zh: string, en: string) => fail<number>(`umask.${code}`, explain({ zh, en }, umaskAccepted));

  if (text === '') return refuse('empty', 'umask 为空', 'The umask is empty');
  if (text.includes('=')) {
    return refuse(
      'symbolic',
      `${shown.zh}是符号形式（umask -S 的输出）；请运行不带 -S 的 umask 获取八进制值`,
      `${shown.en} is the symbolic form umask -S prints; run umask without -S for the octal value`,
    );
  }
  if (/^0[oO]/.test(text)) {
    return refuse('octalPrefix', ...octalWords.octalPrefix(shown));
  }
  if (!/^[0-9]+$/.test(text)) return refuse('notOctal', `${shown.zh}不是八进制的 umask`, `${shown.en} is not an octal umask`);
  const nonOctal = /[89]/.exec(text);
  if (nonOctal) {
    return refuse('nonOctalDigit', ...octalWords.nonOctalDigit(shown, nonOctal[0]));
  }
  if (text.length > 4) {
    return refuse(
      'tooLong',
      `${shown.zh}有 ${text.length} 位数字，umask 最多 4 位`,
      `${shown.en} has ${text.length} digits; a umask has at most 4`,
    );
  }
  const umask = Number.parseInt(text, 8);
  if (umask > 0o777) {
    return refuse(
      'tooLarge',
      `${shown.zh}大于 0777；umask 只屏蔽权限位，不含特殊权限位`,
      `${shown.en} is larger than 0777; a umask masks only the permission bits, not the special bits`,
    );
  }
  return pass(umask);
}

export interface UmaskCheck {
  /** Every bit of the recommended mask is masked. */
  strictEnough: boolean;
  /** The bits of the recommended mask this umask leaves unmasked, e.g. `0o005` for 0022 against 0027. */
  missing: number;
  /** The mode of new files: the octal of 0o666 & ~umask, e.g. `'640'`. */
  fileMode: string;
  /** The mode of new directories: the octal of 0o777 & ~umask, e.g. `'750'`. */
  directoryMode: string;
  /** The command for a strict enough umask that keeps this one's bits: `umask` of umask | recommended, e.g. `'umask 0027'`. */
  suggestion: string;
}

/** Compares a umask with the recommended one (0027 unless given). */
export function checkUmask(umask: number, recommended: number = recommendedUmask): UmaskCheck {
  checkBits(umask, 0o777, 'umask');
  checkBits(recommended, 0o777, 'recommended umask');
  const missing = recommended & ~umask;
  return {
    strictEnough: missing === 0,
    missing,
    fileMode: formatOctal(0o666 & ~umask),
    directoryMode: formatOctal(0o777 & ~umask),
    suggestion: `umask ${formatUmask(umask | recommended)}`,
  };
}
