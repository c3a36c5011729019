import { z } from 'astro/zod';
import { communicationMatrixSchema } from '../schemas/communication-matrix';
import { filePermissionSchema } from '../schemas/file-permission';
import { publicAddressSchema } from '../schemas/public-address';
import { type StatementTableName, statementTableNamed } from '../upstream/statement-tables';
import { statementRows } from './tables';

/**
 * The statement's three tables as downloads, at /data/<name>.json, .csv and .schema.json (the newest
 * statement's) and /data/torch_npu/<text>/<name>.json, .csv and .schema.json (each published text's).
 * The JSON Schema is generated from the same zod schema that checks the data file.
 */
export const tableDownloads = {
  filePermissions: { name: 'file-permissions', schema: filePermissionSchema },
  publicAddresses: { name: 'public-addresses', schema: publicAddressSchema },
  communicationMatrix: { name: 'communication-matrix', schema: communicationMatrixSchema },
} as const;
export type DownloadableTable = keyof typeof tableDownloads;

export const downloadFormats = ['json', 'csv', 'schema.json'] as const;

/**
 * Where a table's download is: `/data/file-permissions.csv`, or with a text
 * `/data/torch_npu/v2.4.0-6.0.0/file-permissions.csv`.
 */
export const downloadPath = (table: DownloadableTable, format: (typeof downloadFormats)[number], text?: string) =>
  `/data/${text ? `torch_npu/${text}/` : ''}${tableDownloads[table].name}.${format}`;

/** The download of each of the statement's tables, by the table's name in src/upstream/statement-tables.ts. */
export const downloadOfTable: Record<StatementTableName, DownloadableTable> = {
  'file-permissions': 'filePermissions',
  'public-addresses': 'publicAddresses',
  'communication-matrix': 'communicationMatrix',
};

const formatTypes = { json: 'application/json', csv: 'text/csv', 'schema.json': 'application/schema+json' } as const;
const formatNames = { json: 'JSON', csv: 'CSV', 'schema.json': 'JSON Schema' } as const;

/**
 * The links under a table to its data, marked as the site's own: `<p class="table-downloads">`.
 * @param label the links' label in the page's language (`tableDownloads.label`)
 * @param text the published text whose table it is; the newest statement's when absent
 */
export function downloadLinksHtml(label: string, table: DownloadableTable, text?: string): string {
  const links = downloadFormats.map(
    (format) => `<a href="${downloadPath(table, format, text)}" type="${formatTypes[format]}">${formatNames[format]}</a>`,
  );
  return `<p class="table-downloads" data-site-note>${label}: ${links.join(' · ')}</p>`;
}

/**
 * What goes under a table of a torch_npu text, found by its header row (src/lib/site-additions.ts
 * `afterTable`): the links to that table's data, or nothing under a table that is not one of the three.
 * @param text the published text whose tables they are; the newest statement's when absent
 */
export function tableDataLinks(label: string, text?: string) {
  return (header: string[]) => {
    const name = statementTableNamed(header);
    return name && downloadLinksHtml(label, downloadOfTable[name], text);
  };
}

/** A table's rows as published: each row's id, then its fields, in the data file's order. */
export async function publishedRows(table: DownloadableTable, text?: string) {
  return (await statementRows(table, text)).map(({ id, data }) => ({ id, ...data }));
}

/** The JSON Schema of the published JSON: a list of rows, each the collection's schema plus its id. */
export function publishedJsonSchema(table: DownloadableTable) {
  const row = tableDownloads[table].schema.safeExtend({ id: z.string() });
  return z.toJSONSchema(z.array(row), { io: 'output' });
}
