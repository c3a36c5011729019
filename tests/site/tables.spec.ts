import { expect, test } from '../fixtures';
import { english, readDataRows } from '../support/data';

// The tables on the statement's page come from content/data/; fidelity.spec.ts checks their text
// against the statement, this checks that no row of a data file is left out or reordered.

test.beforeEach(async ({ reader: page }) => {
  await page.goto('/zh-cn/torch-npu/');
});

test('the file permission table has a row for every entry of file-permissions.yaml, in order', async ({ reader: page }) => {
  const types = page.getByRole('table', { name: '文件权限参考' }).locator('tbody tr td:first-child');
  const rows = readDataRows('file-permissions.yaml') as unknown as Array<{ type: string }>;
  await expect(types).toHaveText(rows.map(({ type }) => type));
});

test('the public address table has a row for every entry of public-addresses.yaml, in order', async ({ reader: page }) => {
  const rows = page.getByRole('table', { name: '公网地址' }).locator('tbody tr');
  // Each row by its file (shown with the statement's \ separators) and address.
  const expected = (readDataRows('public-addresses.yaml') as unknown as Array<{ files: string[]; address: string }>).map(
    ({ files, address }) => [files.map((file) => file.replaceAll('/', '\\')).join(''), address],
  );
  await expect(rows).toHaveCount(expected.length);
  expect(
    await rows.evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].slice(2, 4).map((cell) => cell.textContent))),
  ).toEqual(expected);
});

test('the communication matrix has a column for every entry of communication-matrix.yaml, in order', async ({ reader: page }) => {
  const headers = page.getByRole('table', { name: '通信矩阵信息' }).locator('thead th');
  const rows = readDataRows('communication-matrix.yaml');
  await expect(headers).toHaveText(['组件', ...rows.map((row) => String(row.component))]);
});

test('the English page renders the tables in English from the same rows', async ({ reader: page }) => {
  await page.goto('/torch-npu/');
  const permissions = readDataRows('file-permissions.yaml') as unknown as Array<{
    type: string;
    maxMode: { octal: string; symbolic: string };
  }>;
  const cells = await page
    .getByRole('table', { name: 'File permission reference' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent)));
  expect(cells).toEqual(permissions.map(({ type, maxMode }) => [english.get(type), `${maxMode.octal} (${maxMode.symbolic})`]));

  const purposes = await page.getByRole('table', { name: 'Public network addresses' }).locator('tbody tr td:last-child').allTextContents();
  expect(purposes).toEqual(readDataRows('public-addresses.yaml').map((row) => english.get(row.purpose as string)));
});
