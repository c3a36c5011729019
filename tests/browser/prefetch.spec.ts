import type { Request } from '@playwright/test';
import { test } from '../fixtures';

// Pages are fetched ahead when the reader's pointer rests on a link to them: the browser does it,
// from the page's speculation rules (src/speculation-rules.ts; tests/data/speculation-rules.spec.ts
// checks which links they cover).

const isPrefetch = (request: Request) => /\bprefetch\b/.test(request.headers()['sec-purpose'] ?? '');

test('pointing at a link to a page fetches that page ahead', async ({ page }) => {
  await page.goto('/');
  const prefetched = page.waitForRequest((request) => isPrefetch(request) && new URL(request.url()).pathname === '/pytorch/');
  await page.getByRole('link', { name: 'Read it', exact: true }).hover();
  await prefetched;
});
