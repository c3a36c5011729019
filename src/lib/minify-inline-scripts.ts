import { transformSync } from 'esbuild';

/**
 * Minifies the classic inline scripts of a built page: Starlight's `is:inline` scripts (the theme,
 * the sidebar's state, the search shortcut) reach the page as written, with their indentation and
 * comments, while the scripts Astro bundles are already minified. Module scripts, data blocks
 * (JSON, JSON-LD, speculation rules) and scripts with `src` are left as they are.
 * Throws, naming the page, if a script does not parse: a page is written whole or not at all.
 */
export function minifyInlineScripts(html: string, page: string): string {
  return html.replace(/<script((?:\s+[\w-]+(?:="[^"]*")?)*)>([\s\S]*?)<\/script>/g, (element, attributes: string, code: string) => {
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1]?.trim().toLowerCase() ?? '';
    const classic = type === '' || type === 'text/javascript';
    if (!classic || /\ssrc=/.test(attributes) || code.trim() === '') return element;
    try {
      // Top-level names stay as they are: a classic script's globals are read by other scripts.
      const minified = transformSync(code, { loader: 'js', minify: true, target: 'es2022' }).code.trim();
      return `<script${attributes}>${minified}</script>`;
    } catch (error) {
      throw new Error(`${page}: an inline script does not parse, so it cannot be minified: ${(error as Error).message}`);
    }
  });
}
