// The pages of the production build, and where a static host finds each address: what the tests,
// the benchmark and the test server share.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build's folder, as a path ending in `/`. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The pages a host serves at a missing address, in each language; the sitemap leaves them out. */
export const notFoundPages = ['/404.html', '/zh-cn/404.html'];

/** Every page of the build, as a path (`/zh-cn/torch-npu/`), read from its sitemap. */
export function readSitemap(): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) {
    throw new Error('dist/sitemap-index.xml is missing: build the site first (npm test does: npm run build).');
  }
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const pages = locations(readFileSync(index, 'utf-8')).flatMap((sitemap) =>
    locations(readFileSync(join(dist, new URL(sitemap).pathname), 'utf-8')),
  );
  return pages.map((url) => decodeURI(new URL(url).pathname)).sort();
}

/** The built file of a page's path: `/pytorch/` → `dist/pytorch/index.html`, `/404.html` → itself. */
export const pageFile = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** What a static host answers at an address: a file with its status, or a redirect. */
export type HostAnswer = { status: 200 | 404; file: string } | { status: 301; location: string } | { status: 400 };

/**
 * What Cloudflare Pages (and a static host like it) serves at `pathname`, a decoded or encoded
 * URL path: the file there, a folder's `index.html`, a redirect to the folder's address with its
 * slash, or, for a missing address, status 404 with the nearest `404.html` above it.
 */
export function hostAnswer(pathname: string): HostAnswer {
  let path: string;
  try {
    path = normalize(join(dist, decodeURIComponent(pathname)));
  } catch {
    return { status: 400 };
  }
  const missing = (): HostAnswer => ({ status: 404, file: nearestNotFoundPage(path) });
  if (!path.startsWith(dist) || path === join(dist, '_headers')) return missing();
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!pathname.endsWith('/')) return { status: 301, location: `${pathname}/` };
    const index = join(path, 'index.html');
    return existsSync(index) ? { status: 200, file: index } : missing();
  }
  return existsSync(path) ? { status: 200, file: path } : missing();
}

/** The 404.html in the folder of a missing file's path, or the nearest one above it. */
function nearestNotFoundPage(path: string): string {
  for (let folder = path.endsWith('/') ? path : dirname(path); folder.startsWith(dist); folder = dirname(folder)) {
    const page = join(folder, '404.html');
    if (existsSync(page)) return page;
  }
  return join(dist, '404.html');
}

/** The kinds of page the site builds, each from one template: browser tests take one of each. */
export type PageKind = 'home' | 'policy' | 'tool' | 'history' | 'revision' | 'comparison' | 'not-found';

/**
 * The kind of a built page, from its address alone (README: the page table, and Revisions):
 * `/pytorch/revisions/01f9ef32ea/changes/` is a comparison, `/zh-cn/firewall/` a tool.
 */
export function pageKind(path: string): PageKind {
  const rest = path.replace(/^\/zh-cn\//, '/');
  if (rest === '/') return 'home';
  if (rest === '/404.html') return 'not-found';
  if (/^\/(pytorch\/revisions|torch-npu\/releases)\/$/.test(rest)) return 'history';
  if (/^\/(pytorch\/revisions|torch-npu\/releases)\/[^/]+\/$/.test(rest)) return 'revision';
  if (/^\/(pytorch\/revisions|torch-npu\/releases)\//.test(rest)) return 'comparison';
  if (/^\/(pytorch|torch-npu)\/$/.test(rest)) return 'policy';
  if (/^\/(hardening|firewall|permissions)\/$/.test(rest)) return 'tool';
  throw new Error(
    `${path} is a page of no kind the tests know: add its kind to pageKind() in tests/support/site-pages.ts, and a representative to the browser tests`,
  );
}
