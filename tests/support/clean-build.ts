// A build with nothing left from the one before: the reproducibility check and the benchmark
// both need one. Run through npm, which puts the project's Node and `astro` on the PATH.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './project-copy.ts';

/** Everything a build leaves behind for the next one to reuse. */
const caches = ['dist', '.astro', 'node_modules/.astro'];

/**
 * Builds the project in `folder` (the checkout unless named) from clean.
 * @returns what the build printed, without colours
 * @throws Error, after printing the build's output, if the build fails
 */
export async function cleanBuild(env: NodeJS.ProcessEnv = process.env, folder = root): Promise<string> {
  for (const cache of caches) rmSync(join(folder, cache), { recursive: true, force: true });
  const build = spawn(process.execPath, [join(folder, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: folder,
    env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  build.stdout.on('data', (chunk) => (output += chunk));
  build.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    build.once('error', reject);
    build.once('close', resolve);
  });
  if (status !== 0) {
    process.stderr.write(output);
    throw new Error(`astro build failed in ${folder} (exit status ${status}).`);
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
