import { z } from 'astro/zod';
import { rowPosition, webUrl } from './localized';

const commit = z.string().regex(/^[0-9a-f]{40}$/, { error: 'must be a full 40-character commit id' });
/** A commit's date as git gives it, with its UTC offset: `2025-04-25T01:39:52+00:00`. */
const commitDate = z.iso.datetime({ offset: true, error: 'must be a date and time with its offset, e.g. 2025-04-25T01:39:52+00:00' });
/** A text under content/upstream/, e.g. `torch_npu/2025-04-25_38dc4eecba.md`. */
const upstreamFile = z.string().regex(/^(pytorch|torch_npu)\/[\w.-]+\.md$/, { error: 'must name a .md file under content/upstream/' });

/**
 * One revision of a policy as content/upstream/<policy>.json lists it (the project's source
 * manifests, copied as they are, and what the sync adds): where upstream holds the text, and when.
 */
export const pytorchRevisionSchema = z.strictObject({
  policy: z.literal('pytorch'),
  /** Oldest first. */
  order: z.int().min(1),
  repository: webUrl,
  path: z.string().min(1),
  /** Null when the text was captured from a mirror and no upstream commit is known to hold it. */
  commit: commit.nullable(),
  date: commitDate.nullable(),
  /** What dates the text when the commit's date is not known. */
  dateNote: z.string().min(1).optional(),
  file: upstreamFile,
  /** The capture the file was derived from (../seeds/). */
  capturedFile: z.string().optional(),
  position: rowPosition,
});

export const torchNpuRevisionSchema = z.strictObject({
  policy: z.literal('torch_npu'),
  /** The torch_npu release, e.g. `6.0.0`, `26.1.0`. */
  release: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The PyTorch version the release branch is for, e.g. `2.4.0`. */
  pytorch: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** `v<pytorch>-<release>`. */
  branch: z.string().regex(/^v\d+\.\d+\.\d+-\d+\.\d+\.\d+$/),
  repository: webUrl,
  repositoryNote: z.string().optional(),
  path: z.string().min(1),
  /** The first commit that produced this exact text; the branch's tip still holds it. */
  commit,
  date: commitDate,
  title: z.string().min(1),
  file: upstreamFile,
  /**
   * The release tags of this branch whose text is not the branch's (`npm run upstream:sync`
   * records them): the tag, its commit, the commit that made the tag's text and its date, and
   * where the text is.
   */
  tags: z
    .array(
      z.strictObject({
        name: z
          .string()
          .regex(/^v\d+(?:\.\d+){1,4}-pytorch\d+(?:\.\d+){1,3}$/, { error: 'must be a release tag, e.g. v26.1.0-pytorch2.12.0' }),
        commit,
        textCommit: commit,
        date: commitDate,
        path: z.string().min(1),
      }),
    )
    .optional(),
  /** Upstream's own English text for the branch, where one exists. */
  officialEnglish: z
    .strictObject({ file: upstreamFile, path: z.string().min(1), commit, date: commitDate, title: z.string().min(1) })
    .nullable(),
  position: rowPosition,
});

export type PytorchRevision = z.infer<typeof pytorchRevisionSchema>;
export type TorchNpuRevision = z.infer<typeof torchNpuRevisionSchema>;
export type Revision = PytorchRevision | TorchNpuRevision;

/** A revision's id in the revisions collection: `pytorch/01f9ef32ea`, `torch_npu/v2.4.0-6.0.0`. */
export function revisionId(revision: { policy?: unknown; file?: unknown; branch?: unknown }): string {
  return revision.policy === 'torch_npu' ? `torch_npu/${revision.branch}` : String(revision.file).replace(/\.md$/, '');
}
