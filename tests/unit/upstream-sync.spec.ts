import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// npm run upstream:sync against upstreams played by bare git repositories on disk, built here from
// the real texts in content/upstream/ (file:// speaks the protocol https:// does). Each test gives
// the sync one change upstream and reads its report, and what it wrote to a copy of content/.

const project = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(project, path), 'utf-8');
const torchNpu = JSON.parse(read('content/upstream/torch_npu.json')) as Array<{ branch: string; file: string; path: string }>;
const pytorch = JSON.parse(read('content/upstream/pytorch.json')) as Array<{ file: string }>;

let work: string;
let root: string;

/** Runs git in `dir`, with a fixed identity and dates, so commits are the same on every run. */
function git(dir: string, ...args: string[]) {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf-8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Upstream',
      GIT_AUTHOR_EMAIL: 'upstream@example.invalid',
      GIT_COMMITTER_NAME: 'Upstream',
      GIT_COMMITTER_EMAIL: 'upstream@example.invalid',
      GIT_AUTHOR_DATE: '2026-12-01T00:00:00+00:00',
      GIT_COMMITTER_DATE: '2026-12-01T00:00:00+00:00',
    },
  });
}

/** A working repository whose `publish()` pushes to a bare one that allows partial clones, as GitHub does. */
function upstream(name: string) {
  const bare = join(work, `${name}.git`);
  const tree = join(work, name);
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  git(bare, 'config', 'uploadpack.allowFilter', 'true');
  git(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', tree]);
  git(tree, 'remote', 'add', 'origin', bare);
  const commit = (path: string, text: string | Buffer, message: string) => {
    execFileSync('mkdir', ['-p', join(tree, path, '..')]);
    writeFileSync(join(tree, path), text);
    git(tree, 'add', '-A');
    git(tree, 'commit', '--quiet', '-m', message);
  };
  return { url: `file://${bare}`, tree, commit, git: (...args: string[]) => git(tree, ...args) };
}

/** Ascend/pytorch as the manifest has it: each release branch with its text. */
function torchNpuUpstream() {
  const repo = upstream('ascend');
  repo.commit('README.md', 'torch_npu\n', 'start');
  for (const row of torchNpu) {
    repo.git('checkout', '--quiet', '-B', row.branch, 'main');
    repo.commit(row.path, read(`content/upstream/${row.file}`), `statement of ${row.branch}`);
    repo.git('push', '--quiet', 'origin', row.branch);
  }
  repo.git('checkout', '--quiet', 'main');
  repo.git('push', '--quiet', 'origin', 'main');
  // The copy's manifest names this upstream's commits, as the real one names Ascend/pytorch's.
  const manifest = JSON.parse(readFileSync(join(root, 'content/upstream/torch_npu.json'), 'utf-8')) as Array<{
    branch: string;
    commit: string;
  }>;
  for (const row of manifest) row.commit = repo.git('rev-parse', row.branch).trim();
  writeFileSync(join(root, 'content/upstream/torch_npu.json'), JSON.stringify(manifest, null, 1));
  return repo;
}

/** pytorch/pytorch's main with the manifest's texts, one commit each. */
function pytorchUpstream() {
  const repo = upstream('pytorch');
  const manifest = JSON.parse(readFileSync(join(root, 'content/upstream/pytorch.json'), 'utf-8')) as Array<{
    file: string;
    commit: string | null;
  }>;
  for (const row of manifest) {
    repo.commit('SECURITY.md', read(`content/upstream/${row.file}`), `SECURITY.md as ${row.file}`);
    if (row.commit) row.commit = repo.git('rev-parse', 'HEAD').trim();
  }
  writeFileSync(join(root, 'content/upstream/pytorch.json'), JSON.stringify(manifest, null, 1));
  repo.git('push', '--quiet', 'origin', 'main');
  return repo;
}

function sync(remotes: { torchNpu: string; pytorch: string }, ...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      join(project, 'node_modules/tsx/dist/cli.mjs'),
      join(project, 'src/cli/upstream-sync.ts'),
      '--torch-npu-remote',
      remotes.torchNpu,
      '--pytorch-remote',
      remotes.pytorch,
      '--root',
      root,
      ...args,
    ],
    { encoding: 'utf-8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Every file under the copy's content/, with its text. */
function snapshot() {
  return Object.fromEntries(
    readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, readFileSync(path, 'utf-8')];
      }),
  );
}

test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'upstream-sync-test-'));
  root = join(work, 'site');
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ timeout: 60_000 });

test('an upstream that holds what the site publishes: nothing new, nothing written', () => {
  const [ascend, torch] = [torchNpuUpstream(), pytorchUpstream()];
  const before = snapshot();
  const { status, output } = sync({ torchNpu: ascend.url, pytorch: torch.url }, '--write');
  expect(status, output).toBe(0);
  expect(output).toContain('Nothing new: the site publishes what upstream holds.');
  expect(snapshot()).toEqual(before);
});

test('a new release branch, a changed text, a tag that shipped another text, a deleted branch and a rewritten one are each reported', () => {
  const ascend = torchNpuUpstream();
  const torch = pytorchUpstream();
  const newest = torchNpu.at(-1)!;
  const [gone, edited, rewritten, tagged] = [torchNpu[0]!, torchNpu[1]!, torchNpu[2]!, torchNpu[3]!];
  // A new release: the newest text with one more paragraph.
  ascend.git('checkout', '--quiet', '-B', 'v2.13.0-26.2.0', newest.branch);
  ascend.commit(newest.path, `${read(`content/upstream/${newest.file}`)}\n新的一段。\n`, 'release 26.2.0');
  ascend.git('push', '--quiet', 'origin', 'v2.13.0-26.2.0');
  // An edit on a branch the site publishes.
  ascend.git('checkout', '--quiet', edited.branch);
  ascend.commit(edited.path, `${read(`content/upstream/${edited.file}`)}\n修改。\n`, 'edit');
  ascend.git('push', '--quiet', 'origin', edited.branch);
  // A tag on an older commit of a branch, whose text the branch then changed.
  ascend.git('checkout', '--quiet', tagged.branch);
  const [, pytorchVersion, release] = /^v([\d.]+)-([\d.]+)$/.exec(tagged.branch)!;
  ascend.git('tag', `v${release}.1-pytorch${pytorchVersion}`);
  ascend.git('push', '--quiet', 'origin', `v${release}.1-pytorch${pytorchVersion}`);
  ascend.commit(tagged.path, `${read(`content/upstream/${tagged.file}`)}\n表格修正。\n`, 'table fix');
  ascend.git('push', '--quiet', 'origin', tagged.branch);
  // A branch deleted, and one force-pushed to a history without the manifest's commit.
  ascend.git('push', '--quiet', 'origin', '--delete', gone.branch);
  ascend.git('checkout', '--quiet', '--orphan', 'rewritten');
  ascend.commit(rewritten.path, read(`content/upstream/${rewritten.file}`), 'rewritten history');
  ascend.git('push', '--quiet', '--force', 'origin', `rewritten:${rewritten.branch}`);

  const before = snapshot();
  const { status, output } = sync({ torchNpu: ascend.url, pytorch: torch.url });
  expect(status, output).toBe(0);
  expect(output).toContain('New release branch `v2.13.0-26.2.0`');
  expect(output).toContain(`\`${edited.branch}\`'s text changed upstream`);
  expect(output).toContain(`Tag \`v${release}.1-pytorch${pytorchVersion}\` shipped a text other than the tip of \`${tagged.branch}\``);
  expect(output).toContain(`Branch \`${gone.branch}\` is gone upstream`);
  expect(output).toContain(`Branch \`${rewritten.branch}\` was rewritten (force-pushed)`);
  // Without --write, the report only.
  expect(snapshot()).toEqual(before);
});

test('with --write, a new release branch and a new PyTorch commit become entries filled from git', () => {
  const ascend = torchNpuUpstream();
  const torch = pytorchUpstream();
  const newest = torchNpu.at(-1)!;
  ascend.git('checkout', '--quiet', '-B', 'v2.13.0-26.1.0', newest.branch);
  ascend.git('push', '--quiet', 'origin', 'v2.13.0-26.1.0');
  torch.commit('SECURITY.md', `${read(`content/upstream/${pytorch.at(-1)!.file}`)}\nOne more line.\n`, 'new policy text');
  torch.git('push', '--quiet', 'origin', 'main');
  const commit = torch.git('rev-parse', 'HEAD').trim();

  const { status, output } = sync({ torchNpu: ascend.url, pytorch: torch.url }, '--write');
  expect(status, output).toBe(0);
  const manifest = JSON.parse(readFileSync(join(root, 'content/upstream/torch_npu.json'), 'utf-8')) as Array<Record<string, unknown>>;
  const added = manifest.find((row) => row.branch === 'v2.13.0-26.1.0')!;
  // The same text as the newest branch: the same file, and the commit that made that text.
  expect(added).toMatchObject({ release: '26.1.0', pytorch: '2.13.0', path: newest.path, file: newest.file });
  expect(added.commit).toMatch(/^[0-9a-f]{40}$/);
  const torchManifest = JSON.parse(readFileSync(join(root, 'content/upstream/pytorch.json'), 'utf-8')) as Array<Record<string, unknown>>;
  expect(torchManifest.at(-1)).toMatchObject({ commit, date: '2026-12-01T00:00:00+00:00', file: `pytorch/${commit.slice(0, 10)}.md` });
  expect(readFileSync(join(root, `content/upstream/pytorch/${commit.slice(0, 10)}.md`), 'utf-8')).toContain('One more line.');
});

test('an unreachable remote, a text over the size limit and bytes that are not UTF-8 are refused, and nothing is written', () => {
  const ascend = torchNpuUpstream();
  const torch = pytorchUpstream();
  const before = snapshot();

  const unreachable = sync({ torchNpu: `file://${work}/missing.git`, pytorch: torch.url }, '--write');
  expect(unreachable.status).toBe(1);
  expect(unreachable.output).toMatch(/upstream:sync: git ls-remote from file:\/\/.*missing\.git failed/);
  expect(unreachable.output).toContain('Nothing was written.');

  const newest = torchNpu.at(-1)!;
  ascend.git('checkout', '--quiet', '-B', 'v2.13.0-26.2.0', newest.branch);
  ascend.commit(newest.path, Buffer.alloc(50 * 1024 * 1024, 'a'), 'a 50 MB statement');
  ascend.git('push', '--quiet', 'origin', 'v2.13.0-26.2.0');
  const huge = sync({ torchNpu: ascend.url, pytorch: torch.url }, '--write');
  expect(huge.status).toBe(1);
  expect(huge.output).toContain(`v2.13.0-26.2.0:${newest.path} is 52428800 bytes, over the 1000000-byte limit`);

  ascend.commit(newest.path, Buffer.from([0xe5, 0xae, 0x89, 0xff, 0xfe, 0x0a]), 'bytes that are not UTF-8');
  ascend.git('push', '--quiet', 'origin', 'v2.13.0-26.2.0');
  const binary = sync({ torchNpu: ascend.url, pytorch: torch.url }, '--write');
  expect(binary.status).toBe(1);
  expect(binary.output).toContain(`v2.13.0-26.2.0:${newest.path} is not UTF-8 text`);
  expect(snapshot()).toEqual(before);
});

test('a branch or tag that is not a plain release name never becomes a file name', () => {
  const ascend = torchNpuUpstream();
  const torch = pytorchUpstream();
  const newest = torchNpu.at(-1)!;
  ascend.git('checkout', '--quiet', '-B', 'v2.13.0-26.2.0$(reboot)', newest.branch);
  ascend.git('push', '--quiet', 'origin', 'v2.13.0-26.2.0$(reboot)');
  const before = snapshot();
  const { status, output } = sync({ torchNpu: ascend.url, pytorch: torch.url }, '--write');
  expect(status, output).toBe(0);
  expect(output).toContain('Ignored branch v2.13.0-26.2.0$(reboot): not a plain release name');
  expect(snapshot()).toEqual(before);
});
