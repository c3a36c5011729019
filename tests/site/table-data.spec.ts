import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { expect, test } from '../fixtures';
import { dataTables, readDataRows } from '../support/data';

// Each table is published as JSON, with a JSON Schema generated from its zod schema, and as CSV.

/** The rows as the site publishes them: the data file's rows, their place in it, defaults filled in. */
function expectedRows(file: string) {
  return readDataRows(file).map(({ id, ...row }, i) => {
    const published: Record<string, unknown> = { id, position: i + 1, ...row };
    // The schema's default: a listening port takes one port unless it says how many.
    if (Array.isArray(row.listenPorts)) published.listenPorts = row.listenPorts.map((port: object) => ({ count: 1, ...port }));
    return published;
  });
}

for (const { file } of dataTables) {
  const name = file.replace('.yaml', '');

  test(`/data/${name}.json equals ${file} and validates against /data/${name}.schema.json`, async ({ request }) => {
    const rows = await (await request.get(`/data/${name}.json`)).json();
    expect(rows).toEqual(expectedRows(file));
    const schema = await (await request.get(`/data/${name}.schema.json`)).json();
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(rows), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a formality: a row without its id fails it.
    expect(validate([{ ...rows[0], id: undefined }])).toBe(false);
  });

  test(`/data/${name}.csv has the same rows as ${file}`, async ({ request }) => {
    const response = await request.get(`/data/${name}.csv`);
    expect(response.headers()['content-type']).toContain('text/csv');
    const [header, ...rows] = parse(await response.text(), { bom: true, relaxQuotes: false }) as string[][];
    expect(header!.slice(0, 2)).toEqual(['id', 'position']);
    expect(rows.map((row) => row[0])).toEqual(readDataRows(file).map(({ id }) => id));
  });
}

test('each table on the statement links its downloads, in both languages', async ({ page }) => {
  for (const path of ['/zh-cn/torch-npu/', '/torch-npu/']) {
    await page.goto(path);
    for (const { file } of dataTables) {
      const name = file.replace('.yaml', '');
      for (const format of ['json', 'csv', 'schema.json']) {
        await expect(page.locator(`a[href="/data/${name}.${format}"]`)).toHaveCount(1);
      }
    }
  }
});
