import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject, root as project } from '../support/project-copy';
import { projectText, pytorchManifest, torchNpuManifest, upstreamFixtures } from '../support/upstream-fixtures';

// A new release upstream reaches the current pages through the sync alone: a copy of the project,
// upstreams played by bare git repositories built from the real texts, `npm run upstream:sync --
// --write`, then a build. No page is edited; what has no translation yet publishes in the original,
// marked.

const tag = { name: 'v26.1.0.1-pytorch2.12.0', branch: torchNpuManifest.at(-1)!.branch };
const added = { torchNpu: '本段为 26.2.0 新增的说明。', pytorch: 'A paragraph PyTorch added after the newest text here.' };

let copy: ReturnType<typeof copyProject>;
let work: string;
let synced: { status: number | null; output: string };
let build: { status: number | null; output: string };
test.beforeAll(() => {
  test.setTimeout(240_000);
  copy = copyProject('sync-to-current-');
  work = mkdtempSync(join(tmpdir(), 'sync-to-current-upstream-'));
  const fixtures = upstreamFixtures(work, copy.folder);
  const ascend = fixtures.torchNpuUpstream();
  // A release tag of the newest branch that shipped an earlier text than the branch's tip.
  const newest = torchNpuManifest.at(-1)!;
  ascend.git('checkout', '--quiet', '-b', 'before-the-fix', newest.branch);
  ascend.commit(newest.path, `${projectText(`content/upstream/${newest.file}`)}\n标签中的旧文本。\n`, 'an earlier text');
  ascend.git('tag', tag.name);
  ascend.git('push', '--quiet', 'origin', tag.name);
  ascend.newRelease('v2.13.0-26.2.0', (text) => `${text}\n${added.torchNpu}\n`);
  const torch = fixtures.pytorchUpstream();
  torch.commit('SECURITY.md', `${projectText(`content/upstream/${pytorchManifest.at(-1)!.file}`)}\n${added.pytorch}\n`, 'a newer policy');
  torch.git('push', '--quiet', 'origin', 'main');
  synced = fixtures.sync({ torchNpu: ascend.url, pytorch: torch.url }, '--write');
  const run = spawnSync(process.execPath, [join(copy.folder, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy.folder,
    encoding: 'utf-8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
});
test.afterAll(() => {
  copy.remove();
  rmSync(work, { recursive: true, force: true });
});

const built = (page: string) => readFileSync(join(copy.folder, 'dist', page, 'index.html'), 'utf-8');

test('the sync records the new release and the new PyTorch text, and the build publishes them', () => {
  expect(synced.status, synced.output).toBe(0);
  expect(synced.output).toContain('New release branch `v2.13.0-26.2.0`');
  expect(synced.output).toContain(`Recorded that tag ${tag.name} shipped another text than ${tag.branch}`);
  expect(build.status, build.output).toBe(0);
  expect(build.output).toMatch(/content\/upstream\/torch_npu\/[\w.-]+\.md: 1 unit\(s\) not yet translated/);
  expect(build.output).toMatch(/content\/upstream\/pytorch\/[\w.-]+\.md: 1 unit\(s\) not yet translated/);
});

test('no page was edited: the current pages are the files of this checkout', () => {
  for (const page of ['torch-npu.mdx', 'zh-cn/torch-npu.mdx', 'pytorch.mdx', 'zh-cn/pytorch.mdx']) {
    expect(readFileSync(join(copy.folder, 'content/docs', page), 'utf-8')).toBe(readFileSync(join(project, 'content/docs', page), 'utf-8'));
  }
});

test('/zh-cn/torch-npu/ and /torch-npu/ show the new release, its new paragraph untranslated and marked in English', () => {
  const chinese = built('zh-cn/torch-npu');
  expect(chinese).toContain(`<p>${added.torchNpu}</p>`);
  expect(chinese).toMatch(/torch_npu 26\.2\.0（PyTorch 2\.13\.0）/);
  const english = built('torch-npu');
  expect(english).toContain(
    `<p lang="zh-CN" data-untranslated=""><span class="untranslated-mark" data-site-note="" lang="en">Not yet translated</span> ${added.torchNpu}</p>`,
  );
  expect(english).toContain('torch_npu 26.2.0 for PyTorch 2.13.0');
  // The new release's own pages, in both languages.
  expect(built('zh-cn/torch-npu/releases/v2.13.0-26.2.0')).toContain(`<p>${added.torchNpu}</p>`);
  expect(built('torch-npu/releases/v2.13.0-26.2.0')).toContain(added.torchNpu);
});

test('/pytorch/ and /zh-cn/pytorch/ show the new PyTorch text, its new paragraph in English marked on the Chinese page', () => {
  expect(built('pytorch')).toContain(`<p>${added.pytorch}</p>`);
  expect(built('zh-cn/pytorch')).toContain(
    `<p lang="en" data-untranslated=""><span class="untranslated-mark" data-site-note="" lang="zh-CN">尚未翻译</span> ${added.pytorch}</p>`,
  );
});

test("the newest branch's release page says which text its release tag shipped, and links both", () => {
  for (const page of [`zh-cn/torch-npu/releases/${tag.branch}`, `torch-npu/releases/${tag.branch}`]) {
    const html = built(page);
    const note = new RegExp(`<p [^>]*data-tag-text="${tag.name.replaceAll('.', '\\.')}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
    expect(note, page).not.toBeNull();
    expect(note![1]).toContain(tag.name);
    expect(note![1]).toMatch(
      /href="https:\/\/github\.com\/Ascend\/pytorch\/blob\/[0-9a-f]{40}\/SECURITYNOTE\.md"[\s\S]*href="https:\/\/github\.com\/Ascend\/pytorch\/blob\/[0-9a-f]{40}\/SECURITYNOTE\.md"/,
    );
  }
});
