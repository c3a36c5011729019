import { expect, test } from '@playwright/test';
import { accessibleName, builtPage, type Element, type Root, selectAll, textOf } from '../support/built-page';
import { english, readDataRows } from '../support/data';

// The tables on the statement's page come from content/data/; fidelity.spec.ts checks their text
// against the statement, this checks that no row of a data file is left out or reordered.

/** The table of a page whose accessible name (its caption) is `name`. */
function table(document: Root, name: string): Element {
  const found = selectAll('table', document).filter((candidate) => accessibleName(candidate, document) === name);
  if (found.length !== 1) throw new Error(`${found.length} tables named "${name}"`);
  return found[0]!;
}

/** Each body row's cells' text. */
const bodyRows = (element: Element) => selectAll('tbody tr', element).map((row) => selectAll(':scope > td, :scope > th', row).map(textOf));

test('the file permission table has a row for every entry of file-permissions.yaml, in order', () => {
  const rows = readDataRows('file-permissions.yaml') as unknown as Array<{ type: string }>;
  expect(bodyRows(table(builtPage('/zh-cn/torch-npu/'), '文件权限参考')).map(([type]) => type)).toEqual(rows.map(({ type }) => type));
});

test('the public address table has a row for every entry of public-addresses.yaml, in order', () => {
  // Each row by its file (shown with the statement's \ separators) and address.
  const expected = (readDataRows('public-addresses.yaml') as unknown as Array<{ files: string[]; address: string }>).map(
    ({ files, address }) => [files.map((file) => file.replaceAll('/', '\\')).join(''), address],
  );
  expect(bodyRows(table(builtPage('/zh-cn/torch-npu/'), '公网地址')).map((cells) => cells.slice(2, 4))).toEqual(expected);
});

test('the communication matrix has a column for every entry of communication-matrix.yaml, in order', () => {
  const headers = selectAll('thead th', table(builtPage('/zh-cn/torch-npu/'), '通信矩阵信息')).map(textOf);
  expect(headers).toEqual(['组件', ...readDataRows('communication-matrix.yaml').map((row) => String(row.component))]);
});

test('the English page renders the tables in English from the same rows', () => {
  const document = builtPage('/torch-npu/');
  const permissions = readDataRows('file-permissions.yaml') as unknown as Array<{
    type: string;
    maxMode: { octal: string; symbolic: string };
  }>;
  expect(bodyRows(table(document, 'File permission reference'))).toEqual(
    permissions.map(({ type, maxMode }) => [english.get(type), `${maxMode.octal} (${maxMode.symbolic})`]),
  );
  const purposes = bodyRows(table(document, 'Public network addresses')).map((cells) => cells.at(-1));
  expect(purposes).toEqual(readDataRows('public-addresses.yaml').map((row) => english.get(row.purpose as string)));
});
