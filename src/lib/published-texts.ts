import type { Revision } from '../schemas/revision';

/**
 * A policy's distinct upstream texts: each published once, at the address of the first revision
 * (torch_npu: branch; PyTorch: file) that holds it, named by every revision that holds it.
 */
export interface PublishedText<R extends Revision = Revision> {
  /** The address segment and data folder: `01f9ef32ea`, `v2.4.0-6.0.0`. */
  slug: string;
  /** content/upstream/<file>. */
  file: string;
  /** Every revision (branch) whose text this is, the first one first. */
  holders: R[];
}

/**
 * Groups revisions by their text, in the order given (the manifest's).
 * @param revisions one policy's revisions, in manifest order
 * @returns each distinct `file` once, in the order of its first holder
 */
export function publishedTexts<R extends Revision>(revisions: R[]): PublishedText<R>[] {
  const texts = new Map<string, PublishedText<R>>();
  for (const revision of revisions) {
    const slug = revision.policy === 'torch_npu' ? revision.branch : revision.file.replace(/^pytorch\/|\.md$/g, '');
    const text = texts.get(revision.file) ?? { slug, file: revision.file, holders: [] };
    text.holders.push(revision);
    texts.set(revision.file, text);
  }
  return [...texts.values()];
}
