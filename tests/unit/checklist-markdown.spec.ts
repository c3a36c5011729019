import { expect, test } from '@playwright/test';
import { checklistMarkdown, codeSpan, parseStoredProgress } from '../../src/tools/checklist/markdown';

const labels = { title: 'Hardening checklist', done: 'done', verify: 'Verify', expected: 'Expected', date: 'Exported' };
const items = [
  { id: 'aslr', title: 'Turn on ASLR', verify: 'cat /proc/sys/kernel/randomize_va_space', expected: '2' },
  { id: 'umask', title: 'Set umask 0027', verify: 'umask', expected: '0027' },
];

test('the export lists every step, ticked or not, with how to verify it', () => {
  expect(checklistMarkdown(items, new Set(['umask']), labels, new Date(Date.UTC(2026, 10, 30, 12)))).toBe(
    [
      '# Hardening checklist',
      '',
      'Exported: 2026-11-30T12:00:00.000Z · 1/2 done',
      '',
      '- [ ] Turn on ASLR',
      '  - Verify: `cat /proc/sys/kernel/randomize_va_space`',
      '  - Expected: 2',
      '- [x] Set umask 0027',
      '  - Verify: `umask`',
      '  - Expected: 0027',
      '',
    ].join('\n'),
  );
});

test('inline code keeps backticks in the command', () => {
  expect(codeSpan('echo `id`')).toBe('`` echo `id` ``');
});

test('stored progress keeps only ids the checklist has, and survives junk', () => {
  expect([...parseStoredProgress('["aslr","gone",3]', ['aslr', 'umask'])]).toEqual(['aslr']);
  expect(parseStoredProgress('{not json', ['aslr']).size).toBe(0);
  expect(parseStoredProgress(null, ['aslr']).size).toBe(0);
});
