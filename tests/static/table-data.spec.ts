import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { attribute, builtPage, folded, selectAll } from '../support/built-page';
import { dataTables, readDataRows, statementTexts, withEnglish } from '../support/data';
import { dist } from '../support/site-pages';
import { normalize, parseUpstream, readUpstream } from '../support/upstream';

// Each table is published as JSON, with a JSON Schema generated from its zod schema, and as CSV,
// read from the built files.

/** A file of the build, as text. */
const built = (path: string) => readFileSync(`${dist}${path.slice(1)}`, 'utf-8');
const builtJson = (path: string) => JSON.parse(built(path));

/** The rows as the site publishes them: the data file's rows, their place in it, English and defaults filled in. */
function expectedRows(file: string, text?: string) {
  return readDataRows(file, text).map(({ id, ...row }, i) => {
    const published: Record<string, unknown> = { id, position: i + 1, ...withEnglish(row) };
    // The schema's default: a listening port takes one port unless it says how many.
    if (Array.isArray(row.listenPorts)) published.listenPorts = row.listenPorts.map((port: object) => ({ count: 1, ...port }));
    return published;
  });
}

for (const { file } of dataTables) {
  const name = file.replace('.yaml', '');

  test(`/data/${name}.json equals ${file} and validates against /data/${name}.schema.json`, () => {
    const rows = builtJson(`/data/${name}.json`);
    expect(rows).toEqual(expectedRows(file));
    const schema = builtJson(`/data/${name}.schema.json`);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(rows), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a formality: a row without its id fails it.
    expect(validate([{ ...rows[0], id: undefined }])).toBe(false);
  });

  test(`/data/${name}.csv has the same rows as ${file}`, () => {
    const [header, ...rows] = parse(built(`/data/${name}.csv`), { bom: true, relaxQuotes: false }) as string[][];
    expect(header!.slice(0, 2)).toEqual(['id', 'position']);
    expect(rows.map((row) => row[0])).toEqual(readDataRows(file).map(({ id }) => id));
  });
}

test('each table on the statement links its downloads, in both languages', () => {
  for (const path of ['/zh-cn/torch-npu/', '/torch-npu/']) {
    const hrefs = selectAll('a[href]', builtPage(path)).map((link) => attribute(link, 'href'));
    for (const { file } of dataTables) {
      const name = file.replace('.yaml', '');
      for (const format of ['json', 'csv', 'schema.json'])
        expect(hrefs.filter((href) => href === `/data/${name}.${format}`)).toHaveLength(1);
    }
    // The links read as a list, a separator between each two.
    const lines = selectAll('.table-downloads', builtPage(path)).map(folded);
    expect(lines).toHaveLength(dataTables.length);
    for (const line of lines) expect(line).toMatch(/: JSON · CSV · JSON Schema$/);
  }
});

// Every published text's tables, at /data/torch_npu/<text>/, checked against the text itself (parsed
// here, as GitHub renders it): a row the data leaves out, adds or changes fails.
for (const { slug, file } of statementTexts) {
  test(`/data/torch_npu/${slug}/ publishes the tables of ${file}`, () => {
    const upstream = parseUpstream(readUpstream(file)).tables;
    const table = (first: string) => upstream.find((rows) => normalize(rows[0]![0]!) === first)!;
    const get = (name: string) => builtJson(`/data/torch_npu/${slug}/${name}.json`);
    for (const { file: dataFile } of dataTables) {
      expect(get(dataFile.replace('.yaml', '')), dataFile).toEqual(expectedRows(dataFile, slug));
    }

    const permissions = upstream.find((rows) => normalize(rows[0]![1]!).startsWith('Linux权限参考最大值'))!.slice(1);
    expect(
      get('file-permissions').map((row: { type: { zh: string }; maxMode: { octal: string; symbolic: string } }) => [
        row.type.zh,
        `${row.maxMode.octal}（${row.maxMode.symbolic}）`,
      ]),
    ).toEqual(permissions.map((cells) => cells.map(normalize)));

    const addresses = upstream.find((rows) => normalize(rows[0]![1]!) === '开源代码地址')!.slice(1);
    const origins: Record<string, string> = { 'in-house': '自研', 'open-source': '开源引入' };
    expect(
      get('public-addresses').map(
        (row: { origin: string; upstreamCode: string[]; files: string[]; address: string; purpose: { zh: string } }) => [
          origins[row.origin],
          row.upstreamCode.length === 0 ? '不涉及' : row.upstreamCode.join(' '),
          row.files.map((path) => path.replaceAll('/', '\\')).join(' '),
          row.address,
          row.purpose.zh,
        ],
      ),
    ).toEqual(addresses.map((cells) => cells.slice(0, 5).map((cell) => normalize(cell))));

    const matrix = table('组件');
    expect(get('communication-matrix').map((column: { component: string }) => column.component)).toEqual(
      matrix[0]!.slice(1).map(normalize),
    );
  });
}

test("each release's pages link its own tables' data, under each table, and every link resolves", () => {
  // (An English page that shows upstream's own English text has upstream's tables, not the data's.)
  for (const { slug, english } of statementTexts) {
    for (const page of [`/zh-cn/torch-npu/releases/${slug}/`, ...(english ? [] : [`/torch-npu/releases/${slug}/`])]) {
      const links = selectAll('.table-downloads a[href]', builtPage(page)).map((link) => attribute(link, 'href')!);
      expect(links, page).toEqual(
        ['file-permissions', 'public-addresses', 'communication-matrix'].flatMap((table) =>
          ['json', 'csv', 'schema.json'].map((format) => `/data/torch_npu/${slug}/${table}.${format}`),
        ),
      );
      for (const link of links) expect(() => built(link), link).not.toThrow();
    }
  }
});
