import { siteUrl } from '../../src/site-config';
import { expect, revisionTexts, test } from '../fixtures';

// Each policy's history as an Atom feed (RFC 4287), read with the browser's XML parser.
const feeds = [
  { feed: '/pytorch/revisions.atom', history: '/pytorch/revisions/' },
  { feed: '/zh-cn/torch-npu/releases.atom', history: '/zh-cn/torch-npu/releases/' },
];
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

for (const { feed, history } of feeds) {
  test(`${feed} is an Atom feed with an entry for every revision of ${history}, each with a stable id`, async ({
    reader: page,
    request,
  }) => {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const children = (element: Element, name: string) =>
        [...element.children].filter((child) => child.namespaceURI === atom && child.localName === name);
      const text = (element: Element, name: string) => children(element, name).map((child) => child.textContent ?? '');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: `${root.namespaceURI} ${root.localName}`,
        id: text(root, 'id'),
        title: text(root, 'title'),
        updated: text(root, 'updated'),
        authors: children(root, 'author').length,
        self: children(root, 'link')
          .filter((link) => link.getAttribute('rel') === 'self')
          .map((link) => link.getAttribute('href')),
        entries: children(root, 'entry').map((entry) => ({
          id: text(entry, 'id'),
          title: text(entry, 'title'),
          updated: text(entry, 'updated'),
          links: children(entry, 'link').map((link) => link.getAttribute('href') ?? ''),
        })),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
    // RFC 4287 §4.1.1: exactly one id, title and updated; an author for the feed or every entry.
    expect(parsed.id).toHaveLength(1);
    expect(parsed.title).toHaveLength(1);
    expect(parsed.updated).toHaveLength(1);
    expect(parsed.updated[0]).toMatch(rfc3339);
    expect(parsed.authors).toBeGreaterThan(0);
    expect(parsed.self.map((href) => new URL(href!).pathname)).toEqual([feed]);

    const expected = revisionTexts.filter(({ path }) => path.startsWith(history)).map(({ path }) => path);
    const ids = parsed.entries.map(({ id }) => new URL(id[0]!).pathname);
    expect(ids.sort()).toEqual([...expected].sort());
    for (const entry of parsed.entries) {
      expect(entry.id).toHaveLength(1);
      expect(entry.title[0]?.length).toBeGreaterThan(0);
      expect(entry.updated[0]).toMatch(rfc3339);
      const link = new URL(entry.links[0]!);
      expect((await request.get(link.pathname)).status(), link.href).toBe(200);
      // Absolute, at the site's own address (not the test server's).
      expect(link.origin).toBe(new URL(siteUrl).origin);
    }
    // The history page names its feed.
    await page.goto(history);
    await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`)).toHaveCount(1);
  });
}
