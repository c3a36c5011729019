// npm test's tiers (tests/run.ts), in the order they start when they can: what each runs, what it
// needs first, and how much of the machine it keeps busy.
import type { Tier } from './tier-plan.ts';

const playwright = (...args: string[]) => ['playwright', 'test', ...args];

export const tiers: Tier[] = [
  {
    name: 'kernel',
    about: 'the firewall scripts on a real kernel, in network namespaces',
    command: playwright('--config', 'tests/kernel.config.ts'),
    // Mostly waiting: connections that must not be answered are given 700 ms each.
    cores: 0,
    needs: 'kernel',
  },
  { name: 'lint', about: 'format and lint (Biome)', command: ['biome', 'check', '.'], cores: 0.5 },
  {
    name: 'build',
    about: 'two clean builds at once, compared byte for byte, with no warning',
    command: ['node', 'tests/reproducible-build.ts'],
    cores: 2,
  },
  {
    name: 'browser',
    about: 'what a page of each kind does, in Chromium; every page at five widths',
    command: playwright('--config', 'tests/browser.config.ts'),
    after: ['build'],
    cores: 1,
    needs: 'browser',
  },
  {
    name: 'static',
    about: 'every built page read with an HTML parser: links, fidelity, translations, metadata, CSP, budgets, data',
    command: playwright('--config', 'tests/static.config.ts', '--workers=1'),
    after: ['build'],
    cores: 1,
  },
  { name: 'unit', about: 'the pure modules, schemas and data files', command: playwright('--config', 'tests/unit.config.ts'), cores: 1 },
  { name: 'types', about: 'the type check (astro check)', command: ['astro', 'check'], cores: 1 },
  {
    name: 'bad-data',
    about: 'builds with broken data stop, naming file, row and fix',
    command: playwright('--config', 'tests/bad-data.config.ts'),
    cores: 1,
  },
];
