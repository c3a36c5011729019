// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl } from './src/site-config';
import { speculationRules } from './src/speculation-rules';
import { contentSecurityPolicy } from './src/integrations/content-security-policy';
import { notFoundPages } from './src/integrations/not-found-pages';
import { siteMarkdown } from './src/integrations/site-markdown';
import { prefixedLocales, starlightLocales } from './src/locales';
import { quietAstroDirective } from './src/build/build-warnings';
import { siteUrlInCss } from './src/build/site-url-in-css';

export default defineConfig({
  site: siteUrl,
  // Content lives in the top-level content/ folder, where Starlight finds it as <srcDir>/content/docs.
  srcDir: './',
  // Pages are folders (/pytorch/): links carry the slash, so no link depends on a redirect.
  trailingSlash: 'always',
  // Astro's prefetch script (1.1 KB, on every page) gives way to the browser's speculation rules.
  prefetch: false,
  // A strict Content-Security-Policy on every page. Astro hashes the code it bundles; the
  // content-security-policy integration hashes what else the pages carry inline (see there).
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'none'",
        "connect-src 'self'",
        // Starlight draws some marks (the current entry of the mobile table of contents) as data: SVG masks.
        "img-src 'self' data:",
      ],
      // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Sätteri, Astro's default Markdown processor, renders GitHub's Markdown (tables, footnotes,
  // bare URLs, heading ids). The policies are quoted character for character, so its smart
  // punctuation ("--" to "–", curly quotes) is off.
  // Code blocks are not coloured (see expressiveCode below), so Astro's Shiki pass is off too.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  // One bundler warning of Astro's own, about nothing in this site, is dropped (src/build/build-warnings.ts).
  vite: {
    build: { rolldownOptions: { onLog: quietAstroDirective } },
    // Print shows the site's own links in full, starting with its address (src/styles/print.css).
    plugins: [siteUrlInCss(siteUrl)],
  },
  integrations: [
    starlight({
      title: { en: 'PyTorch & torch_npu security policies', 'zh-CN': 'PyTorch 与 torch_npu 安全策略' },
      defaultLocale: 'root',
      locales: starlightLocales,
      // The not-found pages are docs pages in both languages, moved to 404.html by notFoundPages
      // below. Starlight's 404 route would render the root one a second time, and Astro warns that
      // the two conflict.
      disable404Route: true,
      // Each entry leads to the page in the reader's language; labels come from the pages.
      sidebar: [
        { label: 'Home', translations: { 'zh-CN': '首页' }, link: '/' },
        { slug: 'pytorch' },
        { slug: 'torch-npu' },
        {
          label: 'Hardening tools',
          translations: { 'zh-CN': '加固工具' },
          items: [{ slug: 'hardening' }, { slug: 'firewall' }, { slug: 'permissions' }],
        },
      ],
      customCss: [
        './src/styles/code-blocks.css',
        './src/styles/tables.css',
        './src/styles/footnotes.css',
        './src/styles/site-header.css',
        './src/styles/search.css',
        './src/styles/print.css',
      ],
      // Code blocks are plain, each with a copy button (src/lib/code-block.ts). Expressive Code's
      // frames and colours cost 6.7 KB on a page with code, which took the longest page over its 30 KB.
      expressiveCode: false,
      // The referrer policy of _headers, for hosts that send no headers of ours (GitHub Pages).
      head: [
        { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } },
        // The browser fetches a page as the reader's pointer rests on a link to it (src/speculation-rules.ts).
        { tag: 'script', attrs: { type: 'speculationrules' }, content: JSON.stringify(speculationRules) },
      ],
      // Code blocks, footnotes and section links in the rendered Markdown (src/markdown/).
      plugins: [siteMarkdown()],
      // Starlight's Markdown plugins (heading ids and links, asides) also for the upstream texts,
      // which the policy pages render, and for the site's notes on them.
      markdown: { processedDirs: ['./content/upstream/', './content/notes/'] },
      routeMiddleware: './src/route-middleware.ts',
      components: {
        PageTitle: './src/components/starlight/PageTitle.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        LanguageSelect: './src/components/starlight/LanguageSelect.astro',
        Footer: './src/components/starlight/Footer.astro',
        // The site's search: loaded on intent, answers checked against the box (see the component).
        Search: './src/components/starlight/Search.astro',
      },
    }),
    mdx(),
    notFoundPages(prefixedLocales),
    contentSecurityPolicy(),
    {
      // Files that are not pages: the tables as data, security.txt and robots.txt (src/routes/).
      name: 'site-routes',
      hooks: {
        'astro:config:setup': ({ injectRoute }) => {
          injectRoute({ pattern: '/data/[...path]', entrypoint: './src/routes/table-data.ts' });
          injectRoute({ pattern: '/.well-known/security.txt', entrypoint: './src/routes/security-txt.ts' });
          injectRoute({ pattern: '/security-policy.md', entrypoint: './src/routes/security-policy.ts' });
          injectRoute({ pattern: '/robots.txt', entrypoint: './src/routes/robots-txt.ts' });
          // Every revision of each policy, and what changed (src/routes/revision-paths.ts).
          injectRoute({ pattern: '/pytorch/revisions/[...page]', entrypoint: './src/routes/pytorch-revisions.astro' });
          injectRoute({ pattern: '/zh-cn/torch-npu/releases/[...page]', entrypoint: './src/routes/torch-npu-releases.astro' });
          injectRoute({ pattern: '/torch-npu/releases/[...page]', entrypoint: './src/routes/torch-npu-releases-en.astro' });
          injectRoute({ pattern: '/zh-cn/pytorch/revisions/[...page]', entrypoint: './src/routes/pytorch-revisions-zh.astro' });
          injectRoute({ pattern: '/pytorch/revisions.atom', entrypoint: './src/routes/pytorch-revisions-atom.ts' });
          injectRoute({ pattern: '/zh-cn/torch-npu/releases.atom', entrypoint: './src/routes/torch-npu-releases-atom.ts' });
        },
      },
    },
  ],
});
