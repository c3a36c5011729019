// Upstreams played by bare git repositories on disk, built from the real texts in content/upstream/
// (file:// speaks the protocol https:// does), and npm run upstream:sync run against them, for the
// unit tier's sync tests and the bad-data tier's sync-then-build test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root as project } from './project-copy';

const read = (path: string) => readFileSync(join(project, path), 'utf-8');
export const torchNpuManifest = JSON.parse(read('content/upstream/torch_npu.json')) as Array<{
  branch: string;
  file: string;
  path: string;
}>;
export const pytorchManifest = JSON.parse(read('content/upstream/pytorch.json')) as Array<{ file: string }>;
/** A text of this checkout, by its path in the project. */
export const projectText = read;

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

/**
 * Fixture upstreams in `work`, for the site whose content/ is under `root` (a copy: the sync
 * rewrites its manifests to name the fixtures' commits).
 */
export function upstreamFixtures(work: string, root: string) {
  /** A working repository that pushes to a bare one allowing partial clones, as GitHub's does. */
  function upstream(name: string) {
    const bare = join(work, `${name}.git`);
    const tree = join(work, name);
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
    git(bare, 'config', 'uploadpack.allowFilter', 'true');
    git(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    execFileSync('git', ['init', '--quiet', '--initial-branch=main', tree]);
    git(tree, 'remote', 'add', 'origin', bare);
    const commit = (path: string, text: string | Buffer, message: string) => {
      mkdirSync(join(tree, path, '..'), { recursive: true });
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
    for (const row of torchNpuManifest) {
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
    return {
      ...repo,
      /**
       * A new release branch, made from the newest branch's text, pushed; `text` edits the text.
       * @returns the branch's path of the statement
       */
      newRelease(branch: string, text: (newest: string) => string = (newest) => newest) {
        const newest = torchNpuManifest.at(-1)!;
        repo.git('checkout', '--quiet', '-B', branch, newest.branch);
        const edited = text(read(`content/upstream/${newest.file}`));
        if (edited !== read(`content/upstream/${newest.file}`)) repo.commit(newest.path, edited, `statement of ${branch}`);
        repo.git('push', '--quiet', 'origin', branch);
        return newest.path;
      },
    };
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

  /** npm run upstream:sync for the site under `root`, against the fixtures. */
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

  /** Every file under the site's content/, with its text. */
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

  return { upstream, torchNpuUpstream, pytorchUpstream, sync, snapshot };
}
