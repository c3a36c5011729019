import { defineConfig } from '@playwright/test';

/**
 * The bad-data tier: copies of the project with one data file broken, each synced or built; the
 * build must stop and say which file, entry and field is wrong. Needs no build of the checkout.
 */
export default defineConfig({
  testDir: 'bad-data',
  outputDir: '../test-results/bad-data',
  // Each build takes a core; tests/run.ts gives this tier one.
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 120_000,
});
