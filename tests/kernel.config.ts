import { tierConfig } from './support/tier-config';

/**
 * The kernel tier: the firewall generator's scripts run for real in Linux network namespaces, on
 * iptables-nft, iptables-legacy and nftables. Needs root, and a kernel that lets it make network
 * namespaces; tests/run.ts says so and skips it where it cannot run.
 */
export default tierConfig('kernel', {
  workers: 1,
  timeout: 60_000,
});
