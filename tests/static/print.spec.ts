import { expect, test } from '@playwright/test';
import { attribute, builtPage, select, selectAll } from '../support/built-page';
import { allPages } from '../support/published';

// Print shows each link's address after its text (tests/browser/print.spec.ts): the addresses it
// shows must read as characters, not percent-encoding, on every page.

/** A percent-encoded byte of a non-ASCII character: print shows the character instead. */
const encodedCharacter = /%[89a-f][0-9a-f]/i;

test('every page writes the addresses print shows with their characters, not percent-encoded', () => {
  const encoded = allPages.flatMap((path) => {
    const main = select('main', builtPage(path));
    return selectAll('a[href]', main!)
      .map((link) => attribute(link, 'href')!)
      .filter((href) => /^(https?:|\/)/.test(href) && encodedCharacter.test(href))
      .map((href) => `${path}: ${href}`);
  });
  expect(encoded).toEqual([]);
});
