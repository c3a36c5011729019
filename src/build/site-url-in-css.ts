import type { Plugin } from 'vite';

/** What the site's stylesheets write where they mean the site's address, as a CSS string. */
export const siteUrlToken = '"SITE-URL"';

/**
 * Puts the site's address (`siteUrl`, src/site-config.ts) into the site's own stylesheets where
 * they write `"SITE-URL"`: print shows the site's links in full (src/styles/print.css). In the
 * shared stylesheet, not in each page: a `<style>` on every page cost each page its bytes and a
 * hash in its Content-Security-Policy.
 */
export function siteUrlInCss(siteUrl: string): Plugin {
  return {
    name: 'site-url-in-css',
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (!path.endsWith('.css') || path.includes('/node_modules/') || !code.includes(siteUrlToken)) return undefined;
      return { code: code.replaceAll(siteUrlToken, JSON.stringify(siteUrl)), map: null };
    },
  };
}
