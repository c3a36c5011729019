import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  projectText as read,
  pytorchManifest as pytorch,
  torchNpuManifest as torchNpu,
  upstreamFixtures,
} from '../support/upstream-fixtures';

// npm run upstream:sync against upstreams played by bare git repositories on disk, built from the
// real texts in content/upstream/ (tests/support/upstream-fixtures.ts). Each test gives the sync
// one change upstream and reads its report, and what it wrote to a copy of content/.

const project = new URL('../../', import.meta.url).pathname;
let work: string;
let root: string;
let fixtures: ReturnType<typeof upstreamFixtures>;
const torchNpuUpstream = () => fixtures.torchNpuUpstream();
const pytorchUpstream = () => fixtures.pytorchUpstream();
const sync = (...args: Parameters<typeof fixtures.sync>) => fixtures.sync(...args);
const snapshot = () => fixtures.snapshot();

test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'upstream-sync-test-'));
  root = join(work, 'site');
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
  fixtures = upstreamFixtures(work, root);
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));
test.describe.configure({ timeout: 60_000 });

/** Runs the sync with --write against the fixtures: it succeeds, says `said`, and writes nothing. */
function expectNothingWritten(remotes: { torchNpu: string; pytorch: string }, said: string) {
  const before = snapshot();
  const { status, output } = sync(remotes, '--write');
  expect(status, output).toBe(0);
  expect(output).toContain(said);
  expect(snapshot()).toEqual(before);
}

test('an upstream that holds what the site publishes: nothing new, nothing written', () => {
  const [ascend, torch] = [torchNpuUpstream(), pytorchUpstream()];
  expectNothingWritten({ torchNpu: ascend.url, pytorch: torch.url }, 'Nothing new: the site publishes what upstream holds.');
});

test('a new release branch, a changed text, a tag that shipped another text, a deleted branch and a rewritten one are each reported', () => {
  const ascend = torchNpuUpstream();
  const torch = pytorchUpstream();
  const [gone, edited, rewritten, tagged] = [torchNpu[0]!, torchNpu[1]!, torchNpu[2]!, torchNpu[3]!];
  // A new release: the newest text with one more paragraph.
  ascend.newRelease('v2.13.0-26.2.0', (text) => `${text}\n新的一段。\n`);
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
  ascend.newRelease('v2.13.0-26.1.0');
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
  ascend.newRelease('v2.13.0-26.2.0$(reboot)');
  expectNothingWritten({ torchNpu: ascend.url, pytorch: torch.url }, 'Ignored branch v2.13.0-26.2.0$(reboot): not a plain release name');
});

test('with --write, a release tag that shipped another text is recorded on its branch, and reported once', () => {
  const ascend = torchNpuUpstream();
  const torch = pytorchUpstream();
  const newest = torchNpu.at(-1)!;
  const [, pytorchVersion, release] = /^v([\d.]+)-([\d.]+)$/.exec(newest.branch)!;
  const tag = `v${release}.1-pytorch${pytorchVersion}`;
  // The tag holds an earlier text than the branch's tip, as 26.0.0's and 26.1.0's tags do upstream.
  ascend.git('checkout', '--quiet', '-b', 'before-the-fix', newest.branch);
  ascend.commit(
    newest.path,
    read(`content/upstream/${newest.file}`).replace('TorchNPU', 'Ascend Extension for PyTorch'),
    'before the rename',
  );
  ascend.git('tag', tag);
  ascend.git('push', '--quiet', 'origin', tag);
  const tagCommit = ascend.git('rev-parse', 'HEAD').trim();

  const first = sync({ torchNpu: ascend.url, pytorch: torch.url }, '--write');
  expect(first.status, first.output).toBe(0);
  expect(first.output).toContain(`Recorded that tag ${tag} shipped another text than ${newest.branch}`);
  const manifest = JSON.parse(readFileSync(join(root, 'content/upstream/torch_npu.json'), 'utf-8')) as Array<{
    branch: string;
    tags?: unknown;
  }>;
  expect(manifest.find((row) => row.branch === newest.branch)!.tags).toEqual([
    { name: tag, commit: tagCommit, textCommit: tagCommit, date: '2026-12-01T00:00:00+00:00', path: newest.path },
  ]);
  expect(manifest.filter((row) => row.tags)).toHaveLength(1);

  const again = sync({ torchNpu: ascend.url, pytorch: torch.url });
  expect(again.output).not.toContain(`Tag \`${tag}\``);
});
