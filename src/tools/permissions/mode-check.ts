/**
 * A mode compared with the loosest mode a row of 文件权限参考 (content/data/file-permissions.yaml)
 * allows: the bits it has too many, and the chmod command that removes them. Pure, no DOM and no Node
 * APIs: the same code runs in the browser.
 */
import type { FileKind } from '../../schemas/file-permission';
import type { LocalizedText } from '../../schemas/localized';
import { allModeBits, checkBits, describeBits, formatOctal, maximumBits, type ParsedMode, setgidBit, setuidBit } from './modes';
import { shellQuote } from './shell-quote';

export interface ModeCheck {
  /** No bit outside the maximum. */
  within: boolean;
  /** The bits set that the maximum does not allow, special bits included. */
  excess: number;
  /** `excess` readably, e.g. `'g+w, o+r'` or `'setuid, o+x'`; `''` when within. */
  excessSymbolic: string;
  /** The octal of mode & maximum: the mode with the excess removed, e.g. `'640'`. */
  fixed: string;
  /**
   * The command that sets `fixed`: `chmod 640 -- 'path'`. For a directory whose setuid or setgid bit
   * must go, it clears them with a second, symbolic chmod, since GNU chmod keeps a directory's setuid
   * and setgid bits under a 3- or 4-digit numeric mode.
   */
  chmod: (path: string) => string;
  /** Set when the typed mode's type letter (d or -) contradicts the row's kind. */
  kindMismatch?: LocalizedText;
}

/** Compares `mode` with the loosest mode a row allows (`maximumOctal`, e.g. `'640'`) for entries of `kind`. */
export function checkMode(mode: ParsedMode, maximumOctal: string, kind: FileKind): ModeCheck {
  checkBits(mode.bits, allModeBits, 'mode');
  const max = maximumBits(maximumOctal);
  const excess = mode.bits & ~max & allModeBits;
  const fixed = formatOctal(mode.bits & max);
  // GNU chmod keeps a directory's setuid/setgid under a numeric mode of fewer than 5 digits.
  const keptByChmod = kind === 'directory' ? excess & (setuidBit | setgidBit) : 0;
  const clear = [keptByChmod & setuidBit ? 'u-s' : '', keptByChmod & setgidBit ? 'g-s' : ''].filter(Boolean).join(',');
  const chmod = (path: string) => {
    const target = shellQuote(path);
    const numeric = `chmod ${fixed} -- ${target}`;
    return clear ? `${numeric} && chmod ${clear} -- ${target}` : numeric;
  };
  const check: ModeCheck = { within: excess === 0, excess, excessSymbolic: describeBits(excess), fixed, chmod };
  if (mode.kind !== undefined && mode.kind !== kind) {
    check.kindMismatch =
      mode.kind === 'directory'
        ? {
            zh: '该模式以“d”开头，属于目录，但此行适用于文件。请选择目录类的行，或输入文件的模式（以“-”开头）',
            en: 'The mode starts with "d", so it is a directory\'s, but this row is for files. Choose a directory row, or enter the mode of a file (starting with "-")',
          }
        : {
            zh: '该模式以“-”开头，属于文件，但此行适用于目录。请选择文件类的行，或输入目录的模式（以“d”开头）',
            en: 'The mode starts with "-", so it is a file\'s, but this row is for directories. Choose a file row, or enter the mode of a directory (starting with "d")',
          };
  }
  return check;
}
