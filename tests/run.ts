// npm test: every tier of the test suite, each run as soon as what it needs is there, two cores'
// worth at a time, with what each took. A tier this machine cannot run (no Chromium, not root) is
// named with the reason and skipped; under CI=true a skipped tier fails the run.
//
//   npm test                      every tier
//   npm test -- static browser    only these tiers (and none of what they need: build first)
//   npm test -- --json times.json also write each tier's status and time as JSON (npm run bench reads it)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, join } from 'node:path';
import { chooseTiers, nextTiers, type Outcome, type Tier, verdict } from './support/tier-plan.ts';
import { tiers } from './support/tiers.ts';
import { ensureTestTools } from './support/test-tools.ts';

const root = new URL('..', import.meta.url).pathname;
const logs = join(root, 'test-results', 'tiers');

function runTier(tier: Tier): Promise<Outcome> {
  const started = performance.now();
  const log = createWriteStream(join(logs, `${tier.name}.log`));
  // The project's own tools first, and this Node for `node`, as under `npm test`, so that
  // `node tests/run.ts` run directly finds Playwright, Biome and Astro too.
  const [command, ...args] = tier.command;
  const child = spawn(command === 'node' ? process.execPath : command!, args, {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  console.log(`▶ ${tier.name}: ${tier.about}`);
  return new Promise((resolve) => {
    child.once('error', (error) => log.end(`\n${error.message}\n`));
    child.once('close', (code) => {
      log.end(() => {
        const seconds = Math.round((performance.now() - started) / 100) / 10;
        const status = code === 0 ? 'passed' : 'failed';
        console.log(`${status === 'passed' ? '✓' : '✗'} ${tier.name} ${status} in ${seconds} s`);
        if (status === 'failed') {
          const lines = readFileSync(join(logs, `${tier.name}.log`), 'utf-8')
            .trimEnd()
            .split('\n');
          console.log(`${lines.slice(-120).join('\n')}\n(the whole output: test-results/tiers/${tier.name}.log)\n`);
        }
        resolve({ status, seconds });
      });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const { chosen, jsonFile } = chooseTiers(args, tiers);

  mkdirSync(logs, { recursive: true });
  const tools = ensureTestTools();
  const outcomes = new Map<string, Outcome>();
  for (const tier of chosen) {
    const reason = tier.needs && tools[tier.needs];
    if (reason) outcomes.set(tier.name, { status: 'skipped', reason });
  }

  const started = performance.now();
  const capacity = Math.max(2, availableParallelism());
  const running = new Map<string, Promise<void>>();
  for (;;) {
    const { start, skip } = nextTiers(chosen, outcomes, new Set(running.keys()), capacity);
    for (const { tier, reason } of skip) outcomes.set(tier.name, { status: 'skipped', reason });
    for (const tier of start) {
      running.set(
        tier.name,
        runTier(tier).then((outcome) => {
          outcomes.set(tier.name, outcome);
          running.delete(tier.name);
        }),
      );
    }
    if (running.size === 0) {
      if (skip.length === 0) break;
      continue;
    }
    await Promise.race(running.values());
  }

  const total = Math.round((performance.now() - started) / 1000);
  console.log(`\nTiers (${total} s in all):`);
  for (const tier of chosen) {
    const outcome = outcomes.get(tier.name)!;
    const what = outcome.status === 'skipped' ? `skipped: ${outcome.reason}` : `${outcome.status} in ${outcome.seconds} s`;
    console.log(`  ${outcome.status === 'passed' ? '✓' : outcome.status === 'failed' ? '✗' : '–'} ${tier.name.padEnd(9)} ${what}`);
  }
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ seconds: total, tiers: Object.fromEntries(outcomes) }, null, 2)}\n`);

  const { exitCode, note } = verdict(chosen, outcomes, !!process.env.CI && !['0', 'false'].includes(process.env.CI));
  if (note) console.log(`\n${note}`);
  process.exitCode = exitCode;
}

await main();
