import { devices } from '@playwright/test';
import { tierConfig } from './support/tier-config';
import { findChromium } from './support/chromium';

/**
 * Where the tests serve the production build (`npm test` builds it first). `TEST_PORT` moves it,
 * so that a second checkout can run its tests while this one's run.
 */
const port = Number(process.env.TEST_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;

/** The browser the browser tests drive: the site's build served, Debian's Chromium or Playwright's. */
const chromiumUse = {
  baseURL,
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: findChromium(),
    // Without these, Chromium keeps calling home, and this machine's closed network refuses it.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

/**
 * The browser tier: the production build served as a static host serves it, and Chromium driving
 * it. Each page's markup is read by the static tier (static.config.ts) without either.
 */
export default tierConfig('browser', {
  testDir: '.',
  workers: 2,
  timeout: 60_000,
  projects: [
    {
      // What a page of each kind does, in Chromium: scripts, focus, layout, themes, search. One
      // worker: on these 2-core machines a second Chromium slows both (measured: 39 tests took
      // 71 s on one worker, 83 s on two), while the other core runs the tiers without a browser.
      name: 'browser',
      testDir: 'browser',
      testIgnore: 'search-races.spec.ts',
      workers: 1,
      use: chromiumUse,
    },
    {
      // Search under random network delays: mostly waiting, so it runs beside the browser tests.
      name: 'races',
      testDir: 'browser',
      testMatch: 'search-races.spec.ts',
      workers: 1,
      use: chromiumUse,
    },
  ],
  webServer: {
    command: `node support/serve-dist.ts ${port}`,
    url: baseURL,
    // Always this checkout's build: a server left on the port could be serving another one.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
