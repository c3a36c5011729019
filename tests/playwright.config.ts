import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './support/chromium';

/**
 * Where the tests serve the production build (`npm test` builds it first). `TEST_PORT` moves it,
 * so that a second checkout can run its tests while this one's run.
 */
const port = Number(process.env.TEST_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  // One worker: on these 2-core machines a second one gained 5% and made the search-loading tests
  // flaky, as Chromium, the builds with broken data and the kernel test took turns on the cores.
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  projects: [
    {
      name: 'site',
      testDir: 'site',
      fullyParallel: true,
      use: {
        baseURL,
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          // Without these, Chromium keeps calling home, and this machine's closed network refuses it.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    // Builds copies of the project with broken data; each build takes a core.
    { name: 'build', testDir: 'build' },
    // The firewall scripts on the kernel, in network namespaces (needs root).
    { name: 'system', testDir: 'system' },
  ],
  webServer: {
    command: `node support/serve-dist.ts ${port}`,
    url: baseURL,
    // Always this checkout's build: a server left on the port could be serving another one.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
