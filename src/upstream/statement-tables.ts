/**
 * The three reference tables of a torch_npu statement (文件权限参考, 公网地址, 通信矩阵信息), read from
 * its Markdown as GitHub renders it (GFM tables), and turned into the rows of the data files under
 * content/data/torch_npu/<text>/. Pure: no file access, so `npm run upstream:add`, the build's
 * check of each data file against its text and the unit tests all call the same functions.
 */
import type { Table, TableCell } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString as textOf } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';

/** The tables by their data file's name, each identified by its header row as every release writes it. */
export const statementTableNames = ['file-permissions', 'public-addresses', 'communication-matrix'] as const;
export type StatementTableName = (typeof statementTableNames)[number];

const headers: Record<StatementTableName, (header: string[]) => boolean> = {
  'file-permissions': (h) => h.length === 2 && h[0] === '类型' && h[1]!.startsWith('Linux权限参考最大值'),
  'public-addresses': (h) => h.length === 5 && h[0] === '类型' && h[1] === '开源代码地址',
  'communication-matrix': (h) => h[0] === '组件',
};

/**
 * Which of the three tables a header row is, as every release writes it (`类型 | Linux权限参考最大值`…).
 * @param header the header cells' text, trimmed
 */
export function statementTableNamed(header: string[]): StatementTableName | undefined {
  return statementTableNames.find((name) => headers[name](header));
}

/** A cell as upstream writes it: its Markdown source (links kept) and the text a reader sees. */
export interface SourceCell {
  markdown: string;
  text: string;
}

/** Each table's rows below its header, each row its cells in order. */
export type StatementTables = Record<StatementTableName, { header: string[]; rows: SourceCell[][] }>;

/**
 * Finds the three tables in a statement's Markdown.
 * @throws Error naming the table that is missing, or found twice, so a new layout is not guessed at
 */
export function statementTables(markdown: string): StatementTables {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const found: Partial<StatementTables> = {};
  for (const node of tree.children) {
    if (node.type !== 'table') continue;
    const [head, ...body] = (node as Table).children;
    const header = head!.children.map((cell) => textOf(cell).trim());
    const name = statementTableNamed(header);
    if (!name) continue;
    if (found[name]) throw new Error(`the statement has two ${name} tables (header "${header.join(' | ')}"); expected one`);
    // As GitHub renders a table: cells past the header's count are dropped (one row of 公网地址 in
    // some releases ends with an empty extra cell).
    found[name] = { header, rows: body.map((row) => row.children.slice(0, header.length).map((cell) => sourceCell(cell, markdown))) };
  }
  for (const name of statementTableNames) {
    if (!found[name])
      throw new Error(`the statement has no ${name} table (${describeHeader(name)}); check the text is a torch_npu SECURITYNOTE.md`);
  }
  return found as StatementTables;
}

function describeHeader(name: StatementTableName) {
  return {
    'file-permissions': 'header 类型 | Linux权限参考最大值',
    'public-addresses': 'header 类型 | 开源代码地址 | …',
    'communication-matrix': 'header 组件 | …',
  }[name];
}

function sourceCell(cell: TableCell, markdown: string): SourceCell {
  const { start, end } = cell.position!;
  // The cell's source between its pipes: the Markdown the data file keeps (links, `<br>`).
  const raw = markdown.slice(start.offset!, end.offset!).trim().replace(/^\|/, '').replace(/\|$/, '');
  return { markdown: raw.trim(), text: textOf(cell).trim() };
}

/** A cell split at its `<br>` breaks, as the statement separates lines within a cell. */
export const cellLines = (markdown: string) =>
  markdown
    .split(/<br\s*\/?>/i)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A row of a data file as it is written: zh text only (content/translations/torch_npu.en.yaml gives
 * the English), `id` first. Field names and meanings are the schemas' (src/schemas/).
 */
export type DataRow = { id: string } & Record<string, unknown>;

/** Earlier texts' data files, one list of rows per text, newest last: a new text keeps their row ids and hand-made fields. */
export type KnownRows = Record<StatementTableName, DataRow[][]>;

/** Something the reader of `upstream:add`'s report must check or write by hand. */
export interface Todo {
  table: StatementTableName;
  row: string;
  message: string;
}

// Full-width and half-width brackets are the same words: 程序文件（含…） and 程序文件(含…).
const sameWords = (text: string) => text.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');

/**
 * The data rows of the three tables of one statement.
 * @param tables what `statementTables` found
 * @param known rows of the texts already published, newest last: a row whose key cells match keeps
 *   that row's id and the fields the statement does not spell out (`kind`, `listenPorts`)
 * @returns the rows per table, and what could not be derived and must be checked
 * @throws Error naming the table, row and cell that does not read as the schema expects
 */
export function dataRows(tables: StatementTables, known: KnownRows): { rows: Record<StatementTableName, DataRow[]>; todo: Todo[] } {
  const todo: Todo[] = [];
  const rows = Object.fromEntries(statementTableNames.map((name) => [name, tableRows(name, tables, known[name], todo)]));
  return { rows: rows as Record<StatementTableName, DataRow[]>, todo };
}

/** One table's data rows: what `dataRows` does, for one table. */
export function tableRows(name: StatementTableName, tables: StatementTables, known: DataRow[][], todo: Todo[] = []): DataRow[] {
  if (name === 'file-permissions') return permissionRows(tables[name].rows, known, todo);
  if (name === 'public-addresses') return addressRows(tables[name].rows, known, todo);
  return matrixColumns(tables[name], known, todo);
}

function lastMatch(known: DataRow[][], matches: (row: DataRow) => boolean) {
  for (const text of known.toReversed()) {
    const row = text.find(matches);
    if (row) return row;
  }
  return undefined;
}

function uniqueId(wanted: string, taken: Set<string>) {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/** A lowercase ASCII slug: `ci/docker/X86/Dockerfile` → `ci-docker-x86-dockerfile`. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const modePattern = /^([0-7]{3})\s*[（(]\s*([rwx-]{9})\s*[)）]$/;

function permissionRows(cells: SourceCell[][], known: DataRow[][], todo: Todo[]): DataRow[] {
  const taken = new Set<string>();
  // Rows whose words an earlier text has, first: a guess at a reworded row may not take their ids.
  const exact = cells.map(([type]) => type && lastMatch(known, (row) => sameWords(String(row.type)) === sameWords(type.text)));
  const claimed = new Set(exact.flatMap((row) => (row ? [row.id] : [])));
  return cells.map(([type, mode], index) => {
    const where = `file-permissions row ${index + 1}`;
    if (!type || !mode) throw new Error(`${where} has fewer than 2 cells`);
    const parsed = modePattern.exec(mode.text);
    if (!parsed) throw new Error(`${where}: "${mode.text}" is not a mode written as 750（rwxr-x---）`);
    const same = exact[index];
    // A reworded row (加密密文 → 加密文件) keeps the id of the row at its place with its mode, if
    // no row of this text has that row's words.
    const atPlace = known.at(-1)?.[index];
    const reworded =
      !same && atPlace && !claimed.has(atPlace.id) && (atPlace.maxMode as { octal?: string } | undefined)?.octal === parsed[1]
        ? atPlace
        : undefined;
    const previous = same ?? reworded;
    const kind = previous?.kind ?? (type.text.includes('目录') ? 'directory' : 'file');
    const id = uniqueId(previous?.id ?? `permission-${index + 1}`, taken);
    if (!previous)
      todo.push({
        table: 'file-permissions',
        row: id,
        message: `new row "${type.text}": check kind "${kind}" and give it a descriptive id`,
      });
    if (reworded)
      todo.push({
        table: 'file-permissions',
        row: id,
        message: `reworded from "${reworded.type}" to "${type.text}": check it is the same kind of file`,
      });
    return { id, kind, type: type.markdown, maxMode: { octal: parsed[1], symbolic: parsed[2] } };
  });
}

const origins: Record<string, string> = { 自研: 'in-house', 开源引入: 'open-source' };

function addressRows(cells: SourceCell[][], known: DataRow[][], todo: Todo[]): DataRow[] {
  const taken = new Set<string>();
  return cells.map((row, index) => {
    const where = `public-addresses row ${index + 1}`;
    if (row.length !== 5) throw new Error(`${where} has ${row.length} cells; expected 5`);
    const [origin, code, file, address, purpose] = row as [SourceCell, SourceCell, SourceCell, SourceCell, SourceCell];
    const originId = origins[origin.text];
    if (!originId) throw new Error(`${where}: 类型 "${origin.text}" is neither 自研 nor 开源引入`);
    // The statement writes Windows separators (ci\docker\X86\Dockerfile) and may name several
    // files in one cell (build_libtorch_npu.py <br> setup.py); the data keeps a list, with `/`.
    const files = cellLines(file.markdown).map((line) => unescapeMarkdown(line).replace(/\\/g, '/'));
    if (files.length === 0) throw new Error(`${where}: the 文件名 cell is empty`);
    const sameFiles = (r: DataRow) => JSON.stringify(r.files) === JSON.stringify(files);
    const previous =
      lastMatch(known, (r) => sameFiles(r) && r.address === address.text) ??
      // The same address moved (gitee.com → gitcode.com): the same file, purpose and name.
      lastMatch(
        known,
        (r) => sameFiles(r) && r.purpose === purpose.markdown && lastSegment(String(r.address)) === lastSegment(address.text),
      );
    const wanted = previous?.id ?? `${slug(files[0]!.split('/').at(-1)!)}-${slug(lastSegment(address.text))}`;
    const id = uniqueId(String(wanted), taken);
    if (!previous)
      todo.push({ table: 'public-addresses', row: id, message: `new row (${files.join(', ')}, ${address.text}): check its id` });
    return {
      id,
      origin: originId,
      // A URL may be written as an autolink, <https://…>; the data keeps the URL.
      upstreamCode: code.text === '不涉及' ? [] : cellLines(code.markdown).map((line) => line.replace(/^<(.+)>$/, '$1')),
      files,
      address: address.text,
      purpose: purpose.markdown,
    };
  });
}

/** An address's last non-empty path segment, without `.git`: `https://gitee.com/ascend/op-plugin.git` → `op-plugin`. */
const lastSegment = (address: string) =>
  address
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean)
    .at(-1) ?? address;

/** Markdown's backslash escapes undone, as a reader sees the text (`\\_` → `\_`; `\w` stays). */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-\x60{-~])/g, '$1');

/** 通信矩阵信息's rows (the statement's first column) and the data fields they fill. */
const matrixFields: Array<[label: string, field: string, read: (cell: SourceCell) => unknown]> = [
  ['源设备', 'sourceDevice', (c) => c.markdown],
  ['源IP', 'sourceIp', (c) => c.markdown],
  ['源端口', 'sourcePort', (c) => c.markdown],
  ['目的设备', 'destinationDevice', (c) => c.markdown],
  ['目的IP', 'destinationIp', (c) => c.markdown],
  ['目的端口（侦听）', 'listenPort', (c) => c.markdown],
  ['协议', 'protocol', (c) => c.text],
  ['端口说明', 'portDescription', (c) => cellLines(c.markdown)],
  ['侦听端口是否可更改', 'listenPortChangeable', (c) => ({ 是: true, 否: false })[c.text] ?? c.text],
  ['认证方式', 'authentication', (c) => ({ 无认证方式: 'none', 无: 'none' })[c.text] ?? c.text],
  ['加密方式', 'encryption', (c) => ({ 无: 'none' })[c.text] ?? c.text],
  ['所属平面', 'plane', (c) => c.markdown],
  ['版本', 'version', (c) => c.markdown],
  ['特殊场景', 'specialCases', (c) => c.markdown],
  ['备注', 'remarks', (c) => c.markdown],
];

function matrixColumns(table: StatementTables['communication-matrix'], known: DataRow[][], todo: Todo[]): DataRow[] {
  const components = table.header.slice(1);
  const byLabel = new Map(table.rows.map((row) => [row[0]!.text.replace(/\s+/g, ''), row]));
  for (const label of byLabel.keys()) {
    if (!matrixFields.some(([l]) => l === label))
      throw new Error(`communication-matrix: unknown row "${label}"; expected ${matrixFields.map(([l]) => l).join(', ')}`);
  }
  const taken = new Set<string>();
  return components.map((component, column) => {
    const previous = lastMatch(known, (r) => r.component === component);
    const id = uniqueId(previous?.id ?? slug(component), taken);
    const data: DataRow = { id, component };
    for (const [label, field, read] of matrixFields) {
      const cell = byLabel.get(label)?.[column + 1];
      if (!cell) throw new Error(`communication-matrix: the "${label}" row has no cell for ${component}`);
      data[field] = read(cell);
      if (field === 'listenPort') {
        // The ports as the firewall generator reads them are not in the statement's words: keep
        // what the last text said; a new component's ports are written by hand.
        data.listenPorts = previous?.listenPorts ?? [];
        if (!previous) todo.push({ table: 'communication-matrix', row: id, message: `new component ${component}: write its listenPorts` });
        else if (previous.listenPort !== cell.markdown) {
          todo.push({
            table: 'communication-matrix',
            row: id,
            message: `the 目的端口（侦听） cell changed: check listenPorts still match "${cell.text}"`,
          });
        }
      }
    }
    return data;
  });
}

/** Fields of each table whose zh text has an English translation unit; `lines` fields are lists of them. */
export const localizedFields: Record<StatementTableName, { text: string[]; lines: string[] }> = {
  'file-permissions': { text: ['type'], lines: [] },
  'public-addresses': { text: ['purpose'], lines: [] },
  'communication-matrix': {
    text: [
      'sourceDevice',
      'sourceIp',
      'sourcePort',
      'destinationDevice',
      'destinationIp',
      'listenPort',
      'plane',
      'version',
      'specialCases',
      'remarks',
    ],
    lines: ['portDescription'],
  },
};
