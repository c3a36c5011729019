import { expect, test } from '@playwright/test';
import { builtPage, type Element, type Root, selectAll, textOf } from '../support/built-page';
import { english, readDataRows } from '../support/data';

// The tables on the statement's pages are the newest text's; the data files under content/data/
// are read from the same text (npm run upstream:add) and feed the downloads and the tools. This
// checks that the page and the data files hold the same rows, in the same order: neither left a
// row out or moved one.

/** The first table after the heading whose id is `section` (the statement's tables follow their headings). */
function table(document: Root, section: string): Element {
  const all = selectAll(`[id="${section}"], table`, document);
  const found = all[all.findIndex((element) => element.properties.id === section) + 1];
  if (found?.tagName !== 'table') throw new Error(`no table follows the heading #${section}`);
  return found;
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

test('the English page has the same tables, in the English of the data files', () => {
  const document = builtPage('/torch-npu/');
  const permissions = readDataRows('file-permissions.yaml') as unknown as Array<{ type: string }>;
  const chineseModes = bodyRows(table(builtPage('/zh-cn/torch-npu/'), '文件权限参考')).map(([, mode]) => mode);
  // A mode (750（rwxr-x---）) has no words to translate: the English page writes it as upstream does.
  expect(bodyRows(table(document, '文件权限参考'))).toEqual(permissions.map(({ type }, i) => [english.get(type), chineseModes[i]]));
  const purposes = bodyRows(table(document, '公网地址')).map((cells) => cells.at(-1));
  expect(purposes).toEqual(readDataRows('public-addresses.yaml').map((row) => english.get(row.purpose as string)));
});
