import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './support/chromium';

/** Where the tests serve the production build (`npm test` builds it first). */
export const baseURL = 'http://127.0.0.1:4329';

export default defineConfig({
  testDir: '.',
  // The unit tier has its own config (unit.config.ts) and runs before the build.
  testIgnore: ['unit/**'],
  outputDir: '../test-results',
  // These machines have two cores: one worker keeps the build-failure tests and the browser apart.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: findChromium(),
      // Without these, Chromium keeps calling home, and this machine's closed network refuses it.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node support/serve-dist.ts 4329',
    url: baseURL,
    // Always this checkout's build: a server left on the port could be serving another one.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
