import { expect, test } from '@playwright/test';
import { octalToSymbolic, symbolicToOctal } from '../../src/formats/linux-mode';

const pairs = [
  ['750', 'rwxr-x---'],
  ['640', 'rw-r-----'],
  ['000', '---------'],
  ['777', 'rwxrwxrwx'],
  ['501', 'r-x-----x'],
] as const;

for (const [octal, symbolic] of pairs) {
  test(`${octal} is ${symbolic}, both ways`, () => {
    expect(octalToSymbolic(octal)).toBe(symbolic);
    expect(symbolicToOctal(symbolic)).toBe(octal);
  });
}
