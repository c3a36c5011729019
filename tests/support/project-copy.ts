// A copy of the project in a temporary folder, to build apart from the checkout: the builds with
// broken data, and the first of the two builds the reproducibility check compares.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a build reads: everything but node_modules, which is linked in, and what builds write. */
const projectFiles = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'SECURITY.md', 'src', 'content', 'public'];

/**
 * Copies the project's sources (and, `withTests`, its tests) into a new temporary folder, with each installed package
 * hard-linked into its node_modules: paths resolve inside the copy (Vite follows symbolic links
 * out of it), and the build caches in node_modules/.* stay the copy's own.
 * @returns the copy's folder and a function that removes it
 */
export function copyProject(prefix: string, { withTests = false } = {}): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  // With its tests, it can run npm test itself (the suite's growth, tests/suite-growth.ts).
  for (const name of [...projectFiles, ...(withTests ? ['tests', 'biome.json'] : [])]) {
    cpSync(join(root, name), join(folder, name), { recursive: true, filter: (source) => !source.includes('/test-results') });
  }
  mkdirSync(join(folder, 'node_modules'));
  const sources = readdirSync(join(root, 'node_modules'))
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(root, 'node_modules', name));
  try {
    execFileSync('cp', ['-al', ...sources, join(folder, 'node_modules')]);
  } catch {
    // Hard links cannot cross file systems: copy instead, which is slower.
    execFileSync('cp', ['-a', ...sources, join(folder, 'node_modules')]);
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
