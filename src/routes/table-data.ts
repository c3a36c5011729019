import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsToCsv } from '../lib/csv';
import { downloadFormats, publishedJsonSchema, publishedRows, tableDownloads, type DownloadableTable } from '../data/table-downloads';

export const getStaticPaths = (() =>
  (Object.keys(tableDownloads) as DownloadableTable[]).flatMap((table) =>
    downloadFormats.map((format) => ({ params: { file: `${tableDownloads[table].name}.${format}` }, props: { table, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { table, format } = props as { table: DownloadableTable; format: (typeof downloadFormats)[number] };
  if (format === 'schema.json') return Response.json(publishedJsonSchema(table));
  const rows = await publishedRows(table);
  if (format === 'json') return Response.json(rows);
  return new Response(rowsToCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
