import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import { findChromium } from '../support/chromium';
import { newestStatement, statementTexts } from '../support/data';
import { copyProject } from '../support/project-copy';

// An upstream text is untrusted input. A copy of the project gets a newest torch_npu text with
// hostile HTML added, as an automated sync could bring it, and is built: the build must succeed,
// say what it removed, and publish pages on which nothing of it remains, runs or navigates. The
// sanitizer's allowlist is pinned item by item in the unit tier (tests/unit/upstream-sanitize.spec.ts).

/** Each kind of code a text may try to bring, as a line of Markdown. */
const hostile = [
  '<script>document.title="PWNED"</script>',
  '<meta http-equiv="refresh" content="5; url=https://example.invalid/">',
  '<base href="https://example.invalid/">',
  '<img src="x.png" onerror="document.title=\'PWNED\'">',
  '<a href="#" onclick="document.title=\'PWNED\'">click</a> [also](javascript:document.title=\'PWNED\')',
  '<iframe src="https://example.invalid/"></iframe>',
  '<form action="https://example.invalid/"><input name="q"></form>',
  '<style>body { display: none }</style>',
  '<object data="https://example.invalid/x.swf"></object>',
  '<svg><script>document.title="PWNED"</script></svg>',
].join('\n\n');

const text = statementTexts.at(-1)!;
// The newest text is on its release's pages and on the current pages, which show the newest text.
const pages = [
  `zh-cn/torch-npu/releases/${newestStatement}`,
  'zh-cn/torch-npu',
  ...(text.english ? [] : [`torch-npu/releases/${newestStatement}`, 'torch-npu']),
];

let copy: ReturnType<typeof copyProject>;
let build: { status: number | null; output: string };
test.beforeAll(() => {
  test.setTimeout(180_000);
  copy = copyProject('hostile-text-');
  const file = join(copy.folder, 'content/upstream', text.file);
  writeFileSync(file, `${readFileSync(file, 'utf-8')}\n\n${hostile}\n`);
  const run = spawnSync(process.execPath, [join(copy.folder, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy.folder,
    encoding: 'utf-8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
});
test.afterAll(() => copy.remove());

const built = (page: string) => readFileSync(join(copy.folder, 'dist', page, 'index.html'), 'utf-8');

test('the build publishes the text without its code, and says what it removed', () => {
  expect(build.status, build.output).toBe(0);
  expect(build.output).toContain(`content/upstream/${text.file}: removed`);
  for (const element of ['<script>', '<meta>', '<base>', '<iframe>', '<form>', '<style>', '<object>']) {
    expect(build.output).toContain(element);
  }
  for (const page of pages) {
    const found: string[] = [];
    let texts = 0;
    visit(fromHtml(built(page)), 'element', (wrapper: Element) => {
      if (wrapper.properties.dataUpstreamText === undefined) return;
      texts++;
      visit(wrapper, 'element', (element: Element) => {
        // The site's own markup around the text: its heading links' icons, its notes.
        if (String(element.properties.className ?? '').includes('sl-anchor-link') || element.properties.dataSiteNote !== undefined)
          return SKIP;
        if (
          // (An input may stay: GitHub's allowlist keeps a disabled checkbox, as task lists have.)
          ['script', 'meta', 'base', 'iframe', 'form', 'style', 'object', 'svg'].includes(element.tagName)
        )
          found.push(element.tagName);
        for (const [name, value] of Object.entries(element.properties)) {
          if (/^on/i.test(name) || /javascript:/i.test(String(value))) found.push(`${element.tagName}[${name}]`);
        }
      });
    });
    expect(texts, `${page} shows the text`).toBe(1);
    expect(found, page).toEqual([]);
    // Nowhere on the page, either: no refresh and no base address but the site's.
    expect(built(page)).not.toContain('example.invalid');
    expect(built(page)).not.toContain('PWNED');
  }
});

test('in a browser, nothing of it runs and the page stays where it is', async () => {
  const executablePath = findChromium();
  test.skip(!executablePath, 'no Chromium: the markup test above still holds');
  const browser = await chromium.launch({ executablePath });
  try {
    for (const page of pages) {
      const tab = await browser.newPage();
      const url = pathToFileURL(join(copy.folder, 'dist', page, 'index.html')).href;
      await tab.goto(url);
      const title = await tab.title();
      // The refresh would have fired after 5 s.
      await tab.waitForTimeout(5_500);
      expect(tab.url(), page).toBe(url);
      expect(await tab.title(), page).toBe(title);
      expect(title).not.toContain('PWNED');
      await tab.close();
    }
  } finally {
    await browser.close();
  }
});
