import { getCollection } from 'astro:content';
import { policyHistory } from './revision-pages';

/**
 * The data collections — the three reference tables of each torch_npu statement and the hardening
 * checklist — in the order of their data files, and the helpers their components share.
 * Components throw rather than render an empty table.
 */

export type StatementCollection = 'filePermissions' | 'publicAddresses' | 'communicationMatrix';

/** The published torch_npu text whose tables a page shows when it names none: the newest. */
export const newestStatement = async () => (await policyHistory('torch_npu')).newest.slug;

/**
 * One statement's rows of a table, in its data file's order, each with its own row id.
 * @param text the published text's address segment (`v2.4.0-6.0.0`); the newest when absent
 * @throws Error when the text has no rows, naming where they should be
 */
export async function statementRows<C extends StatementCollection>(collection: C, text?: string) {
  const slug = text ?? (await newestStatement());
  const entries = (await getCollection(collection)).filter((entry) => entry.id.startsWith(`${slug}/`));
  if (entries.length === 0) throw new Error(`The ${collection} collection has no rows for ${slug}: check content/data/torch_npu/${slug}/.`);
  return entries.sort((a, b) => a.data.position - b.data.position).map((entry) => ({ ...entry, id: entry.id.slice(slug.length + 1) }));
}

export const filePermissionRows = (text?: string) => statementRows('filePermissions', text);
export const publicAddressRows = (text?: string) => statementRows('publicAddresses', text);
export const communicationMatrixColumns = (text?: string) => statementRows('communicationMatrix', text);

export async function hardeningSteps() {
  const entries = await getCollection('hardeningSteps');
  if (entries.length === 0) throw new Error('The hardeningSteps collection is empty: check content/data/hardening-steps.yaml.');
  return entries.sort((a, b) => a.data.position - b.data.position);
}
