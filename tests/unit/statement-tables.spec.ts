import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkAgainstText } from '../../src/loaders/statement-tables';
import { dataRows, statementTables } from '../../src/upstream/statement-tables';
import { readDataRows } from '../support/data';

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

test('the communication matrix is read column by column into its fields', () => {
  const [pytorch, hccl] = dataRows(statementTables(text('torch_npu/2025-04-25_38dc4eecba.md')), none).rows['communication-matrix'];
  expect(pytorch).toMatchObject({
    id: 'pytorch',
    component: 'PyTorch',
    sourceDevice: '运行torch_npu进程的服务器',
    listenPort: '默认29500/29400，用户可以设定端口号',
    protocol: 'TCP',
    listenPortChangeable: true,
    authentication: 'none',
    encryption: 'none',
    plane: '不涉及',
  });
  expect(pytorch!.portDescription).toHaveLength(5);
  expect((pytorch!.portDescription as string[])[1]).toBe('1. torchrun/torch.distributed.launch');
  expect(hccl).toMatchObject({ id: 'hccl', component: 'HCCL', listenPorts: [] });
  expect(String(hccl!.remarks)).toMatch(/^该通信过程由CANN中HCCL组件控制.*\[《环境变量参考》\]\(https:\/\/www\.hiascend\.com\//);
});

test('a row added among known rows gets its own id; the known rows keep theirs', () => {
  // The newest text's rows; the new row takes the place, and the mode, of 程序文件目录.
  const known = readDataRows('file-permissions.yaml');
  const statement = text('torch_npu/2026-07-27_16bc883fa2.md').replace(
    /\| {2}程序文件目录[^\n]*\n/,
    (row) => `|  插件文件   |   550（r-xr-x---）     |\n${row}`,
  );
  const { rows, todo } = dataRows(statementTables(statement), { ...none, 'file-permissions': [known] });
  const ids = rows['file-permissions'].map((row) => row.id);
  expect(ids.slice(1, 4)).toEqual(['program-files', 'permission-3', 'program-file-directories']);
  expect(todo.map((t) => t.row)).toContain('permission-3');
});

test('a statement without one of the tables is refused, naming it', () => {
  expect(() => statementTables('# 安全声明\n\n| 组件 | PyTorch |\n|-|-|\n| 协议 | TCP |\n')).toThrow(/no file-permissions table/);
});

// What the build says when a data file and its text disagree (checkAgainstText, run by the
// statement tables' loader; tests/bad-data/ shows the build stopping with it).
test('a data file that leaves out a row of its text, in any release, is refused with both counts', () => {
  const rows = readDataRows('file-permissions.yaml', 'v2.4.0-6.0.0').filter(({ id }) => id !== 'debug-files');
  const path = 'content/data/torch_npu/v2.4.0-6.0.0/file-permissions.yaml';
  expect(() =>
    checkAgainstText(
      rows as never,
      text('torch_npu/2025-04-25_38dc4eecba.md'),
      'file-permissions',
      path,
      'torch_npu/2025-04-25_38dc4eecba.md',
    ),
  ).toThrow(
    `${path} has 16 rows but the table in content/upstream/torch_npu/2025-04-25_38dc4eecba.md has 17; the data must list every row of the text, in its order.`,
  );
});

test('a cell that differs from its text is refused, naming file, row, field and both texts', () => {
  const rows = readDataRows('public-addresses.yaml').map((row) =>
    row.address === 'https://gitee.com/ascend/torchair.git' ? { ...row, address: 'https://gitee.com/ascend/torchair2.git' } : row,
  );
  const path = 'content/data/torch_npu/v2.12.0-26.1.0/public-addresses.yaml';
  expect(() =>
    checkAgainstText(
      rows as never,
      text('torch_npu/2026-07-27_16bc883fa2.md'),
      'public-addresses',
      path,
      'torch_npu/2026-07-27_16bc883fa2.md',
    ),
  ).toThrow(
    `${path}: row 3 ("gitmodules-torchair") address is "https://gitee.com/ascend/torchair2.git" but content/upstream/torch_npu/2026-07-27_16bc883fa2.md has "https://gitee.com/ascend/torchair.git"; the data must say what the text says.`,
  );
});
