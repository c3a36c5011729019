// All-or-nothing writes for the commands that change content/ (upstream:add, upstream:sync).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes every file or, as far as the file system allows, none: each goes to a temporary name
 * first; then each is renamed into place, the manifest last (it is what makes the revision
 * published), and a failed rename puts back what the earlier ones replaced.
 */
export function writeAll(files: Array<{ target: string; content: string }>) {
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
