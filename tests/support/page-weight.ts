// What a page costs to load, read from the browser's own Resource Timing: bytes by kind, raw and
// as sent (gzip from the test server, as hosts send it), before the load event and after it.
// The budget tests and the benchmark both measure with this.
import type { Page } from '@playwright/test';

export const kinds = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type Kind = (typeof kinds)[number];

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface Weight {
  requests: number;
  byKind: Record<Kind, Bytes>;
  total: Bytes;
}
export interface PageWeight {
  /** Everything that arrived before the load event. */
  beforeLoad: Weight;
  /** Everything that arrived once the page had loaded and settled, untouched by the reader. */
  withoutInteraction: Weight;
}

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)) return 'image';
  return 'other';
}

function emptyWeight(): Weight {
  return {
    requests: 0,
    byKind: Object.fromEntries(kinds.map((kind) => [kind, { raw: 0, gzip: 0 }])) as Record<Kind, Bytes>,
    total: { raw: 0, gzip: 0 },
  };
}

function add(weight: Weight, kind: Kind, bytes: Bytes): void {
  weight.requests += 1;
  weight.byKind[kind].raw += bytes.raw;
  weight.byKind[kind].gzip += bytes.gzip;
  weight.total.raw += bytes.raw;
  weight.total.gzip += bytes.gzip;
}

/** Loads `path` in `page`, lets it settle without touching it, and weighs what it fetched. */
export async function measurePageWeight(page: Page, path: string): Promise<PageWeight> {
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return [navigation!, ...resources].map((entry) => ({
      url: entry.name,
      raw: entry.decodedBodySize,
      gzip: entry.encodedBodySize,
      beforeLoad: entry.entryType === 'navigation' || entry.responseEnd <= navigation!.loadEventStart,
    }));
  });
  const weight: PageWeight = { beforeLoad: emptyWeight(), withoutInteraction: emptyWeight() };
  for (const { url, raw, gzip, beforeLoad } of entries) {
    if (beforeLoad) add(weight.beforeLoad, kindOf(url), { raw, gzip });
    add(weight.withoutInteraction, kindOf(url), { raw, gzip });
  }
  return weight;
}
