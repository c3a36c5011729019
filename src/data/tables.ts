import { getCollection } from 'astro:content';

/**
 * The data collections — the three reference tables of the torch_npu statement and the hardening
 * checklist — in the order of their data files, and the helpers their components share.
 * Components throw rather than render an empty table.
 */

async function rows<C extends 'filePermissions' | 'publicAddresses' | 'communicationMatrix' | 'hardeningSteps'>(collection: C) {
  const entries = await getCollection(collection);
  if (entries.length === 0) throw new Error(`The ${collection} collection is empty: check content/data/.`);
  return entries.sort((a, b) => a.data.position - b.data.position);
}

export const filePermissionRows = () => rows('filePermissions');
export const publicAddressRows = () => rows('publicAddresses');
export const communicationMatrixColumns = () => rows('communicationMatrix');
export const hardeningSteps = () => rows('hardeningSteps');
