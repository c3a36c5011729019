import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';

// `npm run upstream:add` on a fixture: a torch_npu 26.2.0 text that is 26.1.0's with one more public
// address and one more paragraph. It runs the command itself, in a copy of content/, and reads
// what it wrote.

const project = new URL('../../', import.meta.url).pathname;
const fixture = join(project, 'tests/support/upstream-add/');
let root: string;

function upstreamAdd(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [join(project, 'node_modules/tsx/dist/cli.mjs'), join(project, 'src/cli/upstream-add.ts'), ...args, '--root', root],
    {
      encoding: 'utf-8',
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under content/, with its text: to see that a refused run changed nothing. */
function snapshot() {
  const files = readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf-8')]),
  );
}

test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'upstream-add-'));
  for (const dir of ['content/upstream', 'content/data/torch_npu', 'content/translations'])
    cpSync(join(project, dir), join(root, dir), { recursive: true });
});
test.afterEach(() => rmSync(root, { recursive: true, force: true }));

const addFixture = (entry = join(fixture, 'entry.json')) =>
  upstreamAdd('torch_npu', '--text', join(fixture, 'SECURITYNOTE.md'), '--entry', entry);

test('adds the text, its manifest entry and its tables, and lists what needs translating', () => {
  const run = addFixture();
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);

  const manifest = JSON.parse(readFileSync(join(root, 'content/upstream/torch_npu.json'), 'utf-8'));
  const added = manifest.at(-1);
  expect(added).toMatchObject({
    branch: 'v2.12.0-26.2.0',
    release: '26.2.0',
    file: 'torch_npu/2026-11-02_0123456789.md',
    officialEnglish: null,
  });
  expect(Object.keys(added)).toEqual(Object.keys(manifest.at(-2)).filter((key) => key !== 'repositoryNote'));
  expect(readFileSync(join(root, 'content/upstream', added.file), 'utf-8')).toBe(readFileSync(join(fixture, 'SECURITYNOTE.md'), 'utf-8'));

  const dataDir = join(root, 'content/data/torch_npu/v2.12.0-26.2.0/');
  const addresses = yaml.load(readFileSync(join(dataDir, 'public-addresses.yaml'), 'utf-8')) as Array<Record<string, unknown>>;
  const previous = yaml.load(readFileSync(join(root, 'content/data/torch_npu/v2.12.0-26.1.0/public-addresses.yaml'), 'utf-8')) as Array<
    Record<string, unknown>
  >;
  // The rows 26.1.0 has keep their ids; the new one is last, as in the text.
  expect(addresses.slice(0, -1)).toEqual(previous);
  expect(addresses.at(-1)).toEqual({
    id: 'setup-py-index-html',
    origin: 'in-house',
    upstreamCode: [],
    files: ['setup.py'],
    address: 'https://example.org/wheels/index.html',
    purpose: '下载链接，用于下载新的测试依赖',
  });
  for (const table of ['file-permissions', 'communication-matrix']) {
    expect(readFileSync(join(dataDir, `${table}.yaml`), 'utf-8')).toBe(
      readFileSync(join(root, `content/data/torch_npu/v2.12.0-26.1.0/${table}.yaml`), 'utf-8').replaceAll(
        'v2.12.0-26.1.0',
        'v2.12.0-26.2.0',
      ),
    );
  }
  // What the site's English of the text needs: the new cell and the new paragraph.
  expect(run.stdout).toContain('  - zh: 下载链接，用于下载新的测试依赖');
  expect(run.stdout).toContain('  - zh: 新增的一段说明。');
  expect(run.stdout).toContain('(2; until then the English pages show them in Chinese, marked as not yet translated)');
  expect(run.stdout).toContain('public-addresses setup-py-index-html: new row');
});

test('refuses a branch it already has, and changes nothing', () => {
  expect(addFixture().status).toBe(0);
  const before = snapshot();
  const again = addFixture();
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('Branch v2.12.0-26.2.0 is already in content/upstream/torch_npu.json');
  expect(snapshot()).toEqual(before);
});

test('refuses a malformed entry, naming the field, and writes nothing', () => {
  const before = snapshot();
  const entry = JSON.parse(readFileSync(join(fixture, 'entry.json'), 'utf-8'));
  const bad = join(root, 'bad-entry.json');
  writeFileSync(bad, JSON.stringify({ ...entry, commit: '0123456' }));
  const run = addFixture(bad);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('commit: must be a full 40-character commit id');
  expect(snapshot()).toEqual(before);
  expect(existsSync(join(root, 'content/data/torch_npu/v2.12.0-26.2.0'))).toBe(false);
});

test('publishes a text it already has once: the new branch names the existing file', () => {
  const entry = JSON.parse(readFileSync(join(fixture, 'entry.json'), 'utf-8'));
  const same = join(root, 'same-entry.json');
  writeFileSync(same, JSON.stringify({ ...entry, branch: 'v2.13.0-26.1.0', pytorch: '2.13.0', release: '26.1.0' }));
  const run = upstreamAdd('torch_npu', '--text', join(root, 'content/upstream/torch_npu/2026-07-27_16bc883fa2.md'), '--entry', same);
  expect(run.status).toBe(0);
  const manifest = JSON.parse(readFileSync(join(root, 'content/upstream/torch_npu.json'), 'utf-8'));
  expect(manifest.at(-1)).toMatchObject({ branch: 'v2.13.0-26.1.0', file: 'torch_npu/2026-07-27_16bc883fa2.md' });
  expect(existsSync(join(root, 'content/data/torch_npu/v2.13.0-26.1.0'))).toBe(false);
});

test('refuses a branch that would move the address of a text it holds', () => {
  // ece06ef24c is published at v2.8.0-7.3.0; a v2.7.0-7.3.0 branch would be listed before it.
  const entry = {
    ...JSON.parse(readFileSync(join(fixture, 'entry.json'), 'utf-8')),
    branch: 'v2.7.0-7.3.0',
    pytorch: '2.7.0',
    release: '7.3.0',
  };
  const moving = join(root, 'moving-entry.json');
  writeFileSync(moving, JSON.stringify(entry));
  const before = snapshot();
  const run = upstreamAdd('torch_npu', '--text', join(root, 'content/upstream/torch_npu/2025-10-22_ece06ef24c.md'), '--entry', moving);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("moving that text's address /zh-cn/torch-npu/releases/v2.8.0-7.3.0/");
  expect(snapshot()).toEqual(before);
});

test('adds a PyTorch revision after the others, named by its commit', () => {
  const text = join(root, 'SECURITY.md');
  writeFileSync(text, '# Security Policy\n\nA newer text.\n');
  const entry = join(root, 'pytorch-entry.json');
  writeFileSync(
    entry,
    JSON.stringify({
      repository: 'https://github.com/pytorch/pytorch',
      path: 'SECURITY.md',
      commit: 'a'.repeat(40),
      date: null,
      dateNote: 'a test revision',
    }),
  );
  const run = upstreamAdd('pytorch', '--text', text, '--entry', entry);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const manifest = JSON.parse(readFileSync(join(root, 'content/upstream/pytorch.json'), 'utf-8'));
  expect(manifest.at(-1)).toEqual({
    policy: 'pytorch',
    order: 4,
    repository: 'https://github.com/pytorch/pytorch',
    path: 'SECURITY.md',
    commit: 'a'.repeat(40),
    date: null,
    dateNote: 'a test revision',
    file: 'pytorch/aaaaaaaaaa.md',
  });
  expect(readFileSync(join(root, 'content/upstream/pytorch/aaaaaaaaaa.md'), 'utf-8')).toBe('# Security Policy\n\nA newer text.\n');
  // The heading has its Chinese already; the new paragraph is listed for translating.
  expect(run.stdout).toContain('Translate in content/translations/pytorch.zh-CN.yaml (1;');
  expect(run.stdout).toContain('  - en: A newer text.');
  expect(run.stdout).not.toContain('  - en: Security Policy');
});
