// Builds the site twice from clean, at once, and fails unless the two builds are byte for byte the
// same and print no warning. The first builds in a copy of the project (another folder, so nothing
// may depend on where the checkout is) in UTC, the second in the checkout in another time zone (so
// nothing may depend on the local clock's zone). The second stays in dist/ for the tests that read
// or serve it. Run by `npm test` (tests/run.ts), which puts the project's Node on the PATH.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWarnings, cleanBuild } from './support/clean-build.ts';
import { copyProject, root } from './support/project-copy.ts';

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

/** Where two copies of a file first differ, with a little of each for context. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('utf-8'));
  return `byte ${at}: ${show(a)} ≠ ${show(b)}`;
}

const copy = copyProject('first-build-');
try {
  const [firstOutput, secondOutput] = await Promise.all([
    cleanBuild({ ...process.env, TZ: 'UTC' }, copy.folder),
    cleanBuild({ ...process.env, TZ: 'Asia/Shanghai' }, root),
  ]);
  const [first, second] = [join(copy.folder, 'dist'), join(root, 'dist')];
  const [before, after] = [files(first), files(second)];
  const problems = [
    ...[...new Set([...buildWarnings(firstOutput), ...buildWarnings(secondOutput)])].map((line) => `the build warns: ${line}`),
    ...before.filter((file) => !after.includes(file)).map((file) => `${file}: only in the first build`),
    ...after.filter((file) => !before.includes(file)).map((file) => `${file}: only in the second build`),
    ...before
      .filter((file) => after.includes(file))
      .flatMap((file) => {
        const [a, b] = [readFileSync(join(first, file)), readFileSync(join(second, file))];
        return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
      }),
  ];
  if (problems.length > 0) {
    console.error(`Two clean builds of the same source differ or warn:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`Two clean builds, in two folders and two time zones, are identical, with no warning: ${after.length} files.`);
  }
} finally {
  copy.remove();
}
