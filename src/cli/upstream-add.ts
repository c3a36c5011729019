/**
 * npm run upstream:add -- <pytorch|torch_npu> --text FILE --entry FILE.json [--english FILE] [--root DIR]
 *
 * Publishes a new upstream revision: copies the text, adds its manifest entry and, for torch_npu,
 * turns its three tables into data files; then says what is left to translate or check. Every file
 * is checked before any is written, and all are written or none (src/upstream/add-revision.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { translationUnits } from '../loaders/statement-tables';
import type { Revision } from '../schemas/revision';
import { AddRefusal, planAdd } from '../upstream/add-revision';

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
  const units = readRepositoryFile('content/translations/torch_npu.en.yaml', translationUnits);
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

/**
 * Writes every file or, as far as the file system allows, none: each goes to a temporary name
 * first; then each is renamed into place, the manifest last (it is what makes the revision
 * published), and a failed rename puts back what the earlier ones replaced.
 */
function writeAll(files: Array<{ target: string; content: string }>) {
  const ordered = files.toSorted((a, b) => Number(a.target.endsWith('.json')) - Number(b.target.endsWith('.json')));
  const staged: Array<{ target: string; temp: string; backup?: string; dirs: string[] }> = [];
  try {
    for (const { target, content } of ordered) {
      const dirs = missingDirs(dirname(target));
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.upstream-add-${process.pid}`;
      staged.push({ target, temp, dirs });
      writeFileSync(temp, content);
    }
  } catch (error) {
    undo(staged, []);
    throw error;
  }
  const done: typeof staged = [];
  try {
    for (const file of staged) {
      if (existsSync(file.target)) {
        file.backup = `${file.target}.upstream-add-backup-${process.pid}`;
        renameSync(file.target, file.backup);
      }
      renameSync(file.temp, file.target);
      done.push(file);
    }
  } catch (error) {
    undo(staged, done);
    throw error;
  }
  for (const file of done) if (file.backup) rmSync(file.backup, { force: true });
}

/** Puts back what `writeAll` changed: renamed files, their backups, temporary files, new folders. */
function undo(staged: Array<{ target: string; temp: string; backup?: string; dirs: string[] }>, done: typeof staged) {
  for (const file of done.toReversed()) {
    rmSync(file.target, { force: true });
    if (file.backup) renameSync(file.backup, file.target);
  }
  for (const file of staged) {
    rmSync(file.temp, { force: true });
    if (file.backup && existsSync(file.backup) && !existsSync(file.target)) renameSync(file.backup, file.target);
  }
  for (const dir of staged.flatMap((file) => file.dirs).toReversed()) rmSync(dir, { recursive: true, force: true });
}

/** The folders from `dir` up that do not exist yet, deepest first. */
function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) missing.push(at);
  return missing;
}

try {
  main();
} catch (error) {
  if (!(error instanceof AddRefusal)) throw error;
  console.error(`upstream:add: ${error.message}`);
  process.exitCode = 1;
}
