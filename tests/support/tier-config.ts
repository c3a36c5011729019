import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/**
 * A test tier's Playwright configuration: its tests in tests/<tier>/, its results in
 * test-results/<tier>/ (which tests/run.ts prints from), a list reporter, and `test.only` refused
 * under CI. What differs between tiers (workers, timeouts, projects, a server) is given.
 * @param tier the tier's folder under tests/, e.g. `unit`
 */
export function tierConfig(tier: string, config: PlaywrightTestConfig) {
  return defineConfig({
    testDir: tier,
    outputDir: `../test-results/${tier}`,
    forbidOnly: !!process.env.CI,
    reporter: [['list']],
    ...config,
  });
}
