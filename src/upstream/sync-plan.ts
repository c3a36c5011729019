/**
 * What `npm run upstream:sync` finds when it compares upstream with the manifests in
 * content/upstream/: new release branches and PyTorch commits, texts changed or gone upstream,
 * rewritten branches, and release tags that shipped a text other than their branch's tip. Pure:
 * the command reads git (src/upstream/git-remote.ts) and hands this module what it read.
 */
import { createHash } from 'node:crypto';

/** A text larger than this is refused: the statements are 5 to 25 KB. */
export const maxTextBytes = 1_000_000;

/** A release branch, as Ascend/pytorch names them: `v<PyTorch version>-<torch_npu release>`. */
export const releaseBranch = /^v(\d+\.\d+\.\d+)-(\d+\.\d+\.\d+)$/;
/** A release tag: `v<release>[.<patch>]-pytorch<PyTorch version>` (`v6.0.0.1-pytorch2.4.0`). */
export const releaseTag = /^v(\d+(?:\.\d+){1,4})-pytorch(\d+(?:\.\d+){1,3})$/;
/** A statement's path in the repository: plain segments, no `..`. */
const plainPath = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[\w.-]+(?:\/[\w.-]+)*$/;

/** Input the sync refuses before it becomes a file name, a URL or a page. */
export class SyncRefusal extends Error {}

/** git's blob id of a text (git-hash-object(1)): equal ids, equal bytes. */
export function gitBlobId(bytes: Buffer | string): string {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf-8') : bytes;
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

/**
 * A text fetched from upstream, checked as untrusted input.
 * @param where e.g. `Ascend/pytorch v2.4.0-6.0.0:SECURITYNOTE.md`
 * @returns the text, decoded as UTF-8
 * @throws SyncRefusal naming `where` when it is over `maxTextBytes` or is not UTF-8
 */
export function checkedText(bytes: Buffer, where: string): string {
  if (bytes.length > maxTextBytes) {
    throw new SyncRefusal(`${where} is ${bytes.length} bytes, over the ${maxTextBytes}-byte limit for a statement; nothing was written.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncRefusal(`${where} is not UTF-8 text; nothing was written.`);
  }
}

/** A path is refused unless it is plain (`SECURITYNOTE.md`, `docs/zh/SECURITYNOTE.md`). */
export function checkedPath(path: string, where: string): string {
  if (!plainPath.test(path))
    throw new SyncRefusal(`${where}: the path ${JSON.stringify(path)} is not a plain file path; nothing was written.`);
  return path;
}

/** What the sync found, one item per change, each with a sentence for the report. */
export type Finding =
  | { kind: 'new-branch'; branch: string; commit: string; path: string; blob: string }
  | { kind: 'changed'; branch: string; commit: string; path: string; was: string }
  | { kind: 'gone'; branch: string }
  | { kind: 'rewritten'; branch: string; was: string; tip: string }
  | { kind: 'tag-differs'; tag: string; branch: string; path: string; tagCommit: string }
  | { kind: 'new-commit'; commit: string; date: string }
  | { kind: 'not-plain'; ref: string };

/** A torch_npu branch or tag as the command read it: its commit, and its statement if it has one. */
export interface RemoteStatement {
  name: string;
  commit: string;
  file?: { path: string; blob: string };
}

/**
 * torch_npu's findings.
 * @param manifest content/upstream/torch_npu.json's rows (branch, commit, file)
 * @param localBlob git's blob id of a file under content/upstream/
 * @param branches the remote's branches, each with its statement at the tip
 * @param tags the remote's tags, each with its statement
 * @param reachable whether a manifest commit is still on its branch
 */
export function torchNpuFindings(
  manifest: Array<{ branch: string; commit: string; file: string; tags?: Array<{ name: string; commit: string }> }>,
  localBlob: (file: string) => string,
  branches: RemoteStatement[],
  tags: RemoteStatement[],
  reachable: (commit: string, branch: string) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  const remote = new Map(branches.map((branch) => [branch.name, branch]));
  for (const row of manifest) {
    const branch = remote.get(row.branch);
    if (!branch) {
      findings.push({ kind: 'gone', branch: row.branch });
      continue;
    }
    if (!reachable(row.commit, row.branch)) findings.push({ kind: 'rewritten', branch: row.branch, was: row.commit, tip: branch.commit });
    if (branch.file && branch.file.blob !== localBlob(row.file)) {
      findings.push({ kind: 'changed', branch: row.branch, commit: branch.commit, path: branch.file.path, was: row.file });
    }
  }
  const known = new Set(manifest.map((row) => row.branch));
  for (const branch of branches) {
    if (known.has(branch.name)) continue;
    if (!releaseBranch.test(branch.name)) {
      if (/^v\d/.test(branch.name)) findings.push({ kind: 'not-plain', ref: `branch ${branch.name}` });
    } else if (branch.file) {
      findings.push({ kind: 'new-branch', branch: branch.name, commit: branch.commit, path: branch.file.path, blob: branch.file.blob });
    }
  }
  for (const tag of tags) {
    const match = releaseTag.exec(tag.name);
    if (!match) {
      if (/^v\d/.test(tag.name) && /pytorch/i.test(tag.name)) findings.push({ kind: 'not-plain', ref: `tag ${tag.name}` });
      continue;
    }
    const [, release, pytorch] = match as unknown as [string, string, string];
    // The tag's branch: the same PyTorch version, the release the tag's version begins with.
    const branch = branches.find((b) => {
      const m = releaseBranch.exec(b.name);
      return m && m[1] === pytorch && `${release}.`.startsWith(`${m[2]}.`);
    });
    // A tag the manifest records already, at the same commit, is no news.
    const recorded = manifest.some((row) => row.tags?.some((known) => known.name === tag.name && known.commit === tag.commit));
    if (branch?.file && tag.file && tag.file.blob !== branch.file.blob && !recorded) {
      findings.push({ kind: 'tag-differs', tag: tag.name, branch: branch.name, path: tag.file.path, tagCommit: tag.commit });
    }
  }
  return findings;
}

/**
 * PyTorch's findings: the commits on `main` that changed SECURITY.md and that the manifest lacks,
 * after the newest it has.
 */
export function pytorchFindings(manifestCommits: string[], changes: Array<{ commit: string; date: string }>): Finding[] {
  const known = new Set(manifestCommits);
  const newestKnown = changes.findLastIndex((change) => known.has(change.commit));
  return changes.slice(newestKnown + 1).map(({ commit, date }) => ({ kind: 'new-commit', commit, date }));
}

/** The report, in Markdown: it doubles as the body of the pull request the workflow opens. */
export function syncReport(policy: string, repository: string, findings: Finding[]): string {
  const line = (finding: Finding): string => {
    switch (finding.kind) {
      case 'new-branch':
        return `New release branch \`${finding.branch}\` (${finding.path} at ${finding.commit.slice(0, 10)}).`;
      case 'changed':
        return `\`${finding.branch}\`'s text changed upstream (${finding.path} at ${finding.commit.slice(0, 10)}); the site publishes content/upstream/${finding.was}.`;
      case 'gone':
        return `Branch \`${finding.branch}\` is gone upstream; the site keeps publishing its text.`;
      case 'rewritten':
        return `Branch \`${finding.branch}\` was rewritten (force-pushed): ${finding.was.slice(0, 10)} is no longer on it; its tip is ${finding.tip.slice(0, 10)}.`;
      case 'tag-differs':
        return `Tag \`${finding.tag}\` shipped a text other than the tip of \`${finding.branch}\` (${finding.path} at ${finding.tagCommit.slice(0, 10)}).`;
      case 'new-commit':
        return `New commit ${finding.commit.slice(0, 10)} (${finding.date.slice(0, 10)}) changed SECURITY.md.`;
      case 'not-plain':
        return `Ignored ${finding.ref}: not a plain release name, so it never becomes a file name or address.`;
    }
  };
  const lines = findings.map((finding) => `- ${line(finding)}`);
  return `### ${policy} (${repository})\n\n${lines.length > 0 ? lines.join('\n') : 'Nothing new: the site publishes what upstream holds.'}\n`;
}

/** A release tag that shipped another text than its branch, as the manifest records it. */
export interface TagText {
  name: string;
  commit: string;
  textCommit: string;
  date: string;
  path: string;
}

/**
 * The manifest with each tag recorded on its branch's row (`tags`), replacing a record of the
 * same tag. Pure.
 * @param manifest content/upstream/torch_npu.json's rows, as the file has them
 * @param tags each tag, with its branch
 */
export function withTagTexts<R extends { branch: string; tags?: TagText[] }>(
  manifest: R[],
  tags: Array<TagText & { branch: string }>,
): R[] {
  return manifest.map((row) => {
    const mine = tags.filter((tag) => tag.branch === row.branch).map(({ branch: _, ...tag }) => tag);
    if (mine.length === 0) return row;
    const kept = (row.tags ?? []).filter((known) => !mine.some((tag) => tag.name === known.name));
    return { ...row, tags: [...kept, ...mine].sort((a, b) => a.name.localeCompare(b.name)) };
  });
}
