import { expect, test } from '@playwright/test';
import { chooseTiers, nextTiers, type Outcome, type Tier, verdict } from '../support/tier-plan';

// npm test's plan (tests/run.ts): which tiers start, and whether a run passed.

const tier = (name: string, cores: number, after?: string[]): Tier => ({ name, about: name, command: ['true'], cores, after });
const tiers = [
  tier('kernel', 0),
  tier('lint', 0.5),
  tier('build', 2),
  tier('browser', 1, ['build']),
  tier('static', 1, ['build']),
  tier('unit', 1),
];
const passed: Outcome = { status: 'passed', seconds: 1 };
const names = (list: Tier[]) => list.map(({ name }) => name);

test('the tiers start in order while their cores are free, and one that must wait holds back those after it', () => {
  // Nothing runs: the kernel tier (which mostly waits) and lint start; the build waits for lint's core.
  expect(names(nextTiers(tiers, new Map(), new Set(), 2).start)).toEqual(['kernel', 'lint']);
  // Lint done: the build takes both cores, and unit, though ready, does not start before it.
  expect(names(nextTiers(tiers, new Map([['lint', passed]]), new Set(['kernel']), 2).start)).toEqual(['build']);
  // The build done: the browser and static tiers take the two cores; unit waits.
  const built = new Map([
    ['lint', passed],
    ['build', passed],
  ]);
  expect(names(nextTiers(tiers, built, new Set(['kernel']), 2).start)).toEqual(['browser', 'static']);
  // When nothing runs, a tier starts whatever it asks for.
  expect(names(nextTiers([tier('big', 4)], new Map(), new Set(), 2).start)).toEqual(['big']);
});

test('a tier whose build failed is skipped, and says why', () => {
  const { start, skip } = nextTiers(
    tiers,
    new Map<string, Outcome>([
      ['lint', passed],
      ['build', { status: 'failed', seconds: 3 }],
    ]),
    new Set(),
    2,
  );
  expect(skip.map(({ tier, reason }) => `${tier.name}: ${reason}`)).toEqual(['browser: build did not pass', 'static: build did not pass']);
  expect(names(start)).toEqual(['kernel', 'unit']);
});

test('a tier that is not chosen holds nothing back', () => {
  expect(names(nextTiers([tier('static', 1, ['build'])], new Map(), new Set(), 2).start)).toEqual(['static']);
});

test('a skipped tier fails the run under CI, and only names itself elsewhere', () => {
  const outcomes = new Map<string, Outcome>(tiers.map(({ name }) => [name, passed]));
  outcomes.set('kernel', { status: 'skipped', reason: 'needs root' });
  expect(verdict(tiers, outcomes, true)).toEqual({ exitCode: 1, note: 'CI=true: every tier must run, and kernel could not.' });
  expect(verdict(tiers, outcomes, false)).toEqual({ exitCode: 0, note: 'Not run here: kernel (see above).' });
  outcomes.set('unit', { status: 'failed', seconds: 2 });
  expect(verdict(tiers, outcomes, false).exitCode).toBe(1);
  expect(verdict(tiers, new Map(tiers.map(({ name }) => [name, passed])), true)).toEqual({ exitCode: 0 });
});

test('npm test -- names the tiers to run, every tier when none is named', () => {
  expect(names(chooseTiers([], tiers).chosen)).toEqual(names(tiers));
  expect(names(chooseTiers(['build'], tiers).chosen)).toEqual(['build']);
  expect(chooseTiers(['static', '--json', 'times.json', 'unit'], tiers)).toEqual({
    chosen: tiers.filter(({ name }) => ['static', 'unit'].includes(name)),
    jsonFile: 'times.json',
  });
  expect(() => chooseTiers(['browsr'], tiers)).toThrow('No tier named browsr; the tiers are kernel, lint, build, browser, static, unit.');
  expect(() => chooseTiers(['--json'], tiers)).toThrow('--json needs a file name');
});
