import { defineConfig } from '@playwright/test';

/**
 * The kernel tier: the firewall generator's scripts run for real in Linux network namespaces, on
 * iptables-nft, iptables-legacy and nftables. Needs root, and a kernel that lets it make network
 * namespaces; tests/run.ts says so and skips it where it cannot run.
 */
export default defineConfig({
  testDir: 'kernel',
  outputDir: '../test-results/kernel',
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
});
