// What tests/run.ts decides, as pure functions: which tiers start now, and whether the run passed.
// Unit-tested in tests/unit/tier-plan.spec.ts.

export interface Tier {
  name: string;
  /** What it checks, for the summary. */
  about: string;
  command: string[];
  /** Tiers that must have passed first. */
  after?: string[];
  /** How much of the machine it keeps busy, in cores: a tier that mostly waits takes none. */
  cores: number;
  /** The test tool it needs: a key of TestTools (tests/support/test-tools.ts). */
  needs?: 'browser' | 'kernel';
}

export type Outcome = { status: 'passed' | 'failed'; seconds: number } | { status: 'skipped'; reason: string };

/**
 * The tiers to start now, and those to skip because a tier they need did not pass: in the tiers'
 * order, each once what it needs has finished, while its cores are free (or nothing runs). A tier
 * that must wait for cores holds back the tiers after it, so that they do not take its cores first.
 * @param tiers the chosen tiers, in the order they should start
 * @param outcomes the finished (and skipped) tiers
 * @param running the names of the tiers running now
 * @param capacity cores, at least 1
 */
export function nextTiers(
  tiers: readonly Tier[],
  outcomes: ReadonlyMap<string, Outcome>,
  running: ReadonlySet<string>,
  capacity: number,
): { start: Tier[]; skip: Array<{ tier: Tier; reason: string }> } {
  const start: Tier[] = [];
  const skip: Array<{ tier: Tier; reason: string }> = [];
  let busy = tiers.filter((tier) => running.has(tier.name)).reduce((sum, tier) => sum + tier.cores, 0);
  let count = running.size;
  for (const tier of tiers) {
    if (outcomes.has(tier.name) || running.has(tier.name)) continue;
    const needed = (tier.after ?? []).filter((name) => tiers.some((other) => other.name === name));
    if (!needed.every((name) => outcomes.has(name))) continue;
    const failed = needed.find((name) => outcomes.get(name)!.status !== 'passed');
    if (failed) {
      skip.push({ tier, reason: `${failed} did not pass` });
      continue;
    }
    if (count > 0 && busy + tier.cores > capacity) break;
    start.push(tier);
    busy += tier.cores;
    count += 1;
  }
  return { start, skip };
}

/**
 * Whether the run passed: no tier failed, and, under CI, none was skipped (CI must run them all).
 * @returns the exit code, and a sentence on the tiers that did not run where there are some
 */
export function verdict(tiers: readonly Tier[], outcomes: ReadonlyMap<string, Outcome>, ci: boolean): { exitCode: 0 | 1; note?: string } {
  const failed = tiers.filter((tier) => outcomes.get(tier.name)?.status === 'failed');
  const skipped = tiers.filter((tier) => outcomes.get(tier.name)?.status === 'skipped').map((tier) => tier.name);
  if (skipped.length > 0 && ci) return { exitCode: 1, note: `CI=true: every tier must run, and ${skipped.join(', ')} could not.` };
  const note = skipped.length > 0 ? `Not run here: ${skipped.join(', ')} (see above).` : undefined;
  return { exitCode: failed.length > 0 ? 1 : 0, note };
}

/**
 * What `npm test -- …` asks for: the tiers named (all when none is), and where to write the times.
 * @param args the arguments after `--`: tier names, and `--json FILE`
 * @throws Error naming an argument that is no tier, with the tiers there are
 */
export function chooseTiers(args: readonly string[], tiers: readonly Tier[]): { chosen: Tier[]; jsonFile?: string } {
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  if (jsonAt >= 0 && !jsonFile) throw new Error('--json needs a file name: npm test -- --json times.json');
  const named = args.filter((arg, i) => !arg.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  const unknown = named.filter((name) => !tiers.some((tier) => tier.name === name));
  if (unknown.length > 0)
    throw new Error(`No tier named ${unknown.join(', ')}; the tiers are ${tiers.map((tier) => tier.name).join(', ')}.`);
  return { chosen: named.length > 0 ? tiers.filter((tier) => named.includes(tier.name)) : [...tiers], jsonFile };
}
