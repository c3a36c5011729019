import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { newestStatement } from '../support/data';

// Breaks one data file in a copy of the project and builds it: the build must stop and say which
// file, entry and field is wrong, and what is allowed.

const root = fileURLToPath(new URL('../../', import.meta.url));
const projectFiles = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'SECURITY.md', 'src', 'content', 'public'];

/** A table's data file of the newest statement, relative to content/. */
const newest = (table: string) => `data/torch_npu/${newestStatement}/${table}`;

/** Builds a copy of the project whose content/<file> is edited. */
function buildWith(file: string, edit: (text: string) => string) {
  const copy = mkdtempSync(join(tmpdir(), 'bad-data-'));
  try {
    for (const name of projectFiles) cpSync(join(root, name), join(copy, name), { recursive: true });
    // Hard-link each installed package: paths resolve inside the copy (Vite follows symbolic
    // links out of it), and the build caches in node_modules/.* stay the copy's own.
    mkdirSync(join(copy, 'node_modules'));
    const packages = readdirSync(join(root, 'node_modules')).filter((name) => !name.startsWith('.'));
    const sources = packages.map((name) => join(root, 'node_modules', name));
    try {
      execFileSync('cp', ['-al', ...sources, join(copy, 'node_modules')]);
    } catch {
      // Hard links cannot cross file systems: copy instead, which is slower.
      execFileSync('cp', ['-a', ...sources, join(copy, 'node_modules')]);
    }
    const dataFile = join(copy, 'content', file);
    const original = readFileSync(dataFile, 'utf-8');
    const broken = edit(original);
    expect(broken, 'the edit must change the file').not.toBe(original);
    writeFileSync(dataFile, broken);
    const build = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      encoding: 'utf-8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { status: build.status, output: `${build.stdout}\n${build.stderr}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test.describe('a build with bad data fails and says where', () => {
  test.describe.configure({ timeout: 120_000 });
  const where = (table: string) => `content/${newest(table)}`;

  test('a mode whose octal and rwx disagree', () => {
    const { status, output } = buildWith(newest('file-permissions.yaml'), (text) =>
      text.replace("octal: '750'\n    symbolic: rwxr-x---", "octal: '750'\n    symbolic: rwxr-x--x"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`filePermissions → ${newestStatement}/user-home-directory`);
    expect(output).toContain('maxMode.symbolic: octal 750 means rwxr-x---, but symbolic is rwxr-x--x; make the two agree');
    expect(output).toContain(where('file-permissions.yaml'));
  });

  test('a port outside its range', () => {
    const { status, output } = buildWith(newest('communication-matrix.yaml'), (text) => text.replace('min: 1024', 'min: 61000'));
    expect(status).not.toBe(0);
    expect(output).toContain(`communicationMatrix → ${newestStatement}/hccl`);
    expect(output).toContain('listenPorts.0.port: 60000 is outside the range 61000–65520');
    expect(output).toContain(where('communication-matrix.yaml'));
  });

  test('a row the statement does not have', () => {
    const { status, output } = buildWith(newest('public-addresses.yaml'), (text) => {
      // The second row, written twice under another id.
      const rows = text.split('\n\n- id: ');
      return [...rows.slice(0, 2), rows[2]!.replace(/^[\w-]+/, 'added-row'), ...rows.slice(2)].join('\n\n- id: ');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/public-addresses\.yaml has 31 rows but the table in content\/upstream\/torch_npu\/[\w.-]+\.md has 30/);
  });

  test('a row left out, in any release', () => {
    const { status, output } = buildWith('data/torch_npu/v2.4.0-6.0.0/file-permissions.yaml', (text) =>
      text.replace(/\n- id: debug-files\n[^\n]*\n[^\n]*\n[^\n]*\n[^\n]*\n[^\n]*\n/, '\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/data/torch_npu/v2.4.0-6.0.0/file-permissions.yaml has 16 rows but the table in content/upstream/torch_npu/2025-04-25_38dc4eecba.md has 17',
    );
  });

  test('a cell that differs from the statement', () => {
    const { status, output } = buildWith(newest('public-addresses.yaml'), (text) =>
      text.replace('address: https://gitee.com/ascend/torchair.git', 'address: https://gitee.com/ascend/torchair2.git'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${where('public-addresses.yaml')}: row 3 ("gitmodules-torchair") address is "https://gitee.com/ascend/torchair2.git" but content/upstream/`,
    );
  });

  test('a cell without its English', () => {
    const { status, output } = buildWith('translations/torch_npu.en.yaml', (text) =>
      text.replace('- zh: 依赖的开源代码仓\n  en: Open-source code repository it depends on\n', ''),
    );
    expect(status).not.toBe(0);
    // The tables' loader or the translations' may be the first to stop: each names the unit and the file.
    expect(output).toMatch(
      /"依赖的开源代码仓" has no English. Add it to content\/translations\/torch_npu\.en\.yaml|have no English in content\/translations\/torch_npu\.en\.yaml[\s\S]*依赖的开源代码仓/,
    );
  });

  test('a checklist step that cites a section the policy does not have', () => {
    const { status, output } = buildWith('data/hardening-steps.yaml', (text) =>
      text.replace('section: 系统安全加固 }', 'section: 系统加固 }'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/data/hardening-steps.yaml, step "aslr": content/docs/torch-npu.mdx has no section "系统加固"; its section keys are: 系统安全加固, 运行用户建议',
    );
  });

  test('a row without an id', () => {
    const { status, output } = buildWith(newest('file-permissions.yaml'), (text) =>
      text.replace('- id: debug-files\n  kind: file', '- kind: file'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${where('file-permissions.yaml')}: row 9 has no id.`);
  });
});
