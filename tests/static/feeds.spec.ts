import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { siteUrl } from '../../src/site-config';
import { attribute, builtPage, selectAll } from '../support/built-page';
import { revisionTexts } from '../support/published';
import { dist, hostAnswer } from '../support/site-pages';

// Each policy's history as an Atom feed (RFC 4287), read with an XML parser that reports every
// well-formedness error (xmldom's onError).
const feeds = [
  { feed: '/pytorch/revisions.atom', history: '/pytorch/revisions/' },
  { feed: '/zh-cn/torch-npu/releases.atom', history: '/zh-cn/torch-npu/releases/' },
];
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const atom = 'http://www.w3.org/2005/Atom';

const children = (element: XmlElement, name: string) =>
  [...(element.childNodes as unknown as Iterable<XmlElement>)].filter((child) => child.namespaceURI === atom && child.localName === name);
const texts = (element: XmlElement, name: string) => children(element, name).map((child) => child.textContent ?? '');

for (const { feed, history } of feeds) {
  test(`${feed} is an Atom feed with an entry for every revision of ${history}, each with a stable id`, () => {
    const errors: string[] = [];
    const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
      readFileSync(`${dist}${feed.slice(1)}`, 'utf-8'),
      'application/xml',
    );
    expect(errors).toEqual([]);
    const root = document.documentElement!;
    expect(`${root.namespaceURI} ${root.localName}`).toBe(`${atom} feed`);
    // RFC 4287 §4.1.1: exactly one id, title and updated; an author for the feed or every entry.
    expect(texts(root, 'id')).toHaveLength(1);
    expect(texts(root, 'title')).toHaveLength(1);
    expect(texts(root, 'updated')).toHaveLength(1);
    expect(texts(root, 'updated')[0]).toMatch(rfc3339);
    expect(children(root, 'author').length).toBeGreaterThan(0);
    const self = children(root, 'link').filter((link) => link.getAttribute('rel') === 'self');
    expect(self.map((link) => new URL(link.getAttribute('href')!).pathname)).toEqual([feed]);

    const entries = children(root, 'entry');
    const expected = revisionTexts.filter(({ path }) => path.startsWith(history)).map(({ path }) => path);
    expect(entries.map((entry) => decodeURI(new URL(texts(entry, 'id')[0]!).pathname)).sort()).toEqual([...expected].sort());
    for (const entry of entries) {
      expect(texts(entry, 'id')).toHaveLength(1);
      expect(texts(entry, 'title')[0]?.length).toBeGreaterThan(0);
      expect(texts(entry, 'updated')[0]).toMatch(rfc3339);
      const link = new URL(children(entry, 'link')[0]!.getAttribute('href')!);
      expect(hostAnswer(link.pathname).status, link.href).toBe(200);
      // Absolute, at the site's own address (not the test server's).
      expect(link.origin).toBe(new URL(siteUrl).origin);
    }
    // The history page names its feed.
    const named = selectAll('link[rel="alternate"][type="application/atom+xml"]', builtPage(history)).map((link) =>
      attribute(link, 'href'),
    );
    expect(named).toEqual([feed]);
  });
}
