import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dataRows, statementTables } from '../../src/tools/upstream/statement-tables';
import { readDataRows, statementTexts } from '../support/data';

const text = (file: string) => readFileSync(new URL(`../../content/upstream/${file}`, import.meta.url), 'utf-8');
const none = { 'file-permissions': [], 'public-addresses': [], 'communication-matrix': [] };

test('reads the three tables of 6.0.0 and of the newest release: 22 public addresses then 30', () => {
  const oldest = statementTables(text('torch_npu/2025-04-25_38dc4eecba.md'));
  const newest = statementTables(text('torch_npu/2026-07-27_16bc883fa2.md'));
  expect(oldest['public-addresses'].rows).toHaveLength(22);
  expect(newest['public-addresses'].rows).toHaveLength(30);
  expect(newest['file-permissions'].rows).toHaveLength(17);
  expect(newest['communication-matrix'].header).toEqual(['组件', 'PyTorch', 'HCCL']);
});

test('a cell keeps its Markdown; a row past the header drops its extra cell, as GitHub renders it', () => {
  // The newest text with its 公网地址 table replaced by one awkward row.
  const newest = text('torch_npu/2026-07-27_16bc883fa2.md');
  const start = newest.indexOf('| 类型   | 开源代码地址');
  const end = newest.indexOf('\n\n', start);
  const statement = `${newest.slice(0, start)}${[
    '| 类型 | 开源代码地址 | 文件名 | 地址 | 用途说明 |\n|-|-|-|-|-|',
    '| 开源引入 | <https://x.org/a> <br> https://x.org/b | .github\\workflows\\\\_build.yml <br> setup.py | https://x.org/ | 见[文档](https://x.org/d) | |',
  ].join('\n')}${newest.slice(end)}`;
  const { rows, todo } = dataRows(statementTables(statement), none);
  expect(rows['public-addresses']).toEqual([
    {
      id: 'build-yml-x-org',
      origin: 'open-source',
      upstreamCode: ['https://x.org/a', 'https://x.org/b'],
      files: ['.github/workflows/_build.yml', 'setup.py'],
      address: 'https://x.org/',
      purpose: '见[文档](https://x.org/d)',
    },
  ]);
  expect(rows['file-permissions'][0]).toEqual({
    id: 'permission-1',
    kind: 'directory',
    type: '用户主目录',
    maxMode: { octal: '750', symbolic: 'rwxr-x---' },
  });
  expect(todo.filter((t) => t.table === 'public-addresses').map((t) => t.row)).toEqual(['build-yml-x-org']);
});

test('every data file says what its text says, row by row', () => {
  for (const { slug, file } of statementTexts) {
    const { rows } = dataRows(statementTables(text(file)), none);
    expect(
      rows['public-addresses'].map((r) => [r.files, r.address, r.purpose]),
      slug,
    ).toEqual(readDataRows('public-addresses.yaml', slug).map((r) => [r.files, r.address, r.purpose]));
    expect(
      rows['file-permissions'].map((r) => [r.type, r.maxMode]),
      slug,
    ).toEqual(readDataRows('file-permissions.yaml', slug).map((r) => [r.type, r.maxMode]));
  }
});

test('a statement without one of the tables is refused, naming it', () => {
  expect(() => statementTables('# 安全声明\n\n| 组件 | PyTorch |\n|-|-|\n| 协议 | TCP |\n')).toThrow(/no file-permissions table/);
});
