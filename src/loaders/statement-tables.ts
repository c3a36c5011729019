import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Loader } from 'astro/loaders';
import { publishedTexts } from '../lib/published-texts';
import type { TorchNpuRevision } from '../schemas/revision';
import { type DataRow, localizedFields, type StatementTableName, statementTables, tableRows } from '../upstream/statement-tables';
import { parseRows } from './yaml-rows';

/** Where each published torch_npu text's tables are: content/data/torch_npu/<text>/<table>.yaml. */
export const statementDataDir = 'content/data/torch_npu/';
/** The English of every table cell, one unit per distinct Chinese text. */
export const translationsFile = 'content/translations/torch_npu.en.yaml';

/** Each policy's translation units: the file, and the keys of a unit's original and its translation. */
export const translationFiles = {
  torch_npu: { file: translationsFile, from: 'zh', to: 'en' },
  pytorch: { file: 'content/translations/pytorch.zh-CN.yaml', from: 'en', to: 'zh' },
} as const;
export type TranslationFile = (typeof translationFiles)[keyof typeof translationFiles];
const manifestFile = 'content/upstream/torch_npu.json';

/**
 * Loads one of the statement's tables for every published torch_npu text into a collection: entry
 * id `<text>/<row id>` (`v2.4.0-6.0.0/user-home-directory`), `position` the row's place in its file.
 * Each data file holds the Chinese cells; the English comes from the translation units, so a
 * sentence shared by many releases is translated once.
 *
 * The build stops, naming file, row and field, when a published text has no data file, or when a
 * data file does not say what its upstream text's table says (rows, order, cells). Nothing is
 * stored until every file has passed. A cell without a translation unit keeps its Chinese in
 * English too, and the build says how many there are.
 */
export function statementTableRows(table: StatementTableName): Loader {
  return {
    name: `statement-${table}`,
    load: async ({ config, store, parseData, watcher, logger }) => {
      const at = (path: string) => new URL(path, config.root);
      const sync = async () => {
        const manifest = JSON.parse(await readFile(at(manifestFile), 'utf-8')) as TorchNpuRevision[];
        const english = translationUnits(await readFile(at(translationsFile), 'utf-8'));
        const entries = new Map<string, { data: Record<string, unknown>; filePath: string }>();
        const untranslated = new Set<string>();
        for (const text of publishedTexts(manifest)) {
          const path = `${statementDataDir}${text.slug}/${table}.yaml`;
          let source: string;
          try {
            source = await readFile(at(path), 'utf-8');
          } catch {
            throw new Error(
              `${path} is missing: every published text needs its tables. Run npm run upstream:add for content/upstream/${text.file}.`,
            );
          }
          const rows = parseRows(source, path) as DataRow[];
          const noId = rows.findIndex((row) => typeof row.id !== 'string' || row.id === '');
          if (noId !== -1)
            throw new Error(`${path}: row ${noId + 1} has no id. Give every row a unique id, e.g. "id: user-home-directory".`);
          // Each row against its schema first (the field that is wrong), then the file against its text.
          for (const [index, row] of rows.entries()) {
            const { id, ...fields } = row;
            const where = `${path}: row ${index + 1} ("${id}")`;
            const data = { ...translated(fields, table, english, where, untranslated), position: index + 1 };
            const entryId = `${text.slug}/${id}`;
            if (entries.has(entryId)) throw new Error(`${where} repeats its id. Every row needs its own id.`);
            entries.set(entryId, { data: await parseData({ id: entryId, data, filePath: fileURLToPath(at(path)) }), filePath: path });
          }
          checkAgainstText(rows, await readFile(at(`content/upstream/${text.file}`), 'utf-8'), table, path, text.file);
        }
        if (untranslated.size > 0) {
          logger.info(
            `${untranslated.size} cell(s) of the ${table} tables have no English yet and keep their Chinese; add them to ${translationsFile}.`,
          );
        }
        store.clear();
        for (const [id, { data, filePath }] of entries) store.set({ id, data, filePath });
      };
      watcher?.add([fileURLToPath(at(statementDataDir)), fileURLToPath(at(translationsFile))]);
      watcher?.on('change', async (changed) => {
        if (!changed.includes('/content/data/torch_npu/') && !changed.endsWith(translationsFile)) return;
        try {
          await sync();
          logger.info(`Reloaded the ${table} tables`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
      await sync();
    },
  };
}

/**
 * The translation units file: a list of `{ zh, en }`, each Chinese text once.
 * @throws Error naming the unit that is malformed or repeated
 */
export function translationUnits(source: string, { file, from, to }: TranslationFile = translationFiles.torch_npu): Map<string, string> {
  const units = new Map<string, string>();
  const names = { zh: 'Chinese', en: 'English' };
  for (const [index, unit] of parseRows(source, file).entries()) {
    const original = (unit as Record<string, unknown>)[from];
    const translation = (unit as Record<string, unknown>)[to];
    if (typeof original !== 'string' || typeof translation !== 'string' || !original.trim() || !translation.trim()) {
      throw new Error(
        `${file}: unit ${index + 1} must be "- ${from}: <${names[from]} text>" and "  ${to}: <its ${names[to]}>", both non-empty.`,
      );
    }
    if (units.has(original)) throw new Error(`${file}: unit ${index + 1} repeats the ${names[from]} text "${original}"; keep one.`);
    units.set(original, translation);
  }
  return units;
}

/**
 * A data row with each localized field as `{ zh, en }`. A cell no translator has reached yet has its
 * Chinese as its English too, so that a new text publishes at once; it is added to `untranslated`.
 */
function translated(
  fields: Record<string, unknown>,
  table: StatementTableName,
  english: Map<string, string>,
  where: string,
  untranslated: Set<string>,
) {
  const en = (field: string, zh: unknown) => {
    if (typeof zh !== 'string') throw new Error(`${where}: ${field} must be the cell's Chinese text.`);
    const text = english.get(zh);
    if (text === undefined) untranslated.add(zh);
    return text ?? zh;
  };
  const out = { ...fields };
  for (const field of localizedFields[table].text) out[field] = { zh: fields[field], en: en(field, fields[field]) };
  for (const field of localizedFields[table].lines) {
    const lines = fields[field];
    if (!Array.isArray(lines)) throw new Error(`${where}: ${field} must be a list of the cell's lines.`);
    out[field] = { zh: lines, en: lines.map((line) => en(field, line)) };
  }
  return out;
}

/** Each text's tables, read once for the three collections (they load in the same process). */
const parsed = new Map<string, ReturnType<typeof statementTables>>();
function parsedTables(text: string) {
  let tables = parsed.get(text);
  if (!tables) {
    tables = statementTables(text);
    parsed.set(text, tables);
  }
  return tables;
}

/**
 * A data file must say what its text's table says: the same rows in the same order, each cell the
 * same. Row ids and the fields the statement does not spell out (kind, listenPorts) are the file's.
 * @param rows the data file's rows, as written; `path` names the file, `file` the upstream text (in content/upstream/)
 * @throws Error naming the file, the row, the field and both texts, at the first difference
 */
export function checkAgainstText(rows: DataRow[], text: string, table: StatementTableName, path: string, file: string) {
  const upstream = `content/upstream/${file}`;
  let fromText: DataRow[];
  try {
    fromText = tableRows(table, parsedTables(text), [rows]);
  } catch (error) {
    throw new Error(`${upstream}: ${(error as Error).message} (read to check ${path}).`);
  }
  if (fromText.length !== rows.length) {
    throw new Error(
      `${path} has ${rows.length} rows but the table in ${upstream} has ${fromText.length}; the data must list every row of the text, in its order.`,
    );
  }
  for (const [index, expected] of fromText.entries()) {
    for (const [field, value] of Object.entries(expected)) {
      if (field === 'id' || field === 'kind' || field === 'listenPorts') continue;
      const actual = rows[index]![field];
      if (!isDeepStrictEqual(actual, value)) {
        throw new Error(
          `${path}: row ${index + 1} ("${rows[index]!.id}") ${field} is ${JSON.stringify(actual)} but ${upstream} has ${JSON.stringify(value)}; the data must say what the text says.`,
        );
      }
    }
  }
}
