import { expect, test } from '@playwright/test';
import { parsePeers } from '../../src/tools/firewall/peers';
import { parseSearchDirectory } from '../../src/tools/permissions/find-command';
import { parseMode } from '../../src/tools/permissions/modes';
import { parseUmask } from '../../src/tools/permissions/umask';
import { quoted } from '../../src/tools/validation';

// The tools quote what the reader typed through one helper, so their messages show it the same way.

test('control characters are shown, not passed through', () => {
  expect(quoted('a\u0007b\nc\td\u007f')).toEqual({ zh: '“a\\x07b\\nc\\td\\x7f”', en: '"a\\x07b\\nc\\td\\x7f"' });
});

test('a long value is shortened to 50 characters', () => {
  expect(quoted('x'.repeat(80)).en).toBe(`"${'x'.repeat(49)}…"`);
});

test('the firewall generator and the permission checker quote a control character alike', () => {
  const firewall = parsePeers('10.0.0.1\u0007');
  const permissions = parseMode('75\u00070');
  expect(firewall.ok || firewall.message.en).toMatch(/^"10\.0\.0\.1\\x07" /);
  expect(permissions.ok || permissions.message.en).toContain('\\x07');
});

test('each refusal names its reason with a code of its own, apart from the words', () => {
  const codeOf = (parsed: { ok: true } | { ok: false; code: string }) => (parsed.ok ? 'accepted' : parsed.code);
  expect(
    ['', '0.0.0.0/0', '10.0.0.1/33', '10.0.0.1/8', 'fe80::1%eth0', 'fd00::g', '010.0.0.1', '10.0.0.2'].map((peers) =>
      codeOf(parsePeers(peers)),
    ),
  ).toEqual([
    'peers.none',
    'peer.blockTooWide',
    'peer.prefixLength',
    'peer.hostBitsSet',
    'peer.zoneId',
    'peer.ipv6',
    'peer.ipv4',
    'accepted',
  ]);
  expect(
    ['', '789', '0o640', '-rw-r--r--.', '-rw-r--r--+', 'lrwxrwxrwx', 'brw-r-----', 'rwz------', '644'].map((mode) =>
      codeOf(parseMode(mode)),
    ),
  ).toEqual([
    'mode.empty',
    'mode.nonOctalDigit',
    'mode.octalPrefix',
    'mode.selinuxContext',
    'mode.acl',
    'mode.symlink',
    'mode.otherType',
    'mode.letter',
    'accepted',
  ]);
  expect(['', 'u=rwx', '0o27', '8', '00027', '1777', '0027'].map((umask) => codeOf(parseUmask(umask)))).toEqual([
    'umask.empty',
    'umask.symbolic',
    'umask.octalPrefix',
    'umask.nonOctalDigit',
    'umask.tooLong',
    'umask.tooLarge',
    'accepted',
  ]);
  expect(['', '-x', '!', '~/x', 'a\nb', 'a\u0007', '/etc'].map((directory) => codeOf(parseSearchDirectory(directory)))).toEqual([
    'directory.empty',
    'directory.leadingDash',
    'directory.findOperator',
    'directory.tilde',
    'directory.lineBreak',
    'directory.controlCharacter',
    'accepted',
  ]);
});
