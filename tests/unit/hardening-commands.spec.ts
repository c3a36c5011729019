import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readHardeningSteps } from '../support/data';

// Runs the checklist's own commands where they are safe to run: on files the test makes.
const step = (id: string) => readHardeningSteps().find((row) => row.id === id) as unknown as { apply: string; verify: string };

test('the profiler step tightens loose output, never loosens tight output, and then verifies clean', () => {
  const work = mkdtempSync(join(tmpdir(), 'profiler-'));
  try {
    const output = join(work, 'profiler_output');
    const loose = join(output, 'loose');
    mkdirSync(loose, { recursive: true });
    writeFileSync(join(loose, 'trace.json'), '{}');
    writeFileSync(join(output, 'private.json'), '{}');
    chmodSync(loose, 0o2777);
    chmodSync(join(loose, 'trace.json'), 0o666);
    chmodSync(join(output, 'private.json'), 0o600);
    chmodSync(output, 0o755);

    const { apply, verify } = step('profiler-output');
    // Before: verify lists what is too loose.
    expect(execFileSync('bash', ['-c', verify], { cwd: work, encoding: 'utf-8' })).not.toBe('');
    execFileSync('bash', ['-c', apply], { cwd: work });
    expect(execFileSync('bash', ['-c', verify], { cwd: work, encoding: 'utf-8' })).toBe('');
    const mode = (path: string) => statSync(path).mode & 0o7777;
    expect(mode(loose)).toBe(0o750);
    expect(mode(join(loose, 'trace.json'))).toBe(0o640);
    expect(mode(join(output, 'private.json'))).toBe(0o600);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
