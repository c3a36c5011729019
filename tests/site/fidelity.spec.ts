import type { Page } from '@playwright/test';
import { expect, policyPages, revisionTexts, test } from '../fixtures';
import { normalize, parseUpstream, readUpstream } from '../support/upstream';

// Each policy page must carry its upstream text character for character, in the upstream order.
// What the site adds is marked data-site-note and left out of the comparison.

interface RenderedPolicy {
  title: string;
  text: string;
  tables: string[][][];
  footnotes: string[];
  footnoteLinks: string[];
  links: string[];
  code: string[];
}

async function readRenderedPolicy(page: Page): Promise<RenderedPolicy> {
  // biome-ignore lint/performance/useDomNodeTextContent: the title as the reader sees it
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  const rendered = await page.locator('.sl-markdown-content').evaluate((root) => {
    // A code block's text ends with the newline before its closing fence.
    const code = [...root.querySelectorAll('pre')].map((pre) => pre.textContent!.replace(/\n$/, ''));
    const copy = root.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll(
      '[data-site-note], .sl-anchor-link, [data-footnote-ref], .data-footnote-backref, #footnote-label, .code-copy',
    ))
      element.remove();
    for (const [i, pre] of [...copy.querySelectorAll('pre')].entries()) pre.replaceWith(` ${code[i]} `);
    for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
    for (const block of copy.querySelectorAll('p, li, td, th, h2, h3, h4, h5, h6')) block.append(' ');
    const hrefs = (container: Element) =>
      [...container.querySelectorAll('a[href]')].map((link) => decodeURIComponent(link.getAttribute('href')!));
    // Tables are compared cell by cell; the text check covers everything else.
    const tables = [...copy.querySelectorAll('table')].map((table) =>
      [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? '')),
    );
    const footnotes = copy.querySelector('.footnotes');
    footnotes?.remove();
    const links = hrefs(copy);
    for (const table of copy.querySelectorAll('table')) table.remove();
    return {
      text: copy.textContent ?? '',
      code,
      footnotes: [...(footnotes?.querySelectorAll('li') ?? [])].map((item) => item.textContent ?? ''),
      footnoteLinks: footnotes ? hrefs(footnotes) : [],
      tables,
      links,
    };
  });
  return {
    ...rendered,
    title,
    text: normalize(rendered.text),
    footnotes: rendered.footnotes.map(normalize),
    tables: rendered.tables.map((rows) => rows.map((cells) => cells.map(normalize))),
  };
}

/** The page's headings below its title, as `h3 Title`, leaving out the site's notes and the footnotes' heading. */
const renderedHeadings = (page: Page) =>
  page
    .locator('.sl-markdown-content')
    .locator('h2, h3, h4, h5, h6')
    .evaluateAll((elements) =>
      elements
        .filter((heading) => !heading.closest('[data-site-note]') && heading.id !== 'footnote-label')
        .map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.replace(/\s+/g, ' ').trim()}`),
    );

for (const policy of policyPages) {
  test.describe(`${policy.path} carries ${policy.upstream} verbatim`, () => {
    const upstream = parseUpstream(readUpstream(policy.upstream));
    let rendered: RenderedPolicy;

    test.beforeEach(async ({ reader: page }) => {
      // For the copy buttons' test: the clipboard is asked for as the page loads.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(policy.path);
      rendered = await readRenderedPolicy(page);
    });

    test('every heading, paragraph, list item and code block, in order, and nothing else', () => {
      expect(rendered.title).toBe(upstream.title);
      const missing: string[] = [];
      const added: string[] = [];
      let cursor = 0;
      for (const block of upstream.blocks) {
        const at = rendered.text.indexOf(block, cursor);
        if (at === -1) {
          missing.push(block);
          continue;
        }
        added.push(rendered.text.slice(cursor, at));
        cursor = at + block.length;
      }
      added.push(rendered.text.slice(cursor));
      expect(missing, 'upstream text missing from the page, or out of order').toEqual([]);
      // Text the site adds must be marked as a site note.
      expect(added.map((text) => text.trim()).filter(Boolean), 'text on the page that is not upstream text').toEqual([]);
    });

    test('every heading at its upstream level, but never more than one below the heading before', async ({ reader: page }) => {
      // The statement puts its tables' headings (#####) straight under ## headings; a reader's
      // outline cannot skip levels, so the site closes such a gap and changes nothing else.
      let previous = 1;
      const expected = upstream.headings.map(({ depth, text }) => {
        previous = Math.min(depth, previous + 1);
        return `h${previous} ${text}`;
      });
      const headings = await renderedHeadings(page);
      expect(headings).toEqual(expected);
    });

    test('every table cell', () => {
      expect(rendered.tables).toEqual(upstream.tables);
    });

    test('every code block, line for line, and its copy button copies it', async ({ reader: page }) => {
      expect(rendered.code).toEqual(upstream.code);
      const labels = policy.lang === 'en' ? { copy: 'Copy', copied: 'Copied' } : { copy: '复制', copied: '已复制' };
      const blocks = page.locator('.sl-markdown-content pre');
      await expect(blocks).toHaveCount(upstream.code.length);
      const copied: string[] = [];
      for (const block of await blocks.all()) {
        // Each block's button sits just before it, in its code block.
        const button = block.locator('xpath=..').getByRole('button');
        await expect(button).toHaveText(labels.copy);
        await button.click();
        await expect(button).toHaveText(labels.copied);
        copied.push(await page.evaluate(() => navigator.clipboard.readText()));
      }
      expect(copied).toEqual(upstream.code);
    });

    test('every footnote and its links', () => {
      expect(rendered.footnotes).toEqual(upstream.footnotes);
      expect(rendered.footnoteLinks).toEqual(upstream.footnoteLinks.map((href) => decodeURIComponent(href)));
    });

    test('every link, in order', () => {
      expect(rendered.links).toEqual(upstream.links.map((href) => decodeURIComponent(href)));
    });
  });
}

/** The upstream headings as the site outlines them: never more than one level below the one before. */
function outlined(headings: Array<{ depth: number; text: string }>): string[] {
  let previous = 1;
  return headings.map(({ depth, text }) => {
    previous = Math.min(depth, previous + 1);
    return `h${previous} ${text}`;
  });
}

/** Each block of `upstream` in order in `text`, and what the page has besides. */
function missingAndAdded(blocks: string[], text: string) {
  const missing: string[] = [];
  const added: string[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const at = text.indexOf(block, cursor);
    if (at === -1) {
      missing.push(block);
      continue;
    }
    added.push(text.slice(cursor, at));
    cursor = at + block.length;
  }
  added.push(text.slice(cursor));
  return { missing, added: added.map((part) => part.trim()).filter(Boolean) };
}

// Every revision of both policies, each against its own upstream file: the same checks as above,
// in one test a revision (their copy buttons are the same component, tested above).
for (const revision of revisionTexts) {
  test(`${revision.path} carries ${revision.upstream} verbatim`, async ({ reader: page }) => {
    const upstream = parseUpstream(readUpstream(revision.upstream));
    await page.goto(revision.path);
    const rendered = await readRenderedPolicy(page);
    expect.soft(rendered.title, 'title').toBe(upstream.title);
    const { missing, added } = missingAndAdded(upstream.blocks, rendered.text);
    expect.soft(missing, 'upstream text missing from the page, or out of order').toEqual([]);
    expect.soft(added, 'text on the page that is not upstream text').toEqual([]);
    const headings = await renderedHeadings(page);
    expect.soft(headings, 'headings').toEqual(outlined(upstream.headings));
    expect.soft(rendered.tables, 'table cells').toEqual(upstream.tables);
    expect.soft(rendered.code, 'code blocks').toEqual(upstream.code);
    expect.soft(rendered.footnotes, 'footnotes').toEqual(upstream.footnotes);
    expect.soft(rendered.links, 'links').toEqual(upstream.links.map((href) => decodeURIComponent(href)));
  });
}
