// Builds the site twice from clean and fails unless the two builds are byte for byte the same,
// and print no warning. The second build runs in another time zone, so nothing may depend on the
// local clock's zone.
// The second build stays in dist/ for the browser tests. Run by `npm test` (so by CI), which puts
// the project's Node and `astro` on the PATH.
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWarnings, cleanBuild } from './support/clean-build.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

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

const first = join(mkdtempSync(join(tmpdir(), 'first-build-')), 'dist');
const firstOutput = cleanBuild({ ...process.env, TZ: 'UTC' });
renameSync(dist, first);
const secondOutput = cleanBuild({ ...process.env, TZ: 'Asia/Shanghai' });

const [before, after] = [files(first), files(dist)];
const problems = [
  ...[...new Set([...buildWarnings(firstOutput), ...buildWarnings(secondOutput)])].map((line) => `the build warns: ${line}`),
  ...before.filter((file) => !after.includes(file)).map((file) => `${file}: only in the first build`),
  ...after.filter((file) => !before.includes(file)).map((file) => `${file}: only in the second build`),
  ...before
    .filter((file) => after.includes(file))
    .flatMap((file) => {
      const [a, b] = [readFileSync(join(first, file)), readFileSync(join(dist, file))];
      return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
    }),
];
rmSync(join(first, '..'), { recursive: true, force: true });

if (problems.length > 0) {
  console.error(`Two clean builds of the same source differ or warn:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Two clean builds are identical, with no warning: ${after.length} files.`);
