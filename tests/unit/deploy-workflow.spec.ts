import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { tiers } from '../support/tiers';

// The GitHub Pages workflow publishes only what passed the checks CI runs, /.well-known included.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf-8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[]; needs?: string; container?: { image: string; options?: string }; env?: Record<string, string> }>;
}

test('the deploy workflow runs .ci/run, then publishes dist/ with its hidden folders', () => {
  const workflow = load(read('.github/workflows/deploy.yml')) as Workflow;
  const steps = workflow.jobs.build!.steps;
  const runs = steps.findIndex((step) => step.run?.trim() === '.ci/run');
  const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  expect(runs, 'a step that runs .ci/run').toBeGreaterThan(-1);
  expect(upload, 'the upload comes after the checks').toBeGreaterThan(runs);
  expect(steps[upload]!.with).toEqual({ path: 'dist', 'include-hidden-files': true });
  expect(workflow.jobs.deploy!.needs).toBe('build');
});

test('the deploy workflow runs every tier: the kernel tier gets the capabilities it needs, and CI=true fails a tier that cannot run', () => {
  const { build } = (load(read('.github/workflows/deploy.yml')) as Workflow).jobs;
  // Docker's default capabilities lack NET_ADMIN and SYS_ADMIN, so `ip netns add` fails in a plain container.
  const options = build!.container?.options ?? '';
  for (const option of ['--cap-add NET_ADMIN', '--cap-add SYS_ADMIN', '--security-opt apparmor=unconfined'])
    expect(options).toContain(option);
  expect(build!.env?.CI).toBe('true');
  expect(tiers.map(({ name }) => name)).toContain('kernel');
});

test('CI installs and then runs the README test command, which runs every tier, the reproducible build check among them', () => {
  const ci = read('.ci/run')
    .trim()
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));
  expect(ci.slice(-2)).toEqual(['npm install --no-audit --no-fund', 'npm test']);
  expect(read('README.md')).toContain('npm install && npm test');
  const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  expect(scripts.test).toBe('node tests/run.ts');
  expect(tiers.find(({ name }) => name === 'build')?.command).toEqual(['node', 'tests/reproducible-build.ts']);
});

test('every day, a workflow runs the sync with --write and opens a pull request whose body is its report', () => {
  const workflow = load(read('.github/workflows/upstream-sync.yml')) as {
    on: { schedule?: Array<{ cron: string }> };
    jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
  };
  expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const sync = steps.findIndex((step) => step.run?.includes('npm run upstream:sync -- --write --report'));
  const pullRequest = steps.findIndex((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
  expect(sync).toBeGreaterThan(-1);
  expect(pullRequest).toBeGreaterThan(sync);
  expect(JSON.stringify(steps[pullRequest])).toContain('sync-report.md');
  // The script the workflow runs is the project's.
  expect(JSON.parse(read('package.json')).scripts['upstream:sync']).toBe('tsx src/cli/upstream-sync.ts');
});
