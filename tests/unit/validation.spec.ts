import { expect, test } from '@playwright/test';
import { parsePeers } from '../../src/tools/firewall/form';
import { parseMode } from '../../src/tools/permissions/check';
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
