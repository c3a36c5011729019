import type { BlockChange } from '../../lib/revision-diff';

export type ChangedBlock = Exclude<BlockChange, { type: 'same' | 'layout' }>;

/**
 * The changes of a comparison by section, in order, each section with an id for the contents. A
 * block whose layout alone changed counts as unchanged here (the page lists those apart, on request).
 */
export function sectionsWithChanges(
  changes: BlockChange[],
): Array<{ section: string; slug: string; changes: ChangedBlock[]; unchangedBefore: number[] }> {
  const sections: Array<{ section: string; slug: string; changes: ChangedBlock[]; unchangedBefore: number[] }> = [];
  let unchanged = 0;
  for (const change of changes) {
    if (change.type === 'same' || change.type === 'layout') {
      unchanged++;
      continue;
    }
    const section = change.block.section || '—';
    let current = sections.at(-1);
    if (current?.section !== section) {
      current = { section, slug: `section-${sections.length + 1}`, changes: [], unchangedBefore: [] };
      sections.push(current);
    }
    current.changes.push(change);
    current.unchangedBefore.push(unchanged);
    unchanged = 0;
  }
  return sections;
}
