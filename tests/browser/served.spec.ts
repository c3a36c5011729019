import { baseURL } from '../browser.config';
import { expect, test } from '../fixtures';

// The build as a host serves it (tests/support/serve-dist.ts, from dist/_headers): the headers
// reach the browser, and they keep the site out of other sites' frames. The policies themselves,
// and _headers, are read from the files by the static tier (tests/static/content-security-policy.spec.ts).

test('the host sends the security headers with every response, and each download with its type', async ({ request }) => {
  for (const path of ['/', '/zh-cn/torch-npu/', '/data/file-permissions.json', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  for (const [path, type] of [
    ['/.well-known/security.txt', 'text/plain; charset=utf-8'],
    ['/data/public-addresses.csv', 'text/csv'],
    ['/zh-cn/torch-npu/releases.atom', 'application/atom+xml'],
  ]) {
    expect((await request.get(path!)).headers()['content-type'], path).toContain(type);
  }
});

test('no other site can show a page in a frame', async ({ browser }) => {
  const framing = await browser.newPage();
  const refused = framing.waitForEvent('console', {
    predicate: (message) => message.text().includes("frame-ancestors 'none'"),
    timeout: 10_000,
  });
  await framing.setContent(`<iframe src="${baseURL}/pytorch/"></iframe>`);
  await refused;
  await expect(framing.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
  await framing.close();
});
