// npm run bench: how heavy and how fast the production build is. Builds the site (timed, from
// clean), serves it on 127.0.0.1 as the tests do, and for every page of every locale loads it in
// a fresh browser context and weighs what it fetched; times search from the last keystroke to the
// first result, cold and warm, in English and Chinese; runs Lighthouse (mobile) on every page.
// Prints a table, writes bench-results/<time>.json (git-ignored) and bench-results/latest.json.
//
//   npm run bench                         everything
//   npm run bench -- --no-lighthouse      skip Lighthouse (about 3 minutes)
//   npm run bench -- --compare a.json b.json   what changed between two runs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './support/chromium.ts';
import { startDistServer } from './support/start-dist-server.ts';
import { cleanBuild } from './support/clean-build.ts';
import { kinds, measurePageWeight, type PageWeight } from './support/page-weight.ts';
import { notFoundPages, readSitemap } from './support/site-pages.ts';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = `${root}bench-results/`;
const port = 4339;
const origin = `http://127.0.0.1:${port}`;
const chromiumFlags = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The queries timed, each on a page of its language, the second one warm (same page, UI loaded). */
const searches = [
  { lang: 'en', page: '/pytorch/', cold: 'weights_only', warm: 'distributed' },
  { lang: 'zh-CN', page: '/zh-cn/torch-npu/', cold: '防火墙', warm: '通信矩阵' },
];
const searchRepeats = 5;

interface SearchTiming {
  lang: string;
  /** First search on a fresh page, from the last keystroke: includes Pagefind's index and WebAssembly. */
  coldMs: number[];
  /** The same search from the click that opened the dialog: includes typing it, and loading the search UI. */
  coldFromOpenMs?: number[];
  warmMs: number[];
}
interface Results {
  date: string;
  commit: string;
  buildMs: number[];
  pages: Record<string, PageWeight & { lighthouse?: Record<string, number> }>;
  search: SearchTiming[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

async function timedCleanBuild(): Promise<number> {
  const start = performance.now();
  await cleanBuild();
  return Math.round(performance.now() - start);
}

async function weighPages(browser: Browser, pages: string[]): Promise<Results['pages']> {
  const weights: Results['pages'] = {};
  for (const path of pages) {
    const context = await browser.newContext({ baseURL: origin });
    weights[path] = await measurePageWeight(await context.newPage(), path);
    await context.close();
  }
  return weights;
}

const resultTimeoutMs = 10_000;

/** Starts watching the page for the first result for `query` (and for the click that opens search). */
async function watchForResult(page: Page, query: string): Promise<void> {
  await page.evaluate(
    ({ q, timeoutMs }) => {
      const state = window as unknown as SearchState;
      // The reader's keys only.
      document.addEventListener(
        'input',
        (event) => {
          if (event.isTrusted) state.lastInput = performance.now();
        },
        true,
      );
      document.addEventListener('click', () => (state.openedAt ??= performance.now()), { capture: true, once: true });
      state.resultAt = new Promise((resolve, reject) => {
        const giveUp = setTimeout(() => reject(new Error(`no result for "${q}" within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          // The dialog shows its answer to q: hits in the list that says it answers q.
          const list = document.querySelector<HTMLElement>('[data-search-list]');
          if (list?.dataset.query === q && list.querySelector('.search-hit')) {
            clearTimeout(giveUp);
            resolve(performance.now());
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { q: query, timeoutMs: resultTimeoutMs },
  );
}

interface SearchState {
  lastInput: number;
  openedAt?: number;
  resultAt: Promise<number>;
}

/**
 * Types `query` into whatever search box has the focus and waits for its first result: ms from the
 * last keystroke, and from the click that opened search. On a cold page the keys go into the box
 * while the search code loads, as a reader's would.
 */
async function typeAndTime(page: Page, query: string): Promise<{ fromKeystroke: number; fromOpen: number }> {
  await page.keyboard.type(query, { delay: 30 });
  return page.evaluate(async () => {
    const state = window as unknown as SearchState;
    const resultAt = await state.resultAt;
    return { fromKeystroke: Math.round(resultAt - state.lastInput), fromOpen: Math.round(resultAt - (state.openedAt ?? NaN)) };
  });
}

async function timeSearches(browser: Browser): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = [];
  for (const { lang, page: path, cold, warm } of searches) {
    const timing: Required<SearchTiming> = { lang, coldMs: [], coldFromOpenMs: [], warmMs: [] };
    for (let run = 0; run < searchRepeats; run++) {
      const context = await browser.newContext({ baseURL: origin });
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'networkidle' });
      // Cold: nothing of the search is loaded yet; the click both opens the dialog and starts
      // loading, and the query is typed at once.
      await watchForResult(page, cold);
      await page
        .getByRole('banner')
        .getByRole('button', { name: lang === 'en' ? 'Search Ctrl K' : '搜索 Ctrl K', exact: true })
        .click();
      const first = await typeAndTime(page, cold);
      timing.coldMs.push(first.fromKeystroke);
      timing.coldFromOpenMs.push(first.fromOpen);
      await page.getByRole('dialog').getByRole('searchbox').fill('');
      await watchForResult(page, warm);
      timing.warmMs.push((await typeAndTime(page, warm)).fromKeystroke);
      await context.close();
    }
    timings.push(timing);
  }
  return timings;
}

async function runLighthouse(pages: string[]): Promise<Record<string, Record<string, number>>> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumFlags],
  });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const path of pages) {
      const result = await lighthouse(origin + path, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      scores[path] = Object.fromEntries(Object.values(result!.lhr.categories).map(({ id, score }) => [id, Math.round((score ?? 0) * 100)]));
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

function printResults(results: Results): void {
  const rows = Object.entries(results.pages).map(([path, { beforeLoad, withoutInteraction, lighthouse: scores }]) => ({
    page: path,
    requests: withoutInteraction.requests,
    ...Object.fromEntries(
      kinds.map((kind) => [`${kind} KiB`, `${kib(withoutInteraction.byKind[kind].gzip)} (${kib(withoutInteraction.byKind[kind].raw)})`]),
    ),
    'before load KiB': kib(beforeLoad.total.gzip),
    'no interaction KiB': kib(withoutInteraction.total.gzip),
    ...(scores && { lighthouse: Object.values(scores).join('/') }),
  }));
  console.log('\nBytes by page, gzip as sent (raw in brackets); Lighthouse: performance/accessibility/best practices/SEO, mobile');
  console.table(rows);
  console.log('Search, ms from the last keystroke to the first result (median of %d; all runs)', searchRepeats);
  console.table(
    results.search.map(({ lang, coldMs, coldFromOpenMs = [], warmMs }) => ({
      lang,
      cold: median(coldMs),
      warm: median(warmMs),
      'cold from opening search': median(coldFromOpenMs),
      'cold runs': coldMs.join(' '),
      'warm runs': warmMs.join(' '),
    })),
  );
  console.log(
    '(Cold: the query is typed, 30 ms a key, as soon as the search opens, while its UI still loads. From opening search: from the click on the search button to the first result.)',
  );
  const pageCount = Object.keys(results.pages).length;
  console.log(
    `Clean build, including the search index: median ${median(results.buildMs)} ms (${results.buildMs.join(', ')} ms) for ${pageCount} pages, ${perPage(results)} ms a page`,
  );
}

/** The build's median time divided by the pages it made: what must not grow as revisions are added. */
const perPage = (results: Results) => Math.round(median(results.buildMs) / Object.keys(results.pages).length);

function compare(beforeFile: string, afterFile: string): void {
  const [before, after] = [beforeFile, afterFile].map((file) => JSON.parse(readFileSync(file, 'utf-8')) as Results);
  const change = (a: number, b: number, unit: string) => `${a} → ${b} ${unit} (${b - a >= 0 ? '+' : ''}${b - a})`;
  console.log(`${before!.commit} (${before!.date}) → ${after!.commit} (${after!.date})`);
  console.table(
    Object.keys(after!.pages).map((path) => {
      const [a, b] = [before!.pages[path], after!.pages[path]];
      if (!a || !b) return { page: path, change: a ? 'removed' : 'new page' };
      return {
        page: path,
        'before load, gzip B': change(a.beforeLoad.total.gzip, b.beforeLoad.total.gzip, ''),
        'no interaction, gzip B': change(a.withoutInteraction.total.gzip, b.withoutInteraction.total.gzip, ''),
        'JS, gzip B': change(a.withoutInteraction.byKind.js.gzip, b.withoutInteraction.byKind.js.gzip, ''),
      };
    }),
  );
  console.table(
    after!.search.map(({ lang, coldMs, warmMs }, i) => ({
      lang,
      cold: change(median(before!.search[i]!.coldMs), median(coldMs), 'ms'),
      warm: change(median(before!.search[i]!.warmMs), median(warmMs), 'ms'),
    })),
  );
  console.log(
    `build: ${change(median(before!.buildMs), median(after!.buildMs), 'ms')}; a page: ${change(perPage(before!), perPage(after!), 'ms')}`,
  );
}

async function bench(withLighthouse: boolean): Promise<void> {
  const buildMs = [await timedCleanBuild(), await timedCleanBuild(), await timedCleanBuild()];
  const pages = [...readSitemap(), ...notFoundPages];
  const stopServer = await startDistServer(port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
  try {
    const results: Results = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf-8' }).trim(),
      buildMs,
      pages: await weighPages(browser, pages),
      search: await timeSearches(browser),
    };
    if (withLighthouse) {
      for (const [path, scores] of Object.entries(await runLighthouse(pages))) results.pages[path]!.lighthouse = scores;
    }
    printResults(results);
    mkdirSync(resultsDir, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    const file = `${resultsDir}${results.date.replace(/[:.]/g, '-')}.json`;
    writeFileSync(file, json);
    writeFileSync(`${resultsDir}latest.json`, json);
    console.log(`Written: ${file} (and bench-results/latest.json)`);
  } finally {
    await browser.close();
    stopServer();
  }
}

const args = process.argv.slice(2);
if (args[0] === '--compare') {
  if (args.length !== 3) throw new Error('usage: npm run bench -- --compare <before.json> <after.json>');
  compare(args[1]!, args[2]!);
} else {
  await bench(!args.includes('--no-lighthouse'));
}
