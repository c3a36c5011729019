/**
 * What `npm run upstream:sync` reads of an upstream repository, with git itself (git-ls-remote(1),
 * git-fetch(1) with `--filter=blob:none`, git-cat-file(1)): no API, no token, and no blob but the
 * statement files' own. Any remote git speaks to works: `https://github.com/Ascend/pytorch`, its
 * gitcode home, or a bare repository on disk (`file:///…`), which the tests build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A remote that did not answer, or answered with something git could not read. */
export class RemoteError extends Error {}

/** A ref on the remote: its short name (`v2.4.0-6.0.0`) and the commit it names (40 hex digits). */
export interface RemoteRef {
  name: string;
  commit: string;
}

/** A file at a commit: its blob id and size in bytes, as git-ls-tree(1) `-l` prints them. */
export interface RemoteFile {
  path: string;
  blob: string;
  size: number;
}

/** A scratch repository that fetches from one remote; `remove()` deletes it. */
export interface Scratch {
  dir: string;
  git: (...args: string[]) => string;
  remove: () => void;
}

/**
 * Opens a scratch bare repository whose `origin` is `url`, set up for a partial clone: commits and
 * trees are fetched, blobs only when read (gitrepository-layout(5), "promisor" remotes).
 */
export function scratchRepository(url: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-sync-'));
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', ['-C', dir, ...args], {
        encoding: 'utf-8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
      throw new RemoteError(`git ${args[0]} from ${url} failed: ${stderr || (error as Error).message}`);
    }
  };
  git('init', '--quiet', '--bare');
  git('remote', 'add', 'origin', url);
  git('config', 'remote.origin.promisor', 'true');
  git('config', 'remote.origin.partialclonefilter', 'blob:none');
  return { dir, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The remote's branches and tags (git-ls-remote(1)); annotated tags name the commit they point at. */
export function listRefs(scratch: Scratch): { branches: RemoteRef[]; tags: RemoteRef[] } {
  const lines = scratch.git('ls-remote', '--heads', '--tags', 'origin').trim().split('\n').filter(Boolean);
  const branches: RemoteRef[] = [];
  const tags = new Map<string, string>();
  for (const line of lines) {
    const [commit, ref] = line.split('\t') as [string, string];
    if (ref.startsWith('refs/heads/')) branches.push({ name: ref.slice('refs/heads/'.length), commit });
    else if (ref.endsWith('^{}')) tags.set(ref.slice('refs/tags/'.length, -3), commit);
    else if (ref.startsWith('refs/tags/') && !tags.has(ref.slice('refs/tags/'.length))) tags.set(ref.slice('refs/tags/'.length), commit);
  }
  return { branches, tags: [...tags].map(([name, commit]) => ({ name, commit })) };
}

/**
 * Fetches the named refs' commits and trees, no blobs (`--filter=blob:none`); `since` (ISO date)
 * cuts the history at that date (`--shallow-since`), for a long history such as pytorch/pytorch's.
 */
export function fetchRefs(scratch: Scratch, refs: string[], since?: string) {
  if (refs.length === 0) return;
  scratch.git(
    'fetch',
    '--quiet',
    '--no-tags',
    '--filter=blob:none',
    ...(since ? [`--shallow-since=${since}`] : []),
    'origin',
    ...refs.map((ref) => `+${ref}:${ref}`),
  );
}

/** The file at `path` in a fetched commit, or undefined when the commit has none there. */
export function fileAt(scratch: Scratch, commit: string, path: string): RemoteFile | undefined {
  const line = scratch.git('ls-tree', '-l', commit, '--', path).trim();
  if (!line) return undefined;
  const [meta, name] = line.split('\t') as [string, string];
  const [, type, blob, size] = meta.split(/\s+/) as [string, string, string, string];
  if (type !== 'blob') return undefined;
  return { path: name, blob, size: Number(size) };
}

/** A blob's bytes; the partial clone fetches it from the remote on first read. */
export function readBlob(scratch: Scratch, blob: string): Buffer {
  return execFileSync('git', ['-C', scratch.dir, 'cat-file', 'blob', blob], { maxBuffer: 256 * 1024 * 1024 });
}

/** The commit that last changed `path` before `commit`, with its committer date (ISO 8601), or undefined. */
export function lastChange(scratch: Scratch, commit: string, path: string): { commit: string; date: string } | undefined {
  const line = scratch.git('log', '-1', '--format=%H %cI', commit, '--', path).trim();
  if (!line) return undefined;
  const [hash, date] = line.split(' ') as [string, string];
  return { commit: hash, date };
}

/** Every commit on `ref` that changed `path`, oldest first. */
export function changesOf(scratch: Scratch, ref: string, path: string): Array<{ commit: string; date: string }> {
  return scratch
    .git('log', '--reverse', '--format=%H %cI', ref, '--', path)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, date] = line.split(' ') as [string, string];
      return { commit, date };
    });
}

/** Whether `ancestor` is reachable from `commit` (git-merge-base(1) `--is-ancestor`). */
export function isAncestor(scratch: Scratch, ancestor: string, commit: string): boolean {
  try {
    scratch.git('merge-base', '--is-ancestor', ancestor, commit);
    return true;
  } catch {
    return false;
  }
}
