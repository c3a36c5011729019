import { expect, test } from '@playwright/test';
import { codeLines, hasHashComments } from '../../src/lib/code-lines';

test('a comment runs from a # that starts a word to the end of its line', () => {
  expect(codeLines('#!/bin/bash\nset -x\n  # 清除规则\niptables -F  # all of them\n', true)).toEqual([
    { code: '', comment: '#!/bin/bash' },
    { code: 'set -x', comment: '' },
    { code: '  ', comment: '# 清除规则' },
    { code: 'iptables -F  ', comment: '# all of them' },
  ]);
});

test('a # inside a word, a parameter or quotes is code', () => {
  for (const line of ['echo $#', 'echo a#b', "echo '#'", 'echo "# not one"', 'echo ${#name}', 'echo \\# x']) {
    expect(codeLines(line, true), line).toEqual([{ code: line, comment: '' }]);
  }
  expect(codeLines('a;# b', true)).toEqual([{ code: 'a;', comment: '# b' }]);
});

test('a quote open at the end of a line stays open on the next', () => {
  expect(codeLines("echo 'one\n# two'\n# three", true)).toEqual([
    { code: "echo 'one", comment: '' },
    { code: "# two'", comment: '' },
    { code: '', comment: '# three' },
  ]);
});

test('without comments, lines are lines; a final newline starts no line; a blank line stays', () => {
  expect(codeLines('a # b\n\nc\n', false)).toEqual([
    { code: 'a # b', comment: '' },
    { code: '', comment: '' },
    { code: 'c', comment: '' },
  ]);
});

test('shell and Python have # comments; text and unnamed blocks do not', () => {
  expect(['bash', 'sh', 'Shell', 'python'].every(hasHashComments)).toBe(true);
  expect([undefined, 'text', 'json', 'console'].some(hasHashComments)).toBe(false);
});
