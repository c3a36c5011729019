/**
 * The text of the files `npm run upstream:add` writes: a table's data file and the translation
 * units. Pure: the command writes what these return.
 */
import yaml from 'js-yaml';
import type { DataRow, StatementTableName } from './statement-tables';

const titles: Record<StatementTableName, string> = {
  'file-permissions': '文件权限参考 — the file-permission reference. Schema: src/schemas/file-permission.ts',
  'public-addresses': "公网地址 — public addresses in torch_npu's files. Schema: src/schemas/public-address.ts",
  'communication-matrix': '通信矩阵信息 — one entry per component (a column of the table). Schema: src/schemas/communication-matrix.ts',
};

const dump = (value: unknown) => yaml.dump(value, { lineWidth: -1, noRefs: true, quotingType: "'" });

/**
 * A table's data file, content/data/torch_npu/<text>/<table>.yaml: the rows in the statement's order,
 * each cell's Chinese text as upstream writes it (the English is in the translation units).
 * @param text the published text's address segment, e.g. `v2.4.0-6.0.0`
 */
export function tableFile(table: StatementTableName, text: string, rows: DataRow[]): string {
  const body = rows.map((row) => dump([row])).join('\n');
  return `# ${titles[table]}\n# The table of the statement published as ${text}, in its row order. The build checks every\n# cell against the text in content/upstream/; ids and the fields the text does not spell out\n# (kind, listenPorts) are this site's.\n\n${body}`;
}

/** content/translations/torch_npu.en.yaml: one `{ zh, en }` unit per distinct Chinese text. */
export function unitsFile(units: Array<{ zh: string; en: string }>): string {
  return `# English for the torch_npu statement's table cells: one unit per distinct Chinese text, written\n# by this site and shared by every release that uses the text. The build fails when a published\n# cell has no unit here; \`npm run upstream:add\` lists the ones a new text needs.\n\n${units.map((unit) => dump([unit])).join('\n')}`;
}
