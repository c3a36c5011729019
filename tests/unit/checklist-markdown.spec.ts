import { expect, test } from '@playwright/test';
import { checklistMarkdown, clearedMessage, codeSpan, exportDate, parseStoredProgress } from '../../src/tools/checklist/markdown';
import { hardeningStepSchema } from '../../src/schemas/hardening-step';
import { readHardeningSteps, uiStrings } from '../support/data';

const labels = {
  title: 'Hardening checklist',
  done: 'done',
  verify: 'Verify',
  expected: 'Expected',
  insecure: 'Insecure state',
  date: 'Exported',
  dateLocale: 'en-GB',
  dateTime: '{{date}}, {{time}} UTC',
};
const items = [
  { id: 'aslr', title: 'Turn on ASLR', verify: 'cat /proc/sys/kernel/randomize_va_space', expected: '2' },
  { id: 'umask', title: 'Set umask 0027', verify: 'umask', expected: '0027' },
  { id: 'listen', title: 'Keep it on a trusted network', verify: 'ss -ltn', expected: '*:29500', insecure: 'Those lines are insecure.' },
];

test('the export lists every step, ticked or not, with how to verify it', () => {
  expect(checklistMarkdown(items, new Set(['umask']), labels, new Date(Date.UTC(2026, 10, 30, 12)))).toBe(
    [
      '# Hardening checklist',
      '',
      'Exported: 30 November 2026, 12:00 UTC · 1/3 done',
      '',
      '- [ ] Turn on ASLR',
      '  - Verify: `cat /proc/sys/kernel/randomize_va_space`',
      '  - Expected: 2',
      '- [x] Set umask 0027',
      '  - Verify: `umask`',
      '  - Expected: 0027',
      '- [ ] Keep it on a trusted network',
      '  - Verify: `ss -ltn`',
      '  - Expected: *:29500',
      '  - Insecure state: Those lines are insecure.',
      '',
    ].join('\n'),
  );
});

test('the export date reads as the page’s language writes dates, in UTC', () => {
  const at = new Date(Date.UTC(2026, 11, 1, 14, 5, 59));
  const strings = (locale: 'en' | 'zh-CN') => {
    const all = uiStrings(locale);
    return { dateLocale: all['checklist.markdown.dateLocale']!, dateTime: all['checklist.markdown.dateTime']! };
  };
  expect(exportDate(at, strings('en'))).toBe('1 December 2026, 14:05 UTC');
  expect(exportDate(at, strings('zh-CN'))).toBe('2026年12月1日 14:05 UTC');
  // Just after midnight UTC is still that day, and 00, not 24.
  expect(exportDate(new Date(Date.UTC(2027, 0, 2, 0, 3)), strings('en'))).toBe('2 January 2027, 00:03 UTC');
});

test('the status after Clear counts the ticks it removed, in the language’s plural', () => {
  const en = { one: uiStrings('en')['checklist.cleared.one']!, other: uiStrings('en')['checklist.cleared.other']! };
  expect(clearedMessage(1, en, 'en')).toBe('Cleared 1 tick.');
  expect(clearedMessage(5, en, 'en')).toBe('Cleared 5 ticks.');
  const zh = { one: uiStrings('zh-CN')['checklist.cleared.one']!, other: uiStrings('zh-CN')['checklist.cleared.other']! };
  expect(clearedMessage(5, zh, 'zh-CN')).toBe('已清除 5 个勾选。');
});

test('a step whose expected output is a listener on all addresses says it is the insecure state', () => {
  const allAddresses = /0\.0\.0\.0|\*:\d|\[::\]|all addresses|所有地址/;
  const steps = readHardeningSteps().map(({ id, ...row }) => ({ id, ...hardeningStepSchema.parse({ ...row, position: 1 }) }));
  const listeners = steps.filter(({ expected }) => allAddresses.test(expected.en) || allAddresses.test(expected.zh));
  expect(listeners.map(({ id }) => id)).toContain('distributed-network');
  for (const step of listeners) {
    expect(step.insecure?.en, step.id).toMatch(/insecure/);
    expect(step.insecure?.zh, step.id).toMatch(/不安全/);
  }
});

test('inline code keeps backticks in the command', () => {
  expect(codeSpan('echo `id`')).toBe('`` echo `id` ``');
});

test('stored progress keeps only ids the checklist has, and survives junk', () => {
  expect([...parseStoredProgress('["aslr","gone",3]', ['aslr', 'umask'])]).toEqual(['aslr']);
  expect(parseStoredProgress('{not json', ['aslr']).size).toBe(0);
  expect(parseStoredProgress(null, ['aslr']).size).toBe(0);
});
