import { expect, test } from '@playwright/test';
import { tabAfterKey } from '../../src/browser/tabs';

test('the arrow keys move to the next and previous tab, wrapping; Home and End to the ends', () => {
  expect(tabAfterKey('ArrowRight', 0, 4)).toBe(1);
  expect(tabAfterKey('ArrowRight', 3, 4)).toBe(0);
  expect(tabAfterKey('ArrowLeft', 0, 4)).toBe(3);
  expect(tabAfterKey('Home', 2, 4)).toBe(0);
  expect(tabAfterKey('End', 1, 4)).toBe(3);
  // Other keys (Up and Down scroll the page) are not the tab list's.
  expect(tabAfterKey('ArrowDown', 1, 4)).toBeUndefined();
  expect(tabAfterKey('a', 1, 4)).toBeUndefined();
});
