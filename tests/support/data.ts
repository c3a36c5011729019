import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/** The rows of a data file in content/data/, as written (before validation). */
export function readDataRows(file: string): Array<Record<string, unknown> & { id: string }> {
  return yaml.load(readFileSync(new URL(`../../content/data/${file}`, import.meta.url), 'utf-8')) as never;
}

/** Each data file and the collection it feeds. */
export const dataTables = [
  { collection: 'filePermissions', file: 'file-permissions.yaml' },
  { collection: 'publicAddresses', file: 'public-addresses.yaml' },
  { collection: 'communicationMatrix', file: 'communication-matrix.yaml' },
] as const;
