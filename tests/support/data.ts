import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/** The rows of a data file in content/data/, as written (before validation). */
export function readDataRows(file: string): Array<Record<string, unknown> & { id: string }> {
  return yaml.load(readFileSync(new URL(`../../content/data/${file}`, import.meta.url), 'utf-8')) as never;
}

/** Each data file and the collection it feeds. */
export const dataTables = [
  { collection: 'filePermissions', file: 'file-permissions.yaml', name: { zh: '文件权限参考', en: 'File permission reference' } },
  { collection: 'publicAddresses', file: 'public-addresses.yaml', name: { zh: '公网地址', en: 'Public network addresses' } },
  { collection: 'communicationMatrix', file: 'communication-matrix.yaml', name: { zh: '通信矩阵信息', en: 'Communication matrix information' } },
] as const;
