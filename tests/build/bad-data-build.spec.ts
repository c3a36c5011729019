import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

// Breaks one data file in a copy of the project and builds it: the build must stop and say which
// file, entry and field is wrong, and what is allowed.

const root = fileURLToPath(new URL('../../', import.meta.url));
const projectFiles = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'SECURITY.md', 'src', 'content', 'public'];

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
    const dataFile = join(copy, 'content/data', file);
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

  test('a mode whose octal and rwx disagree', () => {
    const { status, output } = buildWith('file-permissions.yaml', (text) =>
      text.replace("octal: '750'\n    symbolic: rwxr-x---", "octal: '750'\n    symbolic: rwxr-x--x"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('filePermissions → user-home-directory');
    expect(output).toContain('maxMode.symbolic: octal 750 means rwxr-x---, but symbolic is rwxr-x--x; make the two agree');
    expect(output).toContain('content/data/file-permissions.yaml');
  });

  test('a port outside its range', () => {
    const { status, output } = buildWith('communication-matrix.yaml', (text) =>
      text.replace('range: { min: 1024, max: 65520 }', 'range: { min: 61000, max: 65520 }'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('communicationMatrix → hccl');
    expect(output).toContain('listenPorts.0.port: 60000 is outside the range 61000–65520');
    expect(output).toContain('content/data/communication-matrix.yaml');
  });

  test('a malformed URL', () => {
    const { status, output } = buildWith('public-addresses.yaml', (text) =>
      text.replace('address: https://gitee.com/ascend/torchair.git', 'address: gitee.com/ascend/torchair.git'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('publicAddresses → gitmodules-torchair');
    expect(output).toContain('address: must be an absolute http:// or https:// URL');
    expect(output).toContain('content/data/public-addresses.yaml');
  });

  test('a missing required field', () => {
    const { status, output } = buildWith('public-addresses.yaml', (text) =>
      text.replace(
        '  file: setup.cfg\n  address: https://gitee.com/ascend/pytorch/tags\n',
        '  address: https://gitee.com/ascend/pytorch/tags\n',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('publicAddresses → setup-cfg-download-url');
    expect(output).toContain('file: must be a repository path with / separators');
    expect(output).toContain('content/data/public-addresses.yaml');
  });

  test('a checklist step that cites a section the policy does not have', () => {
    const { status, output } = buildWith('hardening-steps.yaml', (text) => text.replace('section: 系统安全加固 }', 'section: 系统加固 }'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/data/hardening-steps.yaml, step "aslr": content/docs/torch-npu.mdx has no section "系统加固"; its section keys are: 漏洞风险提示, 系统安全加固',
    );
  });

  test('a row without an id', () => {
    const { status, output } = buildWith('file-permissions.yaml', (text) =>
      text.replace('- id: debug-files\n  kind: file', '- kind: file'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/data/file-permissions.yaml: row 9 has no id.');
  });
});
