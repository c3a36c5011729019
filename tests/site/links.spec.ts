import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { builtPages, docsPages, expect, notFoundPages, test } from '../fixtures';
import { externalLinkProblem } from '../support/external-links';

// Crawls the build as withastro/docs' link checker does: pages from the sitemap, and a fragment is
// valid when the target page has an element with that id or an <a name>.

/** The ids and `a[name]`s of each page visited, so each page is loaded at most once per crawl. */
const anchorsByPath = new Map<string, Set<string>>();

async function anchorsOf(page: Page): Promise<Set<string>> {
  const path = new URL(page.url()).pathname;
  let anchors = anchorsByPath.get(path);
  if (!anchors) {
    const names = await page
      .locator('[id], a[name]')
      .evaluateAll((elements) => elements.map((element) => element.id || element.getAttribute('name') || ''));
    anchors = new Set(names.filter(Boolean));
    anchorsByPath.set(path, anchors);
  }
  return anchors;
}

async function anchorsAt(context: BrowserContext, path: string): Promise<Set<string>> {
  const known = anchorsByPath.get(path);
  if (known) return known;
  const target = await context.newPage();
  await target.goto(path);
  const anchors = await anchorsOf(target);
  await target.close();
  return anchors;
}

/** What is broken on the page at `path`: links to missing pages or anchors, and ids used twice. */
async function problemsOn(page: Page, path: string, request: APIRequestContext, origin: string): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  if (hrefs.length === 0) return [`no links on ${path}`];

  const problems: string[] = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href, page.url());
    if (url.origin !== origin) {
      const problem = externalLinkProblem(href);
      if (problem) problems.push(`${href} ${problem}`);
      continue;
    }
    const targetPath = decodeURIComponent(url.pathname);
    let status = statusByPath.get(targetPath);
    if (status === undefined) {
      status = (await request.get(url.pathname, { maxRedirects: 0 })).status();
      statusByPath.set(targetPath, status);
    }
    if (status !== 200) {
      problems.push(`${href} → HTTP ${status}`);
      continue;
    }
    if (!url.hash) continue;
    const fragment = decodeURIComponent(url.hash.slice(1));
    const anchors = targetPath === new URL(page.url()).pathname ? await anchorsOf(page) : await anchorsAt(page.context(), targetPath);
    if (!anchors.has(fragment)) {
      problems.push(`${href} → no id or a[name] "${fragment}" on ${targetPath}; it has: ${[...anchors].join(', ')}`);
    }
  }
  // An anchor must lead to one place: no id twice on a page.
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  problems.push(...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `id "${id}" used twice`));
  return problems.map((problem) => `${path}: ${problem}`);
}

/** The status of each address asked for, so each is asked for once per worker. */
const statusByPath = new Map<string, number>();

for (const path of [...docsPages, ...notFoundPages]) {
  test(`every link and anchor on ${path} resolves`, async ({ reader: page, request, baseURL }) => {
    expect(await problemsOn(page, path, request, new URL(baseURL!).origin)).toEqual([]);
  });
}

// Every revision text and comparison, with the in-page anchors each text uses.
for (const base of ['/pytorch/revisions/', '/zh-cn/torch-npu/releases/', '/torch-npu/releases/']) {
  test(`every link and anchor on every page under ${base} resolves`, async ({ reader: page, request, baseURL }) => {
    const pages = builtPages.filter((path) => path.startsWith(base));
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const path of pages) problems.push(...(await problemsOn(page, path, request, new URL(baseURL!).origin)));
    expect(problems).toEqual([]);
  });
}
