import { expect, test } from '../fixtures';
import { dataTables, readDataRows } from '../support/data';

// The tables on the statement's page come from content/data/; fidelity.spec.ts checks their text
// against the statement, this checks that no row of a data file is left out or reordered.

test.beforeEach(async ({ page }) => {
  await page.goto('/zh-cn/torch-npu/');
});

for (const { collection, file, name } of dataTables.filter(({ collection }) => collection !== 'communicationMatrix')) {
  test(`the ${collection} table has a row for every entry of ${file}, in order`, async ({ page }) => {
    const rows = page.getByRole('table', { name: name.zh }).locator('tbody tr');
    const ids = readDataRows(file).map((row) => row.id);
    await expect(rows).toHaveCount(ids.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.row))).toEqual(ids);
  });
}

test('the communication matrix has a column for every entry of communication-matrix.yaml, in order', async ({ page }) => {
  const columns = page.getByRole('table', { name: '通信矩阵信息' }).locator('thead th[data-column]');
  const rows = readDataRows('communication-matrix.yaml');
  await expect(columns).toHaveText(rows.map((row) => String(row.component)));
  expect(await columns.evaluateAll((ths) => ths.map((th) => th.dataset.column))).toEqual(rows.map((row) => row.id));
});

test('the English page renders the tables in English from the same rows', async ({ page }) => {
  await page.goto('/torch-npu/');
  const permissions = readDataRows('file-permissions.yaml') as unknown as Array<{ type: { en: string }; maxMode: { octal: string; symbolic: string } }>;
  const cells = await page
    .getByRole('table', { name: 'File permission reference' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent)));
  expect(cells).toEqual(permissions.map(({ type, maxMode }) => [type.en, `${maxMode.octal} (${maxMode.symbolic})`]));

  const purposes = await page
    .getByRole('table', { name: 'Public network addresses' })
    .locator('tbody tr td:last-child')
    .allTextContents();
  expect(purposes).toEqual(readDataRows('public-addresses.yaml').map((row) => (row.purpose as { en: string }).en));
});
