import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';

/**
 * Loads a YAML (or JSON) file holding a list of table rows, each with a unique `id`, into a
 * collection; `idOf` names the rows of a file that has no ids of its own (an upstream manifest).
 * Each row gets `position`, its 1-based place in the file, because collections come back sorted by
 * id and a table must keep the statement's row order.
 *
 * Astro's own `file()` loader logs YAML syntax errors and rows without an id, then builds on with
 * those rows missing; a published table must never lose a row quietly, so this one stops the build.
 */
export function yamlRows(path: string, { idOf }: { idOf?: (row: Record<string, unknown>) => string } = {}): Loader {
  return {
    name: 'yaml-rows',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const fileUrl = new URL(path, config.root);
      const filePath = fileURLToPath(fileUrl);

      // Every row is checked before the store changes, so a bad edit never leaves half a table.
      const sync = async () => {
        const rows = parseRows(await readFile(fileUrl, 'utf-8'), path);
        const entries = new Map<string, Record<string, unknown>>();
        for (const [index, row] of rows.entries()) {
          const { id, ...data } = idOf ? { id: idOf(row), ...row } : row;
          if (typeof id !== 'string' || id === '') {
            throw new Error(`${path}: row ${index + 1} has no id. Give every row a unique id, e.g. "id: user-home-directory".`);
          }
          if ('position' in data) {
            throw new Error(`${path}: row ${index + 1} ("${id}") sets position; remove it, the row's place in the file is its position.`);
          }
          if (entries.has(id)) {
            throw new Error(`${path}: row ${index + 1} repeats the id "${id}". Every row needs its own id.`);
          }
          entries.set(id, await parseData({ id, data: { ...data, position: index + 1 }, filePath }));
        }
        store.clear();
        for (const [id, data] of entries) store.set({ id, data, filePath: path });
      };

      watcher?.add(filePath);
      watcher?.on('change', async (changed) => {
        if (changed !== filePath) return;
        try {
          await sync();
          logger.info(`Reloaded ${path}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
      await sync();
    },
  };
}

export function parseRows(text: string, path: string): Array<Record<string, unknown>> {
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
