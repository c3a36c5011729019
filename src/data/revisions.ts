import { getCollection, getEntry } from 'astro:content';
import type { Revision } from '../schemas/revision';

/** A policy's revisions in their manifest's order (PyTorch: oldest first; torch_npu: by release). */
export async function revisionsOf(policy: Revision['policy']): Promise<Revision[]> {
  const entries = policy === 'pytorch' ? await getCollection('pytorchRevisions') : await getCollection('torchNpuRevisions');
  return entries.map(({ data }) => data as Revision).sort((a, b) => a.position - b.position);
}

/**
 * The revision a page names in its frontmatter `upstream.revision`.
 * @throws Error naming the page, the id and the ids there are, when the manifest has no such revision
 */
export async function revisionNamed(id: string, page: string): Promise<Revision> {
  const entry = id.startsWith('torch_npu/') ? await getEntry('torchNpuRevisions', id) : await getEntry('pytorchRevisions', id);
  if (entry) return entry.data;
  const known = [...(await getCollection('pytorchRevisions')), ...(await getCollection('torchNpuRevisions'))].map((row) => row.id);
  throw new Error(
    `${page}: upstream.revision "${id}" is not in content/upstream/pytorch.json or torch_npu.json; use one of: ${known.join(', ')}.`,
  );
}
