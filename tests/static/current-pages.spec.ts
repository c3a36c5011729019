import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPage, folded, select, without } from '../support/built-page';

// The current policy pages show each policy's newest text: the same words as the newest revision's
// page, in both languages, which the site renders from content/upstream/ once for both. Only what
// the site marks as its own (notes, section links, data links, marks) may differ.

const manifest = (policy: string) =>
  JSON.parse(readFileSync(new URL(`../../content/upstream/${policy}.json`, import.meta.url), 'utf-8')) as Array<{
    file: string;
    branch?: string;
  }>;

/** The address segment of the newest revision's page: the first branch (torch_npu) or the file (PyTorch) holding the last entry's text. */
function newestSlug(policy: 'pytorch' | 'torch_npu') {
  const rows = manifest(policy);
  const first = rows.find((row) => row.file === rows.at(-1)!.file)!;
  return first.branch ?? first.file.replace(/^pytorch\/|\.md$/g, '');
}

/** A page's text as upstream wrote it (or its translation): inside [data-upstream-text], without what the site adds. */
const textOnPage = (path: string) => {
  const text = select('[data-upstream-text]', builtPage(path));
  expect(text, `${path} marks the upstream text`).toBeDefined();
  return { file: text!.properties.dataUpstreamText, words: folded(without(text!, '[data-site-note], .sr-only, .sl-anchor-link')) };
};

for (const [current, revision] of [
  ['/pytorch/', `/pytorch/revisions/${newestSlug('pytorch')}/`],
  ['/zh-cn/pytorch/', `/zh-cn/pytorch/revisions/${newestSlug('pytorch')}/`],
  ['/zh-cn/torch-npu/', `/zh-cn/torch-npu/releases/${newestSlug('torch_npu')}/`],
  ['/torch-npu/', `/torch-npu/releases/${newestSlug('torch_npu')}/`],
] as const) {
  test(`${current} shows the newest text, word for word as ${revision} does`, () => {
    const [now, newest] = [textOnPage(current), textOnPage(revision)];
    expect(now.file).toBe(newest.file);
    expect(now.words.length).toBeGreaterThan(1000);
    expect(now.words).toBe(newest.words);
  });
}
