import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Static hosts answer a missing address with the nearest `404.html` above it (Cloudflare Pages)
 * or the one at the root (GitHub Pages). Starlight writes the root one; the Chinese one is an
 * ordinary page at `zh-cn/404/index.html`, which this moves to `zh-cn/404.html`.
 */
export function notFoundPages(locales: string[]): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const locale of locales) {
          await rename(`${root}${locale}/404/index.html`, `${root}${locale}/404.html`);
          await rmdir(`${root}${locale}/404`);
        }
      },
    },
  };
}
