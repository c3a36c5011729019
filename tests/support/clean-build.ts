// A build with nothing left from the one before: the reproducibility check and the benchmark
// both need one. Run through npm, which puts the project's Node and `astro` on the PATH.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;

/** Everything a build leaves behind for the next one to reuse. */
const caches = ['dist', '.astro', 'node_modules/.astro'];

export function cleanBuild(env: NodeJS.ProcessEnv = process.env): void {
  for (const folder of caches) rmSync(root + folder, { recursive: true, force: true });
  execFileSync('astro', ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env });
}
