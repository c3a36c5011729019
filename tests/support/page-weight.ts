// What a page costs to load: bytes by kind, raw and as sent (gzip, as the test server and hosts
// send it), before the load event and after it. Measured in a browser from its own Resource Timing
// (the benchmark, and the browser test that holds the static reading to it), or read from the
// built files (the static tier's byte budgets).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { init, parse } from 'es-module-lexer';
import { attribute, builtPage, selectAll } from './built-page.ts';
import { hostAnswer } from './site-pages.ts';

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

/** The bytes of a built file, raw and gzip at the level the test server sends (zlib's default). */
function fileBytes(pathname: string): Bytes {
  const answer = hostAnswer(pathname);
  if (answer.status !== 200) throw new Error(`${pathname} is not served (HTTP ${answer.status})`);
  const body = readFileSync(answer.file);
  return { raw: body.length, gzip: /\.(html|css|js|json|svg|xml|txt)$|\/$/.test(answer.file) ? gzipSync(body).length : body.length };
}

/**
 * What a browser fetches to load the built page at `path`, read from its markup: the page, its
 * stylesheets (print ones too: a browser fetches them at a lower priority), images, module scripts
 * and every module they import statically (es-module-lexer); not what a script imports on intent
 * (`import()`). The tab icon counts, after the load event: Chromium fetches it then, and reports it in
 * Resource Timing.
 * @returns the addresses, in fetch order, each with its kind and whether it comes after the load event
 */
export async function staticResources(path: string): Promise<Array<{ url: string; kind: Kind; afterLoad?: boolean }>> {
  await init;
  const document = builtPage(path);
  const seen = new Set<string>([path]);
  const resources: Array<{ url: string; kind: Kind; afterLoad?: boolean }> = [{ url: path, kind: 'html' }];
  const add = (url: string, kind: Kind) => {
    if (url.startsWith('data:') || seen.has(url)) return false;
    seen.add(url);
    resources.push({ url, kind });
    return true;
  };
  for (const link of selectAll('link[rel~="stylesheet"][href]', document)) add(attribute(link, 'href')!, 'css');
  for (const image of selectAll('img[src]', document)) add(attribute(image, 'src')!, 'image');

  const modules = [
    ...selectAll('script[src]', document).map((script) => attribute(script, 'src')!),
    ...selectAll('link[rel="modulepreload"][href]', document).map((link) => attribute(link, 'href')!),
  ];
  while (modules.length > 0) {
    const url = modules.shift()!;
    if (!add(url, 'js')) continue;
    const [imports] = parse(readFileSync((hostAnswer(url) as { file: string }).file, 'utf-8'));
    // A dynamic import() is fetched only when the code asks.
    for (const entry of imports) {
      if (entry.type === 'static') modules.push(new URL(entry.specifier, `https://site.invalid${url}`).pathname);
    }
  }
  for (const { url } of resources.filter(({ kind }) => kind === 'css')) {
    for (const [, target] of readFileSync((hostAnswer(url) as { file: string }).file, 'utf-8').matchAll(/url\(\s*["']?([^"')]+)/g)) {
      if (!target!.startsWith('data:') && !target!.startsWith('#'))
        add(new URL(target!, `https://site.invalid${url}`).pathname, kindOf(`https://site.invalid${target}`));
    }
  }
  // Chromium asks for the tab icon once the page has loaded.
  for (const icon of selectAll('link[rel~="icon"][href]', document))
    if (add(attribute(icon, 'href')!, 'image')) resources.at(-1)!.afterLoad = true;
  return resources;
}

/** The weight of the built page at `path`, read from its files: what {@link measurePageWeight} measures in a browser. */
export async function staticPageWeight(path: string): Promise<PageWeight> {
  const weight: PageWeight = { beforeLoad: emptyWeight(), withoutInteraction: emptyWeight() };
  for (const { url, kind, afterLoad } of await staticResources(path)) {
    const bytes = fileBytes(url);
    if (!afterLoad) add(weight.beforeLoad, kind, bytes);
    add(weight.withoutInteraction, kind, bytes);
  }
  return weight;
}
