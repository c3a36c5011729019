import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { transformSync } from 'esbuild';

/**
 * Minifies the classic inline scripts of a built page: Starlight's `is:inline` scripts (the theme,
 * the sidebar's state) reach the page as written, with their indentation and
 * comments, while the scripts Astro bundles are already minified. Module scripts, data blocks
 * (JSON, JSON-LD, speculation rules) and scripts with `src` are left as they are. Scripts are found
 * by parsing the page, as a browser does, so a `<script` in a comment or an attribute is not one.
 * Throws, naming the page and the script, if a script does not parse or would minify to nothing:
 * a page is written whole or not at all.
 */
const classicScriptTypes = new Set(['', 'text/javascript', 'application/javascript']);

export function minifyInlineScripts(html: string, page: string): string {
  const scripts: Text[] = [];
  visit(fromHtml(html), 'element', (element: Element) => {
    const type = String(element.properties.type ?? '')
      .trim()
      .toLowerCase();
    const [text] = element.children;
    if (element.tagName === 'script' && element.properties.src === undefined && classicScriptTypes.has(type) && text?.type === 'text')
      scripts.push(text);
  });
  let minifiedPage = html;
  // From the last script to the first, so that each one's offsets still hold.
  for (const text of scripts.reverse()) {
    const [start, end] = [text.position?.start.offset, text.position?.end.offset];
    if (start === undefined || end === undefined || text.value.trim() === '') continue;
    const which = `the inline script “${text.value.trim().slice(0, 40)}…”`;
    let minified: string;
    try {
      // Top-level names stay as they are: a classic script's globals are read by other scripts.
      minified = transformSync(text.value, { loader: 'js', minify: true, target: 'es2022' }).code.trim();
    } catch (error) {
      throw new Error(`${page}: ${which} does not parse, so it cannot be minified: ${(error as Error).message}`);
    }
    if (minified === '') throw new Error(`${page}: ${which} minifies to nothing; is it data with the wrong type?`);
    minifiedPage = minifiedPage.slice(0, start) + minified + minifiedPage.slice(end);
  }
  return minifiedPage;
}
