import type { Revision } from '../schemas/revision';

/**
 * Where a revision's text is, as the page and its JSON-LD say it: exactly what the manifest
 * gives, nothing inferred. A revision without a commit (the PyTorch text captured from a mirror)
 * links the file's history instead; a revision without a date says what dates it.
 */
export interface Provenance {
  /** The file in the repository. @example SECURITYNOTE.md */
  path: string;
  /** The file at the revision's commit, or its history when no commit is known. */
  fileUrl: string;
  repository: string;
  /** `github.com/Ascend/pytorch`. */
  repositoryLabel: string;
  /** The first 10 characters of the commit, or null. */
  shortCommit: string | null;
  /** The commit's date in its own offset's calendar, `2025-04-25`, or null when not known. */
  date: string | null;
  /** What dates the text when its commit's date is not known. */
  dateNote: string | null;
  /** The release branch, for a torch_npu revision. */
  branch: string | null;
}

/** A file of a repository at a commit: `https://github.com/Ascend/pytorch/blob/<commit>/SECURITYNOTE.md`. */
export function fileAtCommit(repository: string, commit: string, path: string): string {
  return `${repository}/blob/${commit}/${path}`;
}

export function provenanceOf(revision: Revision): Provenance {
  const { repository, path, commit } = revision;
  return {
    path,
    fileUrl: commit ? fileAtCommit(repository, commit, path) : `${repository}/commits/main/${path}`,
    repository,
    repositoryLabel: repository.replace(/^https:\/\//, ''),
    shortCommit: commit ? commit.slice(0, 10) : null,
    // The date as written in the manifest (its own offset), not converted to another time zone.
    date: revision.date ? revision.date.slice(0, 10) : null,
    dateNote: revision.policy === 'pytorch' ? (revision.dateNote ?? null) : null,
    branch: revision.policy === 'torch_npu' ? revision.branch : null,
  };
}
