import { readdirSync } from 'node:fs';
import { builtPages, expect, test } from '../fixtures';

test('the sitemap lists every built page', () => {
  const htmlFiles = readdirSync(new URL('../../dist/', import.meta.url), { recursive: true, encoding: 'utf-8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
  expect(builtPages).toEqual(htmlFiles);
});

for (const path of builtPages) {
  test(`${path} loads with no console error and no failed request`, async ({ page }) => {
    // The page fixture records errors and failed requests; wait until every request has settled.
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}
