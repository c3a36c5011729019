import type { ElementContent } from 'hast';
import { expect, test } from '@playwright/test';
import { attribute, builtPage, type Element, folded, select, selectAll, textOf, without } from '../support/built-page';
import { policyPages, revisionTexts } from '../support/published';
import { normalize, parseUpstream, readUpstream } from '../support/upstream';

// Each page that publishes an upstream text must carry it character for character, in the upstream
// order: the current policy pages and every revision. The upstream file is parsed here as GitHub
// renders it (remark-gfm); the page is read from the built HTML. What the site adds is marked
// data-site-note and left out of the comparison.

interface RenderedPolicy {
  title: string;
  text: string;
  headings: string[];
  tables: string[][][];
  footnotes: string[];
  footnoteLinks: string[];
  links: string[];
  code: string[];
}

/** What the site adds to a text, left out of the comparison: its notes, heading links, footnote marks and copy buttons. */
const siteAdditions = '[data-site-note], .sl-anchor-link, [data-footnote-ref], .data-footnote-backref, #footnote-label, .code-copy';
const blocks = new Set(['p', 'li', 'td', 'th', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The text a reader sees, each block, code block and line break apart from the next by a space. */
function readerText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return ' ';
  // A code block's text ends with the newline before its closing fence.
  if (node.tagName === 'pre') return ` ${textOf(node).replace(/\n$/, '')} `;
  const text = node.children.map(readerText).join('');
  return blocks.has(node.tagName) ? `${text} ` : text;
}

const hrefs = (container: Element) => selectAll('a[href]', container).map((link) => decodeURIComponent(attribute(link, 'href')!));

/** What a reader of the page's text sees, leaving out what the site adds. */
function readRenderedPolicy(path: string): RenderedPolicy {
  const document = builtPage(path);
  const content = select('.sl-markdown-content', document);
  if (!content) throw new Error(`${path} has no .sl-markdown-content`);
  const code = selectAll('pre', content).map((pre) => textOf(pre).replace(/\n$/, ''));
  const headings = selectAll('h2, h3, h4, h5, h6', without(content, '[data-site-note]'))
    .filter((heading) => heading.properties.id !== 'footnote-label')
    .map((heading) => `${heading.tagName} ${folded(heading)}`);
  const text = without(content, siteAdditions);
  const footnotes = select('.footnotes', text);
  const body = without(text, '.footnotes');
  return {
    title: folded(select('h1', document)),
    // Tables are compared cell by cell; the text check covers everything else.
    text: normalize(readerText(without(body, 'table'))),
    headings,
    code,
    tables: selectAll('table', body).map((table) =>
      selectAll('tr', table).map((row) => selectAll(':scope > td, :scope > th', row).map((cell) => normalize(readerText(cell)))),
    ),
    footnotes: footnotes ? selectAll('li', footnotes).map((item) => normalize(textOf(item))) : [],
    footnoteLinks: footnotes ? hrefs(footnotes) : [],
    links: hrefs(body),
  };
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

const published = [...policyPages.map(({ path, upstream }) => ({ path, upstream })), ...revisionTexts];

for (const { path, upstream: file } of published) {
  test(`${path} carries ${file} verbatim: every heading at its level, paragraph, list item, table cell, code block, footnote and link, in order`, () => {
    const upstream = parseUpstream(readUpstream(file));
    const rendered = readRenderedPolicy(path);
    expect.soft(rendered.title, 'title').toBe(upstream.title);
    const { missing, added } = missingAndAdded(upstream.blocks, rendered.text);
    expect.soft(missing, 'upstream text missing from the page, or out of order').toEqual([]);
    // Text the site adds must be marked as a site note.
    expect.soft(added, 'text on the page that is not upstream text').toEqual([]);
    // The statement puts its tables' headings (#####) straight under ## headings; a reader's
    // outline cannot skip levels, so the site closes such a gap and changes nothing else.
    expect.soft(rendered.headings, 'headings').toEqual(outlined(upstream.headings));
    expect.soft(rendered.tables, 'table cells').toEqual(upstream.tables);
    expect.soft(rendered.code, 'code blocks').toEqual(upstream.code);
    expect.soft(rendered.footnotes, 'footnotes').toEqual(upstream.footnotes);
    expect.soft(rendered.footnoteLinks, 'footnote links').toEqual(upstream.footnoteLinks.map((href) => decodeURIComponent(href)));
    expect.soft(rendered.links, 'links').toEqual(upstream.links.map((href) => decodeURIComponent(href)));
  });
}
