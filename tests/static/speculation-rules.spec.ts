import { expect, test } from '@playwright/test';
import { speculationRules } from '../../src/speculation-rules';
import { readSitemap } from '../support/site-pages';

// Which links the speculation rules let the browser fetch ahead, read as the browser reads them:
// href_matches is a URL pattern against the page's address. (Hovering in a test cannot show that a
// link is left alone: the pointer would have to rest on it for a set time.)

type Condition = { href_matches: string } | { and: readonly Condition[] } | { not: Condition };

function matches(condition: Condition, url: string, base: string): boolean {
  if ('href_matches' in condition) return new URLPattern(condition.href_matches, base).test(url);
  if ('and' in condition) return condition.and.every((part) => matches(part, url, base));
  return !matches(condition.not, url, base);
}

const page = 'https://security-policies.example.org/zh-cn/torch-npu/';
const fetchedAhead = (href: string) => speculationRules.prefetch.some(({ where }) => matches(where, new URL(href, page).href, page));

test('links to every page of the site, with or without a section, are fetched ahead', () => {
  for (const path of readSitemap()) {
    expect(fetchedAhead(path), path).toBe(true);
    expect(fetchedAhead(`${path}#section`), `${path}#section`).toBe(true);
  }
});

test('links to the tables’ downloads and to security.txt are not', () => {
  for (const href of ['/data/file-permissions.csv', '/data/communication-matrix.schema.json', '/.well-known/security.txt']) {
    expect(fetchedAhead(href), href).toBe(false);
  }
});
