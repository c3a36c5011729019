import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { compareRevisions, markdownBlocks, summarize } from '../../src/lib/revision-diff';

const upstream = (file: string) => readFileSync(new URL(`../../content/upstream/${file}`, import.meta.url), 'utf-8');

test('a text splits into headings, paragraphs, list items, table rows and code lines (blank ones left out)', () => {
  const blocks = markdownBlocks(
    '# T\n\nSome\ntext.\n\n- one\n- two\n\n| a | b\\|c |\n|---|:---:|\n| 1 | 2 |\n\n```sh\necho 1\n\necho 2\n```\n',
  );
  expect(blocks.map(({ kind, text }) => `${kind}: ${text}`)).toEqual([
    'heading: T',
    'paragraph: Some text.',
    'list-item: - one',
    'list-item: - two',
    'table-row: a | b|c',
    'table-row: 1 | 2',
    'code-line: echo 1',
    'code-line: echo 2',
  ]);
});

test('a reworded paragraph shows the words that changed; a new row and section are added', () => {
  const changes = compareRevisions(
    '# T\n\nRun models you trust.\n\n| a |\n|---|\n| 1 |\n',
    '# T\n\nRun only models you trust.\n\n| a |\n|---|\n| 1 |\n| 2 |\n\n## New\n',
  );
  expect(changes.filter(({ type }) => type !== 'same')).toEqual([
    {
      type: 'changed',
      before: { kind: 'paragraph', text: 'Run models you trust.', section: 'T' },
      block: { kind: 'paragraph', text: 'Run only models you trust.', section: 'T' },
      words: [{ text: 'Run ' }, { text: 'only ', added: true }, { text: 'models you trust.' }],
    },
    { type: 'added', block: { kind: 'table-row', text: '2', section: 'T' } },
    { type: 'added', block: { kind: 'heading', text: 'New', section: 'New' } },
  ]);
});

test('PyTorch 01f9ef3 adds the 90-day paragraph and the TorchScript section to the text before it, and removes nothing', () => {
  const summary = summarize(
    compareRevisions(upstream('pytorch/snapshot-between-02ea8fd-and-01f9ef3.md'), upstream('pytorch/01f9ef32ea.md')),
  );
  expect(summary).toEqual({
    sectionsAdded: ['TorchScript models'],
    sectionsRemoved: [],
    rows: { added: 0, removed: 0, changed: 0 },
    blocks: { added: 3, removed: 0, changed: 0 },
  });
});

test('torch_npu 6.0.0 (PyTorch 2.4.0) to 26.1.0 (PyTorch 2.12.0): the public-address table grows from 22 to 30 rows, and 漏洞机制说明 is new', () => {
  const before = upstream('torch_npu/2025-04-25_38dc4eecba.md');
  const after = upstream('torch_npu/2026-07-27_16bc883fa2.md');
  const changes = compareRevisions(before, after);
  const summary = summarize(changes);
  expect(summary.sectionsAdded).toContain('漏洞机制说明');
  const addressRows = (text: string) =>
    markdownBlocks(text).filter(({ kind, section }) => kind === 'table-row' && section === '公网地址').length;
  expect([addressRows(before) - 1, addressRows(after) - 1]).toEqual([22, 30]);
  const addressChanges = changes.filter(({ type, block }) => type !== 'same' && block.kind === 'table-row' && block.section === '公网地址');
  const added = addressChanges.filter(({ type }) => type === 'added').length;
  const removed = addressChanges.filter(({ type }) => type === 'removed').length;
  expect(added - removed).toBe(8);
});

test('prose is compared as read: a link as its text and address, no emphasis marks', () => {
  expect(markdownBlocks('See **[the fix](https://x.org/pr/1)** in `torch.load`.').map(({ text }) => text)).toEqual([
    'See the fix (https://x.org/pr/1) in torch.load.',
  ]);
});
