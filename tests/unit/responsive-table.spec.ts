import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { columnShares, responsiveTable, textWidth } from '../../src/lib/responsive-table';

const tableOf = (html: string) => fromHtml(html, { fragment: true }).children[0] as Element;
const matrix = tableOf(
  '<table><caption>通信矩阵</caption><thead><tr><th>组件</th><th>PyTorch</th><th>HCCL</th></tr></thead><tbody><tr><th scope="row">源设备</th><td>服务器</td><td>服务器</td></tr></tbody></table>',
);

test('each body cell is labelled with its column, the row header titles the card, every element has its role', () => {
  const html = toHtml(responsiveTable(matrix));
  expect(html).toMatch(/^<div class="table-wrap table-cards"><table role="table"><caption>通信矩阵<\/caption><colgroup>/);
  expect(html).toContain('<th role="columnheader">组件</th>');
  expect(html).toContain(
    '<th scope="row" role="rowheader">源设备</th><td role="cell" data-label="PyTorch">服务器</td><td role="cell" data-label="HCCL">服务器</td>',
  );
  expect(html).toContain('<thead role="rowgroup"><tr role="row">');
  // The input is left as it was.
  expect(toHtml(matrix)).not.toContain('role=');
});

test('a title column is marked', () => {
  const table = tableOf(
    '<table><thead><tr><th>a</th><th>b</th><th>c</th></tr></thead><tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>',
  );
  expect(toHtml(responsiveTable(table, { titleColumn: 1 }))).toContain('<td role="cell" data-label="b" data-card-title="">2</td>');
});

test('two columns stay a table on a phone: no roles, no labels, only the shares', () => {
  const table = tableOf('<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>');
  expect(toHtml(responsiveTable(table))).toBe(
    '<div class="table-wrap"><table><colgroup><col style="width: 50%"><col style="width: 50%"></colgroup><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>',
  );
});

test("a column's share follows its text, a short column keeps a word, a long address counts as 24 ems", () => {
  expect(textWidth('自研')).toBe(2);
  expect(textWidth('ab')).toBeCloseTo(1.1);
  const shares = columnShares([
    ['自研', 'https://gitcode.com/ascend/op-plugin.git', '依赖的开源代码仓'],
    ['开源引入', `https://example.org/${'x'.repeat(200)}`, '用途'],
  ]);
  expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  const [type, address, purpose] = shares as [number, number, number];
  expect(type).toBeLessThan(purpose);
  expect(purpose).toBeLessThan(address);
  // 3 ems for 类型 (its words are 2 and 4 wide, its mean 3), of 3 + 23.1 (mean of 22.6 and 24) + 5.
  expect(type).toBeCloseTo((3 / (3 + (22.55 + 24) / 2 + 5)) * 100, 0);
});
