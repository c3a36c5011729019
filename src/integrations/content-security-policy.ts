import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePagePolicy } from '../build/content-security-policy';
import { headersFile } from '../build/hosting-headers';
import { minifyInlineScripts } from '../build/minify-inline-scripts';

/**
 * Astro's `security.csp` writes each page's policy with hashes of the scripts and styles Astro
 * bundles, but not of Starlight's `is:inline` scripts, of styles inlined from components inside
 * MDX, or of style attributes. After the build this adds a hash for each of them, read from the
 * pages as written, so that an upgrade that changes them changes the hashes with them. It then
 * writes the hosts' `_headers` file with the same policies. Each page's inline scripts are
 * minified first (src/build/minify-inline-scripts.ts), so that the hashes are of what is served.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const completed = await Promise.all(
          files.map(async (file) => ({
            file,
            ...completePagePolicy(minifyInlineScripts(await readFile(root + file, 'utf-8'), `dist/${file}`), `dist/${file}`),
          })),
        );
        const headers = headersFile(completed.map(({ policy }) => policy));
        // Everything is checked before anything is written, so a failure leaves no page half-done.
        await Promise.all(completed.map(({ file, html }) => writeFile(root + file, html)));
        await writeFile(`${root}_headers`, headers);
        logger.info(`Minified and hashed the inline code of ${files.length} pages; wrote _headers.`);
      },
    },
  };
}
