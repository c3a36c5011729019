/**
 * Linux permission modes as the permission checker reads and writes them: a mode as the reader typed
 * it (octal or the rwx form of ls -l, special bits included) read into bits, and bits written back as
 * octal, rwx or one by one. Pure, no DOM and no Node APIs: the same code runs in the browser.
 */
import type { FileKind } from '../../schemas/file-permission';
import type { LocalizedText } from '../../schemas/localized';
import { octalToSymbolic, symbolicToOctal } from '../../formats/linux-mode';
import { fail, pass, quoted, type Parsed } from '../validation';

/** A mode as typed, read into bits. */
export interface ParsedMode {
  /** 0..0o7777: the permission bits and the setuid (4000), setgid (2000) and sticky (1000) bits. */
  bits: number;
  /** From the type letter of the rwx form (`-` file, `d` directory), when one was typed. */
  kind?: FileKind;
}

export const setuidBit = 0o4000;
export const setgidBit = 0o2000;
export const stickyBit = 0o1000;
/** The setuid, setgid and sticky bits. */
export const specialBits = 0o7000;
/** Every bit a mode can have. */
export const allModeBits = 0o7777;

/** `what is wrong` followed by `what is accepted`, as one sentence pair in each language: every refusal of the checker. */
export function explain(wrong: LocalizedText, accepted: LocalizedText): LocalizedText {
  return { zh: `${wrong.zh}。${accepted.zh}`, en: `${wrong.en}. ${accepted.en}` };
}

/** `0o640` → `'640'`, `0o4755` → `'4755'`: three digits, four when a special bit is set. */
export function formatOctal(bits: number): string {
  checkBits(bits, allModeBits, 'mode');
  return bits.toString(8).padStart(3, '0');
}

/**
 * `0o4755` → `'rwsr-xr-x'`, as ls -l writes it: s/S for setuid and setgid, t/T for sticky (lower-case
 * when the execute bit under it is set). With `kind`, the type letter comes first: `'-rwsr-xr-x'`.
 */
export function formatSymbolic(bits: number, kind?: FileKind): string {
  checkBits(bits, allModeBits, 'mode');
  const letters = [...octalToSymbolic(formatOctal(bits & 0o777))];
  const overlay = (bit: number, at: number, set: string, unset: string) => {
    if (bits & bit) letters[at] = letters[at] === 'x' ? set : unset;
  };
  overlay(setuidBit, 2, 's', 'S');
  overlay(setgidBit, 5, 's', 'S');
  overlay(stickyBit, 8, 't', 'T');
  const type = kind === undefined ? '' : kind === 'directory' ? 'd' : '-';
  return type + letters.join('');
}

/** Each bit, in the order `describeBits` lists them. */
const bitNames: ReadonlyArray<readonly [number, string]> = [
  [setuidBit, 'setuid'],
  [setgidBit, 'setgid'],
  [stickyBit, 'sticky'],
  ...(['u', 'g', 'o'] as const).flatMap((who, group) =>
    (['r', 'w', 'x'] as const).map((what, i) => [(4 >> i) << (3 * (2 - group)), `${who}+${what}`] as const),
  ),
];

/** The bits set, one by one: `0o4006` → `'setuid, o+r, o+w'`; `0` → `''`. */
export function describeBits(bits: number): string {
  checkBits(bits, allModeBits, 'mode');
  return bitNames
    .filter(([bit]) => bits & bit)
    .map(([, name]) => name)
    .join(', ');
}

/** The loosest mode of a table row, `'640'` (or four digits with special bits) → its bits. Throws on anything else: it is the site's data, not user input. */
export function maximumBits(maximumOctal: string): number {
  if (!/^[0-7]{3,4}$/.test(maximumOctal)) {
    throw new RangeError(`maximum mode must be 3 or 4 octal digits, e.g. '640', got '${maximumOctal}'`);
  }
  return Number.parseInt(maximumOctal, 8);
}

export function checkBits(bits: number, max: number, what: string): void {
  if (!Number.isInteger(bits) || bits < 0 || bits > max) {
    throw new RangeError(`${what} must be a whole number from 0 to 0o${max.toString(8)}, got ${bits}`);
  }
}

/** What a mode and a umask are both refused for, as [zh, en]: a digit 8 or 9, and a 0o prefix. */
export const octalWords = {
  nonOctalDigit: (shown: LocalizedText, digit: string): [string, string] => [
    `${shown.zh}含有 ${digit}，不是八进制数字（0–7）`,
    `${shown.en} contains ${digit}, which is not an octal digit (0–7)`,
  ],
  octalPrefix: (shown: LocalizedText): [string, string] => [
    `${shown.zh}带有编程语言的 0o 前缀；请只写数字`,
    `${shown.en} has the 0o prefix of programming languages; write the digits only`,
  ],
};

const modeAccepted: LocalizedText = {
  zh: '可接受：3 或 4 位八进制数字，例如 640、0640、4755、04755；或 ls -l 显示的 rwx 形式，例如 -rw-r-----、drwxr-x---、rw-r-----、-rwsr-xr-x',
  en: 'Accepted: 3 or 4 octal digits, e.g. 640, 0640, 4755, 04755, or the rwx form ls -l shows, e.g. -rw-r-----, drwxr-x---, rw-r-----, -rwsr-xr-x',
};

/** The letters each place of the nine-letter rwx form takes, and what the place means. */
const symbolicPlaces: ReadonlyArray<{ letters: string; zh: string; en: string }> = [
  { letters: 'r-', zh: '属主读', en: 'owner read' },
  { letters: 'w-', zh: '属主写', en: 'owner write' },
  { letters: 'x-sS', zh: '属主执行', en: 'owner execute' },
  { letters: 'r-', zh: '属组读', en: 'group read' },
  { letters: 'w-', zh: '属组写', en: 'group write' },
  { letters: 'x-sS', zh: '属组执行', en: 'group execute' },
  { letters: 'r-', zh: '其他用户读', en: 'others read' },
  { letters: 'w-', zh: '其他用户写', en: 'others write' },
  { letters: 'x-tT', zh: '其他用户执行', en: 'others execute' },
];

/** The type letters of ls -l that this checker does not take, and what they are. */
const otherTypes: Readonly<Record<string, LocalizedText>> = {
  b: { zh: '块设备', en: 'a block device' },
  c: { zh: '字符设备', en: 'a character device' },
  p: { zh: '命名管道', en: 'a named pipe' },
  s: { zh: '套接字', en: 'a socket' },
};

/**
 * A mode as typed: `'644'`, `'0640'`, `'4755'`, `'04755'`, or the rwx form with or without the type
 * letter (`'-rw-r--r--'`, `'drwxr-x---'`, `'rw-r--r--'`), with s/S/t/T in the execute places
 * (`'-rwsr-xr-x'`, `'drwxrwxrwt'`). Surrounding spaces are ignored.
 */
export function parseMode(input: string): Parsed<ParsedMode> {
  const text = input.trim();
  const shown = quoted(text);
  const refuse = (code: string, zh: string, en: string) => fail<ParsedMode>(`mode.${code}`, explain({ zh, en }, modeAccepted));

  if (text === '') return refuse('empty', '权限模式为空', 'The mode is empty');

  if (/^[0-9]+$/.test(text)) {
    const nonOctal = /[89]/.exec(text);
    if (nonOctal) {
      return refuse('nonOctalDigit', ...octalWords.nonOctalDigit(shown, nonOctal[0]));
    }
    // Three or four digits, or a leading 0 before four (04755).
    const digits = text.length === 5 && text.startsWith('0') ? text.slice(1) : text;
    if (digits.length < 3 || digits.length > 4) {
      return refuse(
        'digitCount',
        `${shown.zh}有 ${text.length} 位数字；权限模式为 3 位（属主、属组、其他用户），或在前面加 1 位特殊权限（setuid、setgid、sticky）共 4 位，可再加前导 0`,
        `${shown.en} has ${text.length} digits; a mode has 3 (owner, group, others), or 4 with the special bits (setuid, setgid, sticky) first, optionally after a leading 0`,
      );
    }
    return pass({ bits: Number.parseInt(digits, 8) });
  }

  if (/^0[oO]/.test(text)) {
    return refuse('octalPrefix', ...octalWords.octalPrefix(shown));
  }

  if (text.length === 11 && (text.endsWith('.') || text.endsWith('+'))) {
    const inner = parseMode(text.slice(0, 10));
    if (!inner.ok) return inner;
    return text.endsWith('.')
      ? refuse(
          'selinuxContext',
          `${shown.zh}末尾的“.”是 ls -l 标示 SELinux 安全上下文的记号，不属于权限模式；请去掉它`,
          `${shown.en} ends with ".", which ls -l adds for an SELinux security context and is not part of the mode; leave it out`,
        )
      : refuse(
          'acl',
          `${shown.zh}末尾的“+”表示该文件有 ACL，ACL 可以授予权限模式之外的权限：请用 getfacl 检查它，并在这里去掉“+”`,
          `${shown.en} ends with "+": the entry has an ACL, which can grant more than the mode shows; check it with getfacl, and leave the "+" out here`,
        );
  }

  let kind: FileKind | undefined;
  let body = text;
  if (text.length === 10) {
    const type = text.charAt(0);
    if (type === 'l') {
      return refuse(
        'symlink',
        `${shown.zh}是符号链接：链接自身的权限总是 rwxrwxrwx，没有意义；请检查它指向的文件或目录（ls -lL 显示其权限）`,
        `${shown.en} is a symbolic link: a link's own mode is always rwxrwxrwx and means nothing; check the file or directory it points to (ls -lL shows its mode)`,
      );
    }
    const other = otherTypes[type];
    if (other) {
      return refuse(
        'otherType',
        `${shown.zh}是${other.zh}；此检查只适用于普通文件（-）和目录（d）`,
        `${shown.en} is ${other.en}; this check is for regular files (-) and directories (d)`,
      );
    }
    if (type !== '-' && type !== 'd') {
      const letter = quoted(type);
      return refuse(
        'unknownType',
        `${shown.zh}以${letter.zh}开头，不是文件类型；10 个字符的形式以 -（文件）或 d（目录）开头`,
        `${shown.en} starts with ${letter.en}, which is not a file type; the 10-character form starts with - (file) or d (directory)`,
      );
    }
    kind = type === 'd' ? 'directory' : 'file';
    body = text.slice(1);
  }

  if (body.length !== 9) {
    if (/^[-rwxsStTdlbcp]+$/.test(text)) {
      return refuse(
        'symbolicLength',
        `${shown.zh}有 ${text.length} 个字符；rwx 形式为 9 个字符（rw-r-----），或以类型字母开头共 10 个（文件 -rw-r-----，目录 drwxr-x---）`,
        `${shown.en} has ${text.length} characters; the rwx form has 9 (rw-r-----), or 10 with the type letter first (-rw-r----- for a file, drwxr-x--- for a directory)`,
      );
    }
    return refuse('notAMode', `${shown.zh}不是权限模式`, `${shown.en} is not a permission mode`);
  }

  let special = 0;
  let rwx = '';
  for (let i = 0; i < 9; i++) {
    const place = symbolicPlaces[i]!;
    const letter = body.charAt(i);
    if (!place.letters.includes(letter)) {
      const at = i + 1 + (text.length - body.length);
      const got = quoted(letter);
      const allowed = [...place.letters];
      return refuse(
        'letter',
        `${shown.zh}的第 ${at} 个字符是${got.zh}，但该位置（${place.zh}）只能是 ${allowed.join('、')}`,
        `character ${at} of ${shown.en} is ${got.en}, but that place (${place.en}) takes ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`,
      );
    }
    if ('sStT'.includes(letter)) special |= i === 2 ? setuidBit : i === 5 ? setgidBit : stickyBit;
    rwx += letter === 's' || letter === 't' ? 'x' : letter === 'S' || letter === 'T' ? '-' : letter;
  }
  const bits = Number.parseInt(symbolicToOctal(rwx), 8) | special;
  return pass(kind === undefined ? { bits } : { bits, kind });
}
