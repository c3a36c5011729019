// A copy of the project in a temporary folder, to build apart from the checkout: the builds with
// broken data, and the first of the two builds the reproducibility check compares.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a build reads: everything but node_modules, which is linked in, and what builds write. */
const projectFiles = ['astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json', 'SECURITY.md', 'src', 'content', 'public'];

/**
 * Copies the project's sources (and, `withTests`, every file a clone has: tests, CI, docs) into a new temporary folder, with each installed package
 * hard-linked into its node_modules: paths resolve inside the copy (Vite follows symbolic links
 * out of it), and the build caches in node_modules/.* stay the copy's own.
 * @returns the copy's folder and a function that removes it
 */
export function copyProject(prefix: string, { withTests = false } = {}): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  // With its tests, it can run npm test itself (the suite's growth, tests/suite-growth.ts).
  if (withTests) {
    // What a clone of the checkout would hold, with what is not committed yet: every file git
    // does not ignore.
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf-8' });
    for (const file of files.split('\0').filter(Boolean)) {
      if (existsSync(join(root, file))) cpSync(join(root, file), join(folder, file), { recursive: true });
    }
  } else {
    for (const name of projectFiles) cpSync(join(root, name), join(folder, name), { recursive: true });
  }
  mkdirSync(join(folder, 'node_modules'));
  const sources = readdirSync(join(root, 'node_modules'))
    // The build caches (.astro, .vite) stay behind; the commands (.bin, relative links) come along,
    // so that the copy's `playwright` is its own and loads its own @playwright/test.
    .filter((name) => name === '.bin' || !name.startsWith('.'))
    .map((name) => join(root, 'node_modules', name));
  try {
    execFileSync('cp', ['-al', ...sources, join(folder, 'node_modules')]);
  } catch {
    // Hard links cannot cross file systems: copy instead, which is slower.
    execFileSync('cp', ['-a', ...sources, join(folder, 'node_modules')]);
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
