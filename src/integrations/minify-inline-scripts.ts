import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { minifyInlineScripts } from '../lib/minify-inline-scripts';

/**
 * Minifies the inline scripts of every built page (see src/lib/minify-inline-scripts.ts). Listed
 * before content-security-policy, which hashes the scripts as this leaves them.
 */
export function minifyInlineScriptsOfPages(): AstroIntegration {
  return {
    name: 'minify-inline-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        // Every page is minified before any is written: a script that fails leaves no page half-done.
        const pages = await Promise.all(files.map(async (file) => ({ file, html: minifyInlineScripts(await readFile(root + file, 'utf-8'), `dist/${file}`) })));
        await Promise.all(pages.map(({ file, html }) => writeFile(root + file, html)));
        logger.info(`Minified the inline scripts of ${files.length} pages.`);
      },
    },
  };
}
