/**
 * npm run upstream:add -- <pytorch|torch_npu> --text FILE --entry FILE.json [--english FILE] [--root DIR]
 *
 * Publishes a new upstream revision: copies the text, adds its manifest entry and, for torch_npu,
 * turns its three tables into data files; then says what is left to translate or check. Every file
 * is checked before any is written, and all are written or none (src/upstream/add-revision.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { translationFiles, translationUnits } from '../loaders/statement-tables';
import type { Revision } from '../schemas/revision';
import { AddRefusal, planAdd } from '../upstream/add-revision';
import { writeAll } from './write-all';

const usage = 'usage: npm run upstream:add -- <pytorch|torch_npu> --text FILE --entry FILE.json [--english FILE] [--root DIR]';

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { text: { type: 'string' }, entry: { type: 'string' }, english: { type: 'string' }, root: { type: 'string' } },
  });
  const policy = positionals[0];
  if ((policy !== 'pytorch' && policy !== 'torch_npu') || !values.text || !values.entry) throw new AddRefusal(usage);
  const root = resolve(values.root ?? '.');
  const at = (path: string) => join(root, path);
  const readIfThere = (path: string) => (existsSync(path) ? readFileSync(path, 'utf-8') : undefined);
  const readGiven = (path: string, what: string) => {
    const text = readIfThere(resolve(path));
    if (text === undefined) throw new AddRefusal(`${what} ${path} does not exist.`);
    return text;
  };

  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(readGiven(values.entry, 'The entry file'));
  } catch (error) {
    if (error instanceof AddRefusal) throw error;
    throw new AddRefusal(`${values.entry} is not JSON: ${(error as Error).message}`);
  }
  const manifestFile = `content/upstream/${policy}.json`;
  const manifest = (readRepositoryFile(manifestFile, (text) => JSON.parse(text)) as Revision[]).map((row, i) => ({
    ...row,
    position: i + 1,
  }));
  const units = readRepositoryFile(translationFiles.torch_npu.file, (text) => translationUnits(text, translationFiles.torch_npu));
  const pytorchUnits = readRepositoryFile(translationFiles.pytorch.file, (text) => translationUnits(text, translationFiles.pytorch));
  const plan = planAdd(
    {
      policy,
      entry,
      text: readGiven(values.text, 'The text'),
      english: values.english === undefined ? undefined : readGiven(values.english, 'The English text'),
    },
    {
      manifest,
      upstreamText: (file) => readIfThere(at(`content/upstream/${file}`)),
      dataRows: (text, table) => {
        const source = readIfThere(at(`content/data/torch_npu/${text}/${table}.yaml`));
        return source === undefined ? undefined : (yaml.load(source) as never);
      },
      translated: new Set(units.keys()),
      translatedPytorch: new Set(pytorchUnits.keys()),
    },
  );

  writeAll(plan.writes.map(({ path, content }) => ({ target: at(path), content })));
  console.log(plan.report.join('\n'));

  /** A file of the repository, parsed; a file that is missing or does not parse is a refusal naming it. */
  function readRepositoryFile<T>(path: string, parse: (text: string) => T): T {
    try {
      return parse(readFileSync(at(path), 'utf-8'));
    } catch (error) {
      throw new AddRefusal(`${path} cannot be read: ${(error as Error).message}`);
    }
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof AddRefusal)) throw error;
  console.error(`upstream:add: ${error.message}`);
  process.exitCode = 1;
}
