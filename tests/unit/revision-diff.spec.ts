import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString as mdastText } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import { publishedTexts } from '../../src/lib/published-texts';
import { type Block, compareRevisions, markdownBlocks, summarize } from '../../src/lib/revision-diff';

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
    { type: 'added', block: { kind: 'table-row', text: '2', section: 'T', cells: ['2'], header: ['a'] } },
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
    layout: 0,
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

// Against the upstream files, by other means than the comparison's own: each text's table rows read
// with mdast's GFM table parser, compared as multisets; and, for one comparison, changes checked by hand.

const normalized = (cell: string) =>
  cell
    .normalize('NFKC')
    .replace(/<br\s*\/?>/gi, '')
    .replace(/[\s*`]/g, '');
/** A cell's text as a reader reads it, a link with its address after it. */
const readAs = (node: Nodes): string =>
  node.type === 'link'
    ? mdastText(node) === node.url
      ? node.url
      : `${node.children.map(readAs).join('')}(${node.url})`
    : 'children' in node
      ? node.children.map((child) => readAs(child as Nodes)).join('')
      : mdastText(node);
/** Every table row of a text (header rows too), its cells normalized, by mdast-util-gfm-table. */
function tableRows(markdown: string): string[] {
  const rows: string[] = [];
  const walk = (node: Nodes) => {
    // As GitHub renders a table: cells past the header's count are dropped.
    if (node.type === 'table') {
      const width = node.children[0]!.children.length;
      for (const row of node.children)
        rows.push(
          row.children
            .slice(0, width)
            .map((cell) => normalized(readAs(cell)))
            .join('|'),
        );
    } else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }));
  return rows;
}
/** What is in `a` and not in `b`, counting repeats. */
function multisetMinus(a: string[], b: string[]) {
  const left = [...b];
  return a.filter((item) => {
    const i = left.indexOf(item);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}
const rowOf = (block: Block) => (block.cells ?? []).map(normalized).join('|');

const texts = publishedTexts(JSON.parse(upstream('../upstream/torch_npu.json')) as never);
const pairs = texts.flatMap((_, k) => [
  ...(k > 0 ? [[k - 1, k] as const] : []),
  ...(k < texts.length - 2 ? [[k, texts.length - 1] as const] : []),
]);

test('every comparison the site prints loses no table row and invents none: its removed and reworded rows are exactly the rows the older text has and the newer lacks, and the reverse', () => {
  for (const [a, b] of pairs) {
    const [before, after] = [upstream(texts[a]!.file), upstream(texts[b]!.file)];
    const changes = compareRevisions(before, after).filter((change) => change.block.kind === 'table-row');
    const gone = changes.flatMap((change) =>
      change.type === 'removed' ? [rowOf(change.block)] : change.type === 'changed' ? [rowOf(change.before)] : [],
    );
    const come = changes.flatMap((change) => (change.type === 'added' || change.type === 'changed' ? [rowOf(change.block)] : []));
    const where = `${texts[a]!.slug} → ${texts[b]!.slug}`;
    expect(gone.sort(), where).toEqual(multisetMinus(tableRows(before), tableRows(after)).sort());
    expect(come.sort(), where).toEqual(multisetMinus(tableRows(after), tableRows(before)).sort());
  }
});

test('no block is called reworded without a word of it marked, and no layout change is counted', () => {
  for (const [a, b] of pairs) {
    for (const change of compareRevisions(upstream(texts[a]!.file), upstream(texts[b]!.file))) {
      const where = `${texts[a]!.slug} → ${texts[b]!.slug}: ${change.block.text.slice(0, 60)}`;
      if (change.type === 'changed') {
        const marked = (change.cellWords?.flat() ?? change.words).filter((word) => word.added || word.removed);
        expect(
          marked.some((word) => normalized(word.text) !== ''),
          where,
        ).toBe(true);
      }
      if (change.type === 'layout') expect(normalized(change.before.text), where).toBe(normalized(change.block.text));
    }
  }
});

test('checked by hand, v2.6.0-7.1.0 → v2.1.0-7.2.0: the pip-mirror row is deleted and the rows after it are their own changes', () => {
  const from = texts.find((text) => text.slug === 'v2.6.0-7.1.0')!;
  const to = texts.find((text) => text.slug === 'v2.1.0-7.2.0')!;
  const changes = compareRevisions(upstream(from.file), upstream(to.file));
  const rows = changes.filter((change) => change.type !== 'same' && change.block.kind === 'table-row');
  const describe = (change: (typeof rows)[number]) =>
    `${change.type}: ${change.type === 'changed' ? `${change.before.cells![2]} ${change.before.cells![3]} → ` : ''}${change.block.cells![2]} ${change.block.cells![3]}`;
  // The first seven of the public-address table's (file | address) changed rows, in the newer text's order.
  expect(
    rows
      .filter((change) => change.block.cells!.length === 5)
      .slice(0, 7)
      .map(describe),
  ).toEqual([
    'changed: .gitmodules https://gitee.com/ascend/op-plugin.git → .gitmodules https://gitcode.com/ascend/op-plugin.git',
    'changed: .gitmodules https://gitee.com/ascend/Tensorpipe.git → .gitmodules https://gitcode.com/ascend/Tensorpipe.git',
    'removed: .github\\workflows\\_build-and-test.yml https://mirrors.huaweicloud.com/repository/pypi/simple',
    'changed: setup.cfg https://gitee.com/ascend/pytorch → setup.cfg https://gitcode.com/ascend/pytorch',
    'changed: setup.cfg https://gitee.com/ascend/pytorch/tags → setup.cfg https://gitcode.com/ascend/pytorch/tags',
    'changed: third_party\\op-plugin\\ci\\build.sh https://gitee.com/ascend/pytorch.git → third_party\\op-plugin\\ci\\build.sh https://gitcode.com/ascend/pytorch.git',
    'changed: third_party\\op-plugin\\ci\\exec_ut.sh https://gitee.com/ascend/pytorch.git → third_party\\op-plugin\\ci\\exec_ut.sh https://gitcode.com/ascend/pytorch.git',
  ]);
  expect(rows.filter((change) => change.type === 'removed').map((change) => change.block.cells![2])).toContain(
    '.github\\workflows\\_build-and-test.yml',
  );
  expect(summarize(changes).rows.removed).toBe(3);
});

test('a script re-indented, or spaces put round a word, is a change of layout: listed apart, not counted', () => {
  const changes = compareRevisions(
    '# T\n\n对FILE文件做好权限管控\n\n```sh\n    iptables -F X\n```\n',
    '# T\n\n对 FILE 文件做好权限管控\n\n```sh\n        iptables -F X\n```\n',
  );
  expect(changes.map(({ type }) => type)).toEqual(['same', 'layout', 'layout']);
  expect(summarize(changes)).toMatchObject({ blocks: { added: 0, removed: 0, changed: 0 }, layout: 2 });
});

test("markup is read, not shown: a cell's <br> is a line break, an inline anchor is nothing, an autolink is its address", () => {
  const [heading, row] = markdownBlocks(
    '## 通信矩阵信息<a id="通信矩阵信息"></a>\n\n| a | b |\n|---|---|\n| <https://x.example/1> <br> https://x.example/2 | c |\n',
  );
  expect(heading!.text).toBe('通信矩阵信息');
  expect(row!.cells).toEqual(['a', 'b']);
  expect(markdownBlocks('| a | b |\n|---|---|\n| <https://x.example/1> <br> https://x.example/2 | c |\n')[1]!.cells).toEqual([
    'https://x.example/1\nhttps://x.example/2',
    'c',
  ]);
});
