/**
 * npm run upstream:sync -- [--write] [--report FILE] [--torch-npu-remote URL] [--pytorch-remote URL] [--root DIR]
 *
 * Compares each policy's upstream with content/upstream/: for torch_npu the release branches and
 * release tags of Ascend/pytorch, for PyTorch the commits on pytorch/pytorch's main that changed
 * SECURITY.md. Reads with git itself, commits and trees only, and the statement files' blobs
 * (src/upstream/git-remote.ts). Prints what it found as Markdown (the body of the pull request the
 * scheduled workflow opens). With --write, adds each new text through upstream:add's checked path
 * (src/upstream/add-revision.ts), entries filled from git: all files are written, or none.
 * The remotes default to each manifest's `repository`; a `file://` bare repository works as well.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { translationFiles, translationUnits } from '../loaders/statement-tables';
import type { PytorchRevision, Revision, TorchNpuRevision } from '../schemas/revision';
import { AddRefusal, planAdd, type RepositoryState } from '../upstream/add-revision';
import {
  changesOf,
  fetchRefs,
  fileAt,
  isAncestor,
  lastChange,
  listRefs,
  RemoteError,
  readBlob,
  scratchRepository,
} from '../upstream/git-remote';
import {
  checkedPath,
  checkedText,
  type Finding,
  gitBlobId,
  pytorchFindings,
  type RemoteStatement,
  releaseBranch,
  releaseTag,
  SyncRefusal,
  syncReport,
  type TagText,
  torchNpuFindings,
  withTagTexts,
} from '../upstream/sync-plan';
import { writeAll } from './write-all';

/** Where a torch_npu statement is, newest layout first. */
const statementPaths = ['docs/zh/SECURITYNOTE.md', 'SECURITYNOTE.md'];

function main() {
  const { values } = parseArgs({
    options: {
      write: { type: 'boolean', default: false },
      report: { type: 'string' },
      'torch-npu-remote': { type: 'string' },
      'pytorch-remote': { type: 'string' },
      root: { type: 'string' },
    },
  });
  const root = resolve(values.root ?? '.');
  const at = (path: string) => join(root, path);
  const readIfThere = (path: string) => (existsSync(at(path)) ? readFileSync(at(path), 'utf-8') : undefined);
  const manifestOf = <R extends Revision>(policy: R['policy']) =>
    (JSON.parse(readFileSync(at(`content/upstream/${policy}.json`), 'utf-8')) as R[]).map((row, i) => ({ ...row, position: i + 1 }));

  // Files planned so far, so that a second new text sees the first one's manifest.
  const planned = new Map<string, string>();
  const current = (path: string) => planned.get(path) ?? readIfThere(path);
  const state = (policy: Revision['policy']): RepositoryState => ({
    manifest: (JSON.parse(current(`content/upstream/${policy}.json`)!) as Revision[]).map((row, i) => ({ ...row, position: i + 1 })),
    upstreamText: (file) => current(`content/upstream/${file}`),
    dataRows: (text, table) => {
      const source = current(`content/data/torch_npu/${text}/${table}.yaml`);
      return source === undefined ? undefined : (yaml.load(source) as never);
    },
    translated: new Set(translationUnits(readIfThere(translationFiles.torch_npu.file) ?? '', translationFiles.torch_npu).keys()),
    translatedPytorch: new Set(translationUnits(readIfThere(translationFiles.pytorch.file) ?? '', translationFiles.pytorch).keys()),
  });
  const todo: string[] = [];
  const add = (policy: Revision['policy'], entry: Record<string, unknown>, text: string) => {
    const plan = planAdd({ policy, entry, text }, state(policy));
    for (const { path, content } of plan.writes) planned.set(path, content);
    todo.push(...plan.report);
  };

  const reports: string[] = [];

  // torch_npu: every release branch and release tag.
  const torchNpu = manifestOf<TorchNpuRevision>('torch_npu');
  const torchNpuRemote = values['torch-npu-remote'] ?? torchNpu[0]!.repository;
  {
    const scratch = scratchRepository(torchNpuRemote);
    try {
      const refs = listRefs(scratch);
      const wanted = (name: string) => releaseBranch.test(name) || releaseTag.test(name);
      const branches = refs.branches.filter(({ name }) => releaseBranch.test(name) || /^v\d/.test(name));
      fetchRefs(scratch, [
        ...refs.branches.filter(({ name }) => wanted(name)).map(({ name }) => `refs/heads/${name}`),
        ...refs.tags.filter(({ name }) => wanted(name)).map(({ name }) => `refs/tags/${name}`),
      ]);
      const statementAt = (ref: { name: string; commit: string }): RemoteStatement => {
        if (!wanted(ref.name)) return ref;
        for (const path of statementPaths) {
          const file = fileAt(scratch, ref.commit, path);
          if (file) return { ...ref, file: { path: checkedPath(file.path, `${torchNpuRemote} ${ref.name}`), blob: file.blob } };
        }
        return ref;
      };
      const findings = torchNpuFindings(
        torchNpu,
        (file) => gitBlobId(readFileSync(at(`content/upstream/${file}`))),
        branches.map(statementAt),
        refs.tags.map(statementAt),
        (commit, branch) => isAncestor(scratch, commit, `refs/heads/${branch}`),
      );
      reports.push(syncReport('torch_npu', torchNpuRemote, findings));
      if (values.write) {
        for (const finding of findings.filter((f): f is Extract<Finding, { kind: 'new-branch' }> => f.kind === 'new-branch')) {
          const where = `${torchNpuRemote} ${finding.branch}:${finding.path}`;
          const text = checkedText(readBlob(scratch, finding.blob), where);
          const [, pytorch, release] = releaseBranch.exec(finding.branch)!;
          const change = lastChange(scratch, finding.commit, finding.path)!;
          add(
            'torch_npu',
            {
              release,
              pytorch,
              branch: finding.branch,
              repository: torchNpu[0]!.repository,
              ...(torchNpu[0]!.repositoryNote && { repositoryNote: torchNpu[0]!.repositoryNote }),
              path: finding.path,
              commit: change.commit,
              date: change.date,
              title: /^#\s+(.+?)\s*$/m.exec(text)?.[1] ?? finding.branch,
              officialEnglish: null,
            },
            text,
          );
        }
        // A release tag that shipped another text than its branch: recorded on the branch's row,
        // so that the release's page can say which text the tag shipped.
        const tagged = findings.filter((f): f is Extract<Finding, { kind: 'tag-differs' }> => f.kind === 'tag-differs');
        if (tagged.length > 0) {
          const path = 'content/upstream/torch_npu.json';
          const rows = JSON.parse(current(path)!) as Array<{ branch: string; tags?: TagText[] }>;
          const tags = tagged.map((finding) => {
            const change = lastChange(scratch, finding.tagCommit, finding.path)!;
            return {
              branch: finding.branch,
              name: finding.tag,
              commit: finding.tagCommit,
              textCommit: change.commit,
              date: change.date,
              path: finding.path,
            };
          });
          planned.set(path, JSON.stringify(withTagTexts(rows, tags), null, 1));
          todo.push(
            ...tags.map(
              (tag) =>
                `Recorded that tag ${tag.name} shipped another text than ${tag.branch} (${tag.path} at ${tag.textCommit.slice(0, 10)}).`,
            ),
          );
        }
      }
    } finally {
      scratch.remove();
    }
  }

  // PyTorch: the commits on main that changed SECURITY.md since the newest one the manifest dates.
  const pytorch = manifestOf<PytorchRevision>('pytorch');
  const pytorchRemote = values['pytorch-remote'] ?? pytorch[0]!.repository;
  {
    const scratch = scratchRepository(pytorchRemote);
    try {
      const known = pytorch.flatMap((row) => (row.commit ? [row.commit] : []));
      const dated = pytorch.flatMap((row) => (row.date ? [row.date] : [])).sort();
      // A known date bounds the history fetched; without one, the whole of main's commits and trees.
      fetchRefs(scratch, ['refs/heads/main'], dated.at(-1));
      const path = checkedPath(pytorch.at(-1)!.path, pytorchRemote);
      const findings = pytorchFindings(known, changesOf(scratch, 'refs/heads/main', path));
      reports.push(syncReport('PyTorch', pytorchRemote, findings));
      if (values.write) {
        for (const finding of findings.filter((f): f is Extract<Finding, { kind: 'new-commit' }> => f.kind === 'new-commit')) {
          const file = fileAt(scratch, finding.commit, path);
          if (!file) continue;
          const text = checkedText(readBlob(scratch, file.blob), `${pytorchRemote} ${finding.commit}:${path}`);
          add('pytorch', { repository: pytorch[0]!.repository, path, commit: finding.commit, date: finding.date }, text);
        }
      }
    } finally {
      scratch.remove();
    }
  }

  const report = `${reports.join('\n')}${todo.length > 0 ? `\n### Added\n\n${todo.map((line) => `- ${line}`).join('\n')}\n` : ''}`;
  if (values.write) writeAll([...planned].map(([path, content]) => ({ target: at(path), content })));
  if (values.report) writeFileSync(resolve(values.report), report);
  console.log(report);
}

try {
  main();
} catch (error) {
  if (!(error instanceof SyncRefusal || error instanceof AddRefusal || error instanceof RemoteError)) throw error;
  console.error(`upstream:sync: ${error.message}`);
  console.error('Nothing was written.');
  process.exitCode = 1;
}
