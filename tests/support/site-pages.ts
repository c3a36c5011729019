// The pages of the production build: what the tests and the benchmark visit.
import { existsSync, readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);

/** The pages a host serves at a missing address, in each language; the sitemap leaves them out. */
export const notFoundPages = ['/404.html', '/zh-cn/404.html'];

/** Every page of the build, as a path (`/zh-cn/torch-npu/`), read from its sitemap. */
export function readSitemap(): string[] {
  const index = new URL('sitemap-index.xml', dist);
  if (!existsSync(index)) {
    throw new Error('dist/sitemap-index.xml is missing: build the site first (npm test does: npm run build).');
  }
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const pages = locations(readFileSync(index, 'utf-8')).flatMap((sitemap) =>
    locations(readFileSync(new URL(new URL(sitemap).pathname.slice(1), dist), 'utf-8')),
  );
  return pages.map((url) => decodeURI(new URL(url).pathname)).sort();
}
