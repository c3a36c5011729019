import { expect, test } from '../fixtures';
import { measurePageWeight, staticResources, staticPageWeight } from '../support/page-weight';

// The static tier holds every page to its byte budget from the built files (staticPageWeight):
// here, on pages with each kind of script the site has (the search button's, the table of
// contents', a tool's, a tool's Web Worker started on intent), that reading must be what the browser
// fetches, address for address and byte for byte, before the load event and while the reader does
// nothing.
const pages = ['/', '/pytorch/', '/zh-cn/torch-npu/releases/v2.4.0-6.0.0/to-newest/', '/firewall/', '/permissions/'];

for (const path of pages) {
  test(`${path}: what the browser fetches is what the static tier weighs`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const measured = await measurePageWeight(page, path);
    const expected = await staticResources(path);
    expect(fetched.sort()).toEqual(expected.map(({ url }) => encodeURI(url)).sort());
    expect(measured).toEqual(await staticPageWeight(path));
  });
}
