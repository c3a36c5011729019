import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';

/**
 * Loads a YAML file holding a list of table rows, each with a unique `id`, into a collection.
 * Each row gets `position`, its 1-based place in the file, because collections come back sorted by
 * id and a table must keep the statement's row order.
 *
 * Astro's own `file()` loader logs YAML syntax errors and rows without an id, then builds on with
 * those rows missing; a published table must never lose a row quietly, so this one stops the build.
 */
export function yamlRows(path: string): Loader {
  return {
    name: 'yaml-rows',
    load: async ({ config, store, parseData, watcher }) => {
      const fileUrl = new URL(path, config.root);
      const filePath = fileURLToPath(fileUrl);
      const rows = parseRows(await readFile(fileUrl, 'utf-8'), path);

      store.clear();
      for (const [index, { id, ...data }] of rows.entries()) {
        if (typeof id !== 'string' || id === '') {
          throw new Error(`${path}: row ${index + 1} has no id. Give every row a unique id, e.g. "id: user-home-directory".`);
        }
        if ('position' in data) {
          throw new Error(`${path}: row ${index + 1} ("${id}") sets position; remove it, the row's place in the file is its position.`);
        }
        if (store.has(id)) {
          throw new Error(`${path}: row ${index + 1} repeats the id "${id}". Every row needs its own id.`);
        }
        store.set({ id, data: await parseData({ id, data: { ...data, position: index + 1 }, filePath }), filePath: path });
      }

      watcher?.add(filePath);
    },
  };
}

function parseRows(text: string, path: string): Array<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = yaml.load(text, { filename: path });
  } catch (error) {
    throw new Error(`${path} is not valid YAML: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new Error(`${path} must hold a non-empty YAML list of rows ("- id: …").`);
  }
  const notObject = parsed.findIndex((row) => typeof row !== 'object' || row === null || Array.isArray(row));
  if (notObject !== -1) {
    throw new Error(`${path}: row ${notObject + 1} is not a mapping of field: value.`);
  }
  return parsed;
}
