// A build with nothing left from the one before: the reproducibility check and the benchmark
// both need one. Run through npm, which puts the project's Node and `astro` on the PATH.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;

/** Everything a build leaves behind for the next one to reuse. */
const caches = ['dist', '.astro', 'node_modules/.astro'];

/** Builds from clean and returns what the build printed (without colours); throws, printing it, if the build fails. */
export function cleanBuild(env: NodeJS.ProcessEnv = process.env): string {
  for (const folder of caches) rmSync(root + folder, { recursive: true, force: true });
  const build = spawnSync('astro', ['build'], { cwd: root, encoding: 'utf-8', env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const output = `${build.stdout}${build.stderr}`;
  if (build.status !== 0) {
    process.stderr.write(output);
    throw new Error(`astro build failed (${build.error?.message ?? `exit status ${build.status}`}).`);
  }
  return output;
}

/**
 * The warnings in a build's output, one line each. A clean build prints none, so a newcomer can
 * tell a working build at a glance (the README's Commands say which npm install warnings remain).
 */
export const buildWarnings = (output: string): string[] =>
  output
    .split('\n')
    .filter((line) => /\[WARN\]/.test(line))
    .map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\d\d:\d\d:\d\d /, ''));
