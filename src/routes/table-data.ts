import type { APIRoute, GetStaticPaths } from 'astro';
import {
  downloadFormats,
  downloadPath,
  publishedJsonSchema,
  publishedRows,
  tableDownloads,
  type DownloadableTable,
} from '../data/table-downloads';
import { policyHistory } from '../data/revision-pages';
import { rowsToCsv } from '../lib/csv';

// Every table in every format: the newest statement's at /data/<name>.<format>, and each published
// text's under /data/torch_npu/<text>/.
export const getStaticPaths = (async () => {
  const texts = [undefined, ...(await policyHistory('torch_npu')).texts.map(({ slug }) => slug)];
  return texts.flatMap((text) =>
    (Object.keys(tableDownloads) as DownloadableTable[]).flatMap((table) =>
      downloadFormats.map((format) => ({
        params: { path: downloadPath(table, format, text).slice('/data/'.length) },
        props: { table, format, text },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { table, format, text } = props as { table: DownloadableTable; format: (typeof downloadFormats)[number]; text?: string };
  if (format === 'schema.json') return Response.json(publishedJsonSchema(table));
  const rows = await publishedRows(table, text);
  if (format === 'json') return Response.json(rows);
  return new Response(rowsToCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
