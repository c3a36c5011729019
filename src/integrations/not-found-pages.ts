import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Static hosts answer a missing address with the nearest `404.html` above it (Cloudflare Pages)
 * or the one at the root (GitHub Pages). Each language's not-found page is an ordinary docs page
 * (`content/docs/404.mdx`, `content/docs/zh-cn/404.mdx`), built at `404/index.html`; this moves
 * each to `404.html`. Starlight's own 404 route is off (`disable404Route`): it rendered the root
 * one a second time, and Astro warned on every build that the two routes conflict.
 */
export function notFoundPages(locales: string[]): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const prefix of ['', ...locales.map((locale) => `${locale}/`)]) {
          await rename(`${root}${prefix}404/index.html`, `${root}${prefix}404.html`);
          await rmdir(`${root}${prefix}404`);
        }
      },
    },
  };
}
