import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Parsed } from '../../src/tools/validation';
import { findLooserCommand, maxPathLength, parseSearchDirectory } from '../../src/tools/permissions/find-command';
import { checkMode } from '../../src/tools/permissions/mode-check';
import {
  allModeBits,
  describeBits,
  formatOctal,
  formatSymbolic,
  maximumBits,
  parseMode,
  specialBits,
  type ParsedMode,
} from '../../src/tools/permissions/modes';
import { shellQuote } from '../../src/tools/permissions/shell-quote';
import { checkUmask, formatUmask, parseUmask, recommendedUmask } from '../../src/tools/permissions/umask';
import { fileKinds, type FileKind } from '../../src/schemas/file-permission';
import type { LocalizedText } from '../../src/schemas/localized';
import { readDataRows } from '../support/data';

function valueFrom<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected a value, got: ${parsed.message.en}`);
  return parsed.value;
}

function messageOf<T>(parsed: Parsed<T>): LocalizedText {
  if (parsed.ok) throw new Error(`expected a refusal, got: ${JSON.stringify(parsed.value)}`);
  return parsed.message;
}

function mode(text: string): ParsedMode {
  return valueFrom(parseMode(text));
}

/** Runs `script` in `shell` with `find` and `chmod` replaced by functions that print their arguments, NUL-separated. */
function argumentsOf(shell: string, command: string): string[] {
  const stub = (name: string) => `${name}() { printf '%s\\0' ${name} "$@"; }`;
  const run = spawnSync(shell, ['-c', `${stub('find')}\n${stub('chmod')}\n${command}`], { encoding: 'utf-8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.split('\0').slice(0, -1);
}

// ---------------------------------------------------------------------------------------------------
// parseMode

const acceptedModes: ReadonlyArray<readonly [string, number, FileKind | undefined]> = [
  ['644', 0o644, undefined],
  ['0640', 0o640, undefined],
  ['4755', 0o4755, undefined],
  ['04755', 0o4755, undefined],
  ['000', 0, undefined],
  ['7777', 0o7777, undefined],
  ['0000', 0, undefined],
  ['  750 ', 0o750, undefined],
  ['-rw-r--r--', 0o644, 'file'],
  ['drwxr-x---', 0o750, 'directory'],
  ['rw-r--r--', 0o644, undefined],
  ['-rwsr-xr-x', 0o4755, 'file'],
  ['drwxrwxrwt', 0o1777, 'directory'],
  ['-rwSr-----', 0o4640, 'file'],
  ['drwxr-sr-x', 0o2755, 'directory'],
  ['drwxr-Sr-x', 0o2745, 'directory'],
  ['drwxrwxrwT', 0o1776, 'directory'],
  ['rwsrwsrwt', 0o7777, undefined],
  ['---------', 0, undefined],
  ['\t-rw-r-----\n', 0o640, 'file'],
];

for (const [input, bits, kind] of acceptedModes) {
  test(`parseMode accepts ${JSON.stringify(input)} as ${formatOctal(bits)}${kind ? ` (${kind})` : ''}`, () => {
    const parsed = mode(input);
    expect(parsed.bits).toBe(bits);
    expect(parsed.kind).toBe(kind);
    expect('kind' in parsed).toBe(kind !== undefined);
    // The rwx form is read back exactly as typed.
    const text = input.trim();
    if (!/^[0-9]+$/.test(text)) expect(formatSymbolic(parsed.bits, parsed.kind)).toBe(text);
  });
}

const refusedModes: ReadonlyArray<readonly [string, string]> = [
  ['8', 'contains 8, which is not an octal digit'],
  ['999', 'contains 9, which is not an octal digit'],
  ['0o644', 'has the 0o prefix'],
  ['0O644', 'has the 0o prefix'],
  ['rw', '"rw" has 2 characters'],
  ['-rw-r--r--x', '"-rw-r--r--x" has 11 characters'],
  ['', 'The mode is empty'],
  ['   ', 'The mode is empty'],
  ['abc', '"abc" is not a permission mode'],
  ['12345', '"12345" has 5 digits'],
  ['64', '"64" has 2 digits'],
  ['000640', '"000640" has 6 digits'],
  ['lrwxrwxrwx', 'is a symbolic link'],
  ['crw-rw----', 'is a character device'],
  ['brw-rw----', 'is a block device'],
  ['prw-r--r--', 'is a named pipe'],
  ['srwxrwxrwx', 'is a socket'],
  ['xrw-r--r--', 'starts with "x", which is not a file type'],
  ['rwq------', 'character 3 of "rwq------" is "q", but that place (owner execute) takes x, -, s or S'],
  ['-rw-r--x--', 'character 8 of "-rw-r--x--" is "x", but that place (others read) takes r or -'],
  ['rwsrwsrws', 'character 9 of "rwsrwsrws" is "s", but that place (others execute) takes x, -, t or T'],
  ['RWXR-X---', 'character 1 of "RWXR-X---" is "R"'],
  ['-rw-r--r--.', 'SELinux'],
  ['-rw-r--r--+', 'ACL'],
  ['lrwxrwxrwx.', 'is a symbolic link'],
  ['-644', '"-644" is not a permission mode'],
  ['0x1ED', '"0x1ED" is not a permission mode'],
  ['u=rw,g=r,o=', 'is not a permission mode'],
];

for (const [input, says] of refusedModes) {
  test(`parseMode refuses ${JSON.stringify(input)}`, () => {
    const message = messageOf(parseMode(input));
    expect(message.en).toContain(says);
    expect(message.en).toContain('Accepted: 3 or 4 octal digits');
    expect(message.zh).toContain('可接受：3 或 4 位八进制数字');
    expect(message.zh).not.toBe(message.en);
  });
}

test('parseMode says, in both languages, why a link is refused and what is accepted', () => {
  expect(messageOf(parseMode('lrwxrwxrwx'))).toEqual({
    zh:
      '“lrwxrwxrwx”是符号链接：链接自身的权限总是 rwxrwxrwx，没有意义；请检查它指向的文件或目录（ls -lL 显示其权限）。' +
      '可接受：3 或 4 位八进制数字，例如 640、0640、4755、04755；或 ls -l 显示的 rwx 形式，例如 -rw-r-----、drwxr-x---、rw-r-----、-rwsr-xr-x',
    en:
      '"lrwxrwxrwx" is a symbolic link: a link\'s own mode is always rwxrwxrwx and means nothing; check the file or directory it points to (ls -lL shows its mode). ' +
      'Accepted: 3 or 4 octal digits, e.g. 640, 0640, 4755, 04755, or the rwx form ls -l shows, e.g. -rw-r-----, drwxr-x---, rw-r-----, -rwsr-xr-x',
  });
});

test('parseMode names the digit that is not octal, in both languages', () => {
  const message = messageOf(parseMode('999'));
  expect(message.zh.split('。')[0]).toBe('“999”含有 9，不是八进制数字（0–7）');
  expect(message.en.split('. ')[0]).toBe('"999" contains 9, which is not an octal digit (0–7)');
});

test('parseMode shortens long input and shows control characters in its messages', () => {
  expect(messageOf(parseMode('z'.repeat(200))).en).toContain(`"${'z'.repeat(49)}…" is not a permission mode`);
  expect(messageOf(parseMode('rw\u0007')).en).toContain('"rw\\x07" is not a permission mode');
});

// ---------------------------------------------------------------------------------------------------
// Formatting helpers

test('formatOctal writes three digits, four only with a special bit', () => {
  expect(formatOctal(0o640)).toBe('640');
  expect(formatOctal(0o40)).toBe('040');
  expect(formatOctal(0)).toBe('000');
  expect(formatOctal(0o4755)).toBe('4755');
  expect(formatOctal(0o1000)).toBe('1000');
  expect(() => formatOctal(0o10000)).toThrow(RangeError);
  expect(() => formatOctal(-1)).toThrow(RangeError);
  expect(() => formatOctal(1.5)).toThrow(RangeError);
});

test('formatSymbolic writes ls -l letters, with s/S/t/T and the type letter when given', () => {
  expect(formatSymbolic(0o640)).toBe('rw-r-----');
  expect(formatSymbolic(0o640, 'file')).toBe('-rw-r-----');
  expect(formatSymbolic(0o750, 'directory')).toBe('drwxr-x---');
  expect(formatSymbolic(0o4755, 'file')).toBe('-rwsr-xr-x');
  expect(formatSymbolic(0o4644)).toBe('rwSr--r--');
  expect(formatSymbolic(0o2750)).toBe('rwxr-s---');
  expect(formatSymbolic(0o2740)).toBe('rwxr-S---');
  expect(formatSymbolic(0o1777, 'directory')).toBe('drwxrwxrwt');
  expect(formatSymbolic(0o1776)).toBe('rwxrwxrwT');
});

test('describeBits lists special bits, then u, g, o with r, w, x', () => {
  expect(describeBits(0)).toBe('');
  expect(describeBits(0o024)).toBe('g+w, o+r');
  expect(describeBits(0o7777)).toBe('setuid, setgid, sticky, u+r, u+w, u+x, g+r, g+w, g+x, o+r, o+w, o+x');
  expect(describeBits(0o4001)).toBe('setuid, o+x');
});

test('maximumBits reads 3 or 4 octal digits and throws on anything else', () => {
  expect(maximumBits('640')).toBe(0o640);
  expect(maximumBits('2750')).toBe(0o2750);
  for (const bad of ['64', '0o640', '08', '999', '', ' 640', '12345']) expect(() => maximumBits(bad)).toThrow(RangeError);
});

// ---------------------------------------------------------------------------------------------------
// checkMode

test('644 against a 640 file row: others may not read; chmod 640', () => {
  const check = checkMode(mode('644'), '640', 'file');
  expect(check).toMatchObject({ within: false, excess: 0o004, excessSymbolic: 'o+r', fixed: '640' });
  expect(check.chmod('x')).toBe("chmod 640 -- 'x'");
  expect(check.kindMismatch).toBeUndefined();
});

test('755 against a 550 file row: u+w, o+r, o+x too many', () => {
  const check = checkMode(mode('755'), '550', 'file');
  expect(check).toMatchObject({ within: false, excess: 0o205, excessSymbolic: 'u+w, o+r, o+x', fixed: '550' });
  expect(check.chmod('/opt/app/run.sh')).toBe("chmod 550 -- '/opt/app/run.sh'");
});

test('4755 against 750: setuid is excess too, and chmod 750 removes it from a file', () => {
  const check = checkMode(mode('4755'), '750', 'file');
  expect(check).toMatchObject({ within: false, excess: 0o4005, excessSymbolic: 'setuid, o+r, o+x', fixed: '750' });
  expect(check.excessSymbolic).toContain('setuid');
  expect(check.chmod('bin')).toBe("chmod 750 -- 'bin'");
});

test("a directory's setuid and setgid are cleared symbolically, since GNU chmod keeps them under 750", () => {
  expect(checkMode(mode('4755'), '750', 'directory').chmod('d')).toBe("chmod 750 -- 'd' && chmod u-s -- 'd'");
  const shared = checkMode(mode('drwxrwsr-x'), '750', 'directory');
  expect(shared).toMatchObject({ excessSymbolic: 'setgid, g+w, o+r, o+x', fixed: '750' });
  expect(shared.chmod('shared')).toBe("chmod 750 -- 'shared' && chmod g-s -- 'shared'");
  expect(checkMode(mode('6750'), '750', 'directory').chmod('d')).toBe("chmod 750 -- 'd' && chmod u-s,g-s -- 'd'");
  // The sticky bit is not kept: the numeric mode alone removes it.
  expect(checkMode(mode('drwxrwxrwt'), '750', 'directory').chmod('/tmp/x')).toBe("chmod 750 -- '/tmp/x'");
  // A setgid the maximum allows stays, set by the numeric mode.
  const allowed = checkMode(mode('2750'), '2750', 'directory');
  expect(allowed).toMatchObject({ within: true, excess: 0, fixed: '2750' });
  expect(allowed.chmod('d')).toBe("chmod 2750 -- 'd'");
});

test('640 against 640 is within, and so are stricter modes', () => {
  expect(checkMode(mode('640'), '640', 'file')).toMatchObject({ within: true, excess: 0, excessSymbolic: '', fixed: '640' });
  expect(checkMode(mode('400'), '640', 'file')).toMatchObject({ within: true, fixed: '400' });
  expect(checkMode(mode('044'), '640', 'file')).toMatchObject({ within: false, excessSymbolic: 'o+r', fixed: '040' });
  expect(checkMode(mode('000'), '640', 'file')).toMatchObject({ within: true, fixed: '000' });
});

test('a directory mode checked against a file row is flagged, in both languages', () => {
  const check = checkMode(mode('drwxr-x---'), '640', 'file');
  expect(check).toMatchObject({ within: false, excessSymbolic: 'u+x, g+x', fixed: '640' });
  expect(check.kindMismatch).toEqual({
    zh: '该模式以“d”开头，属于目录，但此行适用于文件。请选择目录类的行，或输入文件的模式（以“-”开头）',
    en: 'The mode starts with "d", so it is a directory\'s, but this row is for files. Choose a directory row, or enter the mode of a file (starting with "-")',
  });
  const file = checkMode(mode('-rw-r-----'), '750', 'directory').kindMismatch;
  expect(file?.en).toContain('starts with "-"');
  expect(file?.zh).toContain('以“-”开头');
  expect(checkMode(mode('drwxr-x---'), '750', 'directory').kindMismatch).toBeUndefined();
  expect(checkMode(mode('-rw-r-----'), '640', 'file').kindMismatch).toBeUndefined();
  for (const kind of fileKinds) expect(checkMode(mode('750'), '750', kind).kindMismatch).toBeUndefined();
});

test('checkMode throws on a maximum or mode that is not one', () => {
  expect(() => checkMode(mode('640'), '64', 'file')).toThrow(RangeError);
  expect(() => checkMode(mode('640'), '0o640', 'file')).toThrow(RangeError);
  expect(() => checkMode({ bits: 0o10000 }, '640', 'file')).toThrow(RangeError);
});

test('chmod quotes the path as one word, whatever it holds', () => {
  const check = checkMode(mode('644'), '640', 'file');
  expect(check.chmod("it's")).toBe("chmod 640 -- 'it'\\''s'");
  expect(check.chmod('-rf')).toBe("chmod 640 -- '-rf'");
  for (const path of ['/tmp; rm -rf /', '$(id)', '`id`', "'quoted'", '-rf', 'a b', '/数据/模型']) {
    expect(argumentsOf('sh', check.chmod(path))).toEqual(['chmod', '640', '--', path]);
  }
  const directory = checkMode(mode('6755'), '750', 'directory');
  expect(argumentsOf('bash', directory.chmod("$(id)'x"))).toEqual(['chmod', '750', '--', "$(id)'x", 'chmod', 'u-s,g-s', '--', "$(id)'x"]);
});

test('the chmod commands really give the fixed mode, setgid directories included', () => {
  const root = mkdtempSync(join(tmpdir(), 'permission-check-'));
  try {
    const cases = [
      { name: "file 'one'", kind: 'file', typed: '4755', maximum: '750' },
      { name: 'file two', kind: 'file', typed: '666', maximum: '640' },
      { name: 'dir $(id)', kind: 'directory', typed: '2775', maximum: '750' },
      { name: 'dir-6777', kind: 'directory', typed: '6777', maximum: '750' },
      { name: 'dir sticky', kind: 'directory', typed: '1777', maximum: '750' },
    ] as const;
    for (const entry of cases) {
      const path = join(root, entry.name);
      if (entry.kind === 'file') writeFileSync(path, '');
      else mkdirSync(path);
      chmodSync(path, Number.parseInt(entry.typed, 8));
      const check = checkMode(mode(entry.typed), entry.maximum, entry.kind);
      const run = spawnSync('sh', ['-c', check.chmod(path)], { encoding: 'utf-8' });
      expect(run.status, run.stderr).toBe(0);
      expect(formatOctal(statSync(path).mode & allModeBits), entry.name).toBe(check.fixed);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('every row of the permission table: its own mode is within, one bit more is not', () => {
  const rows = readDataRows('file-permissions.yaml') as Array<{
    id: string;
    kind: FileKind;
    maxMode: { octal: string; symbolic: string };
  }>;
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const typed = `${row.kind === 'directory' ? 'd' : '-'}${row.maxMode.symbolic}`;
    const own = checkMode(mode(typed), row.maxMode.octal, row.kind);
    expect(own, row.id).toMatchObject({ within: true, excess: 0, fixed: row.maxMode.octal });
    expect(own.kindMismatch, row.id).toBeUndefined();
    const looser = checkMode({ bits: maximumBits(row.maxMode.octal) | 0o002 }, row.maxMode.octal, row.kind);
    expect(looser, row.id).toMatchObject({ within: false, excess: 0o002, excessSymbolic: 'o+w', fixed: row.maxMode.octal });
    const mask = allModeBits & ~maximumBits(row.maxMode.octal);
    expect(mask & specialBits, row.id).toBe(specialBits);
    expect(findLooserCommand('/srv', row.kind, row.maxMode.octal), row.id).toBe(
      `find '/srv' -type ${row.kind === 'directory' ? 'd' : 'f'} -perm /${formatOctal(mask)}`,
    );
  }
});

// ---------------------------------------------------------------------------------------------------
// umask

const acceptedUmasks: ReadonlyArray<readonly [string, number]> = [
  ['0027', 0o027],
  ['027', 0o027],
  ['27', 0o027],
  ['0022', 0o022],
  ['077', 0o077],
  ['0', 0],
  ['0000', 0],
  ['0777', 0o777],
  ['777', 0o777],
  [' 0022\n', 0o022],
];

for (const [input, umask] of acceptedUmasks) {
  test(`parseUmask accepts ${JSON.stringify(input)}`, () => {
    expect(valueFrom(parseUmask(input))).toBe(umask);
  });
}

const refusedUmasks: ReadonlyArray<readonly [string, string]> = [
  ['', 'The umask is empty'],
  ['8', 'contains 8, which is not an octal digit'],
  ['0029', 'contains 9'],
  ['0o22', 'has the 0o prefix'],
  ['u=rwx,g=rx,o=', 'symbolic form umask -S prints'],
  ['00027', 'has 5 digits; a umask has at most 4'],
  ['1022', 'is larger than 0777'],
  ['7777', 'is larger than 0777'],
  ['abc', '"abc" is not an octal umask'],
  ['-022', 'is not an octal umask'],
  ['0x12', 'is not an octal umask'],
  ['0 22', 'is not an octal umask'],
];

for (const [input, says] of refusedUmasks) {
  test(`parseUmask refuses ${JSON.stringify(input)}`, () => {
    const message = messageOf(parseUmask(input));
    expect(message.en).toContain(says);
    expect(message.en).toContain('Accepted: the octal value the umask command prints');
    expect(message.zh).toContain('可接受：umask 命令显示的八进制值');
  });
}

test('parseUmask says, in both languages, why a umask with special bits is refused', () => {
  expect(messageOf(parseUmask('1022'))).toEqual({
    zh: '“1022”大于 0777；umask 只屏蔽权限位，不含特殊权限位。可接受：umask 命令显示的八进制值，1 到 4 位数字，不超过 0777，例如 0027、027、27、0',
    en: '"1022" is larger than 0777; a umask masks only the permission bits, not the special bits. Accepted: the octal value the umask command prints, 1 to 4 digits up to 0777, e.g. 0027, 027, 27, 0',
  });
});

test('umask 0022 is not strict enough against 0027: 005 missing, suggest umask 0027', () => {
  expect(checkUmask(valueFrom(parseUmask('0022')))).toEqual({
    strictEnough: false,
    missing: 0o005,
    fileMode: '644',
    directoryMode: '755',
    suggestion: 'umask 0027',
  });
});

test('umask 0077 is strict enough', () => {
  expect(checkUmask(valueFrom(parseUmask('0077')))).toEqual({
    strictEnough: true,
    missing: 0,
    fileMode: '600',
    directoryMode: '700',
    suggestion: 'umask 0077',
  });
});

test('umask 0027 is exactly the recommendation', () => {
  expect(recommendedUmask).toBe(0o027);
  expect(checkUmask(0o027)).toEqual({
    strictEnough: true,
    missing: 0,
    fileMode: '640',
    directoryMode: '750',
    suggestion: 'umask 0027',
  });
});

test('umask 0 masks nothing', () => {
  expect(checkUmask(valueFrom(parseUmask('0')))).toEqual({
    strictEnough: false,
    missing: 0o027,
    fileMode: '666',
    directoryMode: '777',
    suggestion: 'umask 0027',
  });
});

test('the suggestion keeps the bits a umask already masks', () => {
  expect(checkUmask(0o072)).toMatchObject({ strictEnough: false, missing: 0o005, suggestion: 'umask 0077' });
  expect(checkUmask(0o026)).toMatchObject({ missing: 0o001, fileMode: '640', directoryMode: '751', suggestion: 'umask 0027' });
  expect(checkUmask(0o022, 0o022)).toMatchObject({ strictEnough: true, missing: 0, suggestion: 'umask 0022' });
  expect(checkUmask(0o002, 0o077)).toMatchObject({ missing: 0o075, suggestion: 'umask 0077' });
});

test('checkUmask and formatUmask throw on a number that is not a umask', () => {
  expect(formatUmask(0o27)).toBe('0027');
  expect(formatUmask(0o777)).toBe('0777');
  for (const bad of [-1, 0o1000, 1.5, Number.NaN]) {
    expect(() => checkUmask(bad)).toThrow(RangeError);
    expect(() => checkUmask(0o022, bad)).toThrow(RangeError);
    expect(() => formatUmask(bad)).toThrow(RangeError);
  }
});

// ---------------------------------------------------------------------------------------------------
// Directories and find

test("shellQuote single-quotes, writing each embedded quote as '\\''", () => {
  expect(shellQuote('/etc')).toBe("'/etc'");
  expect(shellQuote('')).toBe("''");
  expect(shellQuote("it's")).toBe("'it'\\''s'");
  expect(shellQuote("''")).toBe("''\\'''\\'''");
  for (const value of ["it's", "'", "''", '$(id)', '`id`', '\\', '"', '!', '*', 'a\nb', '$HOME', "x'; rm -rf / #"]) {
    expect(argumentsOf('sh', `find ${shellQuote(value)}`)).toEqual(['find', value]);
  }
});

const acceptedDirectories = [
  '/etc',
  './config',
  'relative/dir',
  '/',
  '.',
  '/tmp; rm -rf /',
  '$(id)',
  '`id`',
  "'quoted'",
  "/srv/it's",
  'dir with spaces',
  '/a/-delete',
  '!important',
  '((',
  '/数据/模型',
  ' /etc',
  'x'.repeat(maxPathLength),
];

for (const directory of acceptedDirectories) {
  test(`parseSearchDirectory accepts ${JSON.stringify(directory.slice(0, 40))} unchanged, and find gets it as one argument`, () => {
    expect(valueFrom(parseSearchDirectory(directory))).toBe(directory);
    const command = findLooserCommand(directory, 'file', '640');
    expect(command).toBe(`find ${shellQuote(directory)} -type f -perm /7137`);
    for (const shell of ['sh', 'bash']) {
      expect(argumentsOf(shell, command)).toEqual(['find', directory, '-type', 'f', '-perm', '/7137']);
    }
  });
}

const refusedDirectories: ReadonlyArray<readonly [string, string, string]> = [
  ['empty', '', 'No directory entered'],
  ['spaces only', '   ', 'No directory entered'],
  ['a newline', '/tmp\nrm -rf /', 'The path contains a line break'],
  ['a carriage return', '/tmp\r', 'The path contains a line break'],
  ['a line separator', '/tmp\u2028x', 'The path contains a line break'],
  ['a bell', 'a\u0007b', 'Character 2 of the path is the control character U+0007'],
  ['a NUL', '/tmp\u0000', 'Character 5 of the path is the control character U+0000'],
  ['a tab', '\t/etc', 'control character U+0009'],
  ['DEL', '/tmp\u007f', 'control character U+007F'],
  [
    '-delete',
    '-delete',
    '"-delete" starts with "-", which find reads as an option, not a directory; for a directory really named so, write "./-delete"',
  ],
  ['-', '-', 'starts with "-"'],
  ['-exec', '-exec rm {} ;', 'starts with "-"'],
  ['!', '!', '"!" alone is an operator to find'],
  ['(', '(', 'is an operator to find'],
  [')', ')', 'is an operator to find'],
  [',', ',', 'is an operator to find'],
  ['~/app', '~/app', 'starts with "~", which is not expanded'],
  ['4097 characters', 'x'.repeat(maxPathLength + 1), 'The path has 4097 characters, more than 4096'],
];

for (const [name, directory, says] of refusedDirectories) {
  test(`parseSearchDirectory refuses ${name}, and findLooserCommand throws on it`, () => {
    const message = messageOf(parseSearchDirectory(directory));
    expect(message.en).toContain(says);
    expect(message.en).toContain('Accepted: an absolute or relative path of 1 to 4096 characters');
    expect(message.zh).toContain('可接受：1 到 4096 个字符的绝对或相对路径');
    expect(message.en.length).toBeLessThan(400);
    expect(() => findLooserCommand(directory, 'file', '640')).toThrow(RangeError);
  });
}

test('parseSearchDirectory says, in both languages, why a leading "-" is refused', () => {
  expect(messageOf(parseSearchDirectory('-delete'))).toEqual({
    zh: '“-delete”以“-”开头，find 会把它当作选项而不是目录；如果目录确实叫这个名字，请写成“./-delete”。可接受：1 到 4096 个字符的绝对或相对路径，不含换行符和控制字符，不以“-”开头，例如 /etc 或 ./config',
    en: '"-delete" starts with "-", which find reads as an option, not a directory; for a directory really named so, write "./-delete". Accepted: an absolute or relative path of 1 to 4096 characters, without line breaks or control characters, not starting with "-", e.g. /etc or ./config',
  });
});

test('findLooserCommand: the exact commands', () => {
  expect(findLooserCommand('/tmp; rm -rf /', 'file', '640')).toBe("find '/tmp; rm -rf /' -type f -perm /7137");
  expect(findLooserCommand("/srv/it's", 'file', '640')).toBe("find '/srv/it'\\''s' -type f -perm /7137");
  expect(findLooserCommand('/home/user', 'directory', '750')).toBe("find '/home/user' -type d -perm /7027");
  expect(findLooserCommand('.', 'file', '550')).toBe("find '.' -type f -perm /7227");
  expect(findLooserCommand('.', 'directory', '777')).toBe("find '.' -type d -perm /7000");
  expect(findLooserCommand('.', 'directory', '7750')).toBe("find '.' -type d -perm /027");
  expect(0o7777 & ~0o640).toBe(0o7137);
  expect(0o7777 & ~0o750).toBe(0o7027);
});

test('findLooserCommand throws when nothing can be looser or the maximum is not a mode', () => {
  expect(() => findLooserCommand('.', 'file', '7777')).toThrow(RangeError);
  expect(() => findLooserCommand('.', 'file', '0o640')).toThrow(RangeError);
});

test('the find commands really list the looser entries, special bits included', () => {
  const root = mkdtempSync(join(tmpdir(), "permission check '"));
  try {
    const files = { 'ok-640': 0o640, 'ok-400': 0o400, 'loose-644': 0o644, 'loose-660': 0o660, 'setuid-4640': 0o4640, 'exec-740': 0o740 };
    const directories = { 'd-750': 0o750, 'd-755': 0o755, 'd-2750': 0o2750, 'd-1750': 0o1750, 'd-700': 0o700 };
    for (const [name, bits] of Object.entries(files)) {
      writeFileSync(join(root, name), '');
      chmodSync(join(root, name), bits);
    }
    for (const [name, bits] of Object.entries(directories)) {
      mkdirSync(join(root, name));
      chmodSync(join(root, name), bits);
    }
    const found = (kind: FileKind, maximum: string) => {
      const run = spawnSync('bash', ['-c', findLooserCommand(root, kind, maximum)], { encoding: 'utf-8' });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout
        .split('\n')
        .filter(Boolean)
        .map((path) => path.slice(root.length + 1))
        .sort();
    };
    expect(found('file', '640')).toEqual(['exec-740', 'loose-644', 'loose-660', 'setuid-4640']);
    chmodSync(root, 0o700);
    expect(found('directory', '750')).toEqual(['d-1750', 'd-2750', 'd-755']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
