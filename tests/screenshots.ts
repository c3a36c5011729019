// npm run screenshots: every page of the build, at phone (390 px) and desktop (1280 px) width, in
// the light and the dark theme, as full-page PNGs in screenshots/ (git-ignored), with an index.html
// that shows them side by side, page by page, so a person can look at all of it in a minute.
//
//   npm run screenshots                 build from clean, then shoot every page
//   npm run screenshots -- --no-build   shoot the build in dist/ as it is
//   npm run screenshots -- /firewall/ /zh-cn/firewall/   only these pages
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './support/chromium.ts';
import { startDistServer } from './support/start-dist-server.ts';
import { cleanBuild } from './support/clean-build.ts';
import { notFoundPages, readSitemap } from './support/site-pages.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = `${root}screenshots/`;
const port = 4341;
const origin = `http://127.0.0.1:${port}`;
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const themes = ['light', 'dark'] as const;

/** `/zh-cn/torch-npu/` → `zh-cn_torch-npu`; `/` → `index`. */
const fileNameOf = (path: string) => path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '_') || 'index';

async function main() {
  const args = process.argv.slice(2);
  const chosen = args.filter((arg) => arg.startsWith('/'));
  if (!args.includes('--no-build')) await cleanBuild();
  const pages = chosen.length > 0 ? chosen : [...readSitemap(), ...notFoundPages];
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run npm test once (it installs one) or apt-get install chromium.');

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const stop = await startDistServer(port);
  const browser = await chromium.launch({ executablePath });
  try {
    for (const { name, width, height } of widths) {
      for (const theme of themes) {
        // One context per width and theme: Starlight reads the theme from localStorage as a page starts.
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
        await context.addInitScript((chosenTheme) => localStorage.setItem('starlight-theme', chosenTheme), theme);
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(origin + path, { waitUntil: 'load' });
          await page.screenshot({ path: `${outDir}${fileNameOf(path)}.${name}-${theme}.png`, fullPage: true });
        }
        await context.close();
        console.log(`${name} (${width} px), ${theme}: ${pages.length} pages`);
      }
    }
  } finally {
    await browser.close();
    stop();
  }
  writeFileSync(`${outDir}index.html`, indexHtml(pages));
  console.log(`Written: ${outDir}index.html (${pages.length * widths.length * themes.length} screenshots)`);
}

/** A page per row: phone light and dark, then desktop light and dark, each opening full size. */
function indexHtml(pages: string[]): string {
  const shots = (path: string) =>
    widths
      .flatMap(({ name }) => themes.map((theme) => `${fileNameOf(path)}.${name}-${theme}.png`))
      .map((file) => `<a href="${file}"><img src="${file}" alt="${file}" loading="lazy"></a>`)
      .join('');
  const rows = pages.map((path) => `<section><h2><a href="${origin}${path}">${path}</a></h2><div>${shots(path)}</div></section>`);
  return `<!doctype html><meta charset="utf-8"><title>Screenshots</title>
<style>body{font:14px system-ui;margin:1rem}div{display:flex;gap:8px;align-items:flex-start}img{width:195px;height:420px;object-fit:cover;object-position:top;border:1px solid #888}a:nth-child(n+3) img{width:420px}</style>
<h1>Every page: phone and desktop, light and dark</h1>${rows.join('\n')}\n`;
}

await main();
