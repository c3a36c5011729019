/**
 * npm run upstream:add -- <pytorch|torch_npu> --text FILE --entry FILE.json [--english FILE] [--root DIR]
 *
 * Publishes a new upstream revision: copies the text, adds its manifest entry and, for torch_npu,
 * turns its three tables into data files; then says what is left to translate or check. Every file
 * is checked before any is written, and all are written or none (src/tools/upstream/add-revision.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { translationUnits } from '../loaders/statement-tables';
import type { Revision } from '../schemas/revision';
import { AddRefusal, planAdd } from '../tools/upstream/add-revision';

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
  const manifest = (JSON.parse(readFileSync(at(`content/upstream/${policy}.json`), 'utf-8')) as Revision[]).map((row, i) => ({
    ...row,
    position: i + 1,
  }));
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
      translated: new Set(translationUnits(readFileSync(at('content/translations/torch_npu.en.yaml'), 'utf-8')).keys()),
    },
  );

  // All or nothing: every file goes to a temporary name first, then each is renamed into place.
  const temporary = plan.writes.map(({ path, content }) => {
    const target = at(path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.upstream-add-${process.pid}`;
    return { target, temp, content };
  });
  try {
    for (const { temp, content } of temporary) writeFileSync(temp, content);
  } catch (error) {
    for (const { temp } of temporary) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of temporary) renameSync(temp, target);
  console.log(plan.report.join('\n'));
}

try {
  main();
} catch (error) {
  if (!(error instanceof AddRefusal)) throw error;
  console.error(`upstream:add: ${error.message}`);
  process.exitCode = 1;
}
