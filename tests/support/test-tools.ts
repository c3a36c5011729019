// The programs the tests drive, found or installed: a Chromium for the browser tier (Playwright
// cannot download its own browsers on every machine, so Debian's "chromium" where it has none), and
// iptables (both backends), nftables and iproute2 for the kernel tier, which also needs root and
// network namespaces. As root, what is missing is installed from Debian's packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { debianChromium, findChromium } from './chromium.ts';

/** Each program a tier runs, and the Debian package that brings it. */
const programs: Array<{ path: string; found: () => boolean; package: string; for: 'browser' | 'kernel' }> = [
  { path: debianChromium, found: () => findChromium() !== undefined, package: 'chromium', for: 'browser' },
  ...['iptables-nft', 'iptables-legacy', 'ip6tables-nft', 'ip6tables-legacy', 'iptables-nft-restore', 'iptables-legacy-restore'].map(
    (name) => ({ path: `/usr/sbin/${name}`, found: () => existsSync(`/usr/sbin/${name}`), package: 'iptables', for: 'kernel' as const }),
  ),
  { path: '/usr/sbin/nft', found: () => existsSync('/usr/sbin/nft'), package: 'nftables', for: 'kernel' },
  { path: '/usr/sbin/ip', found: () => existsSync('/usr/sbin/ip') || existsSync('/sbin/ip'), package: 'iproute2', for: 'kernel' },
];

/** Why a tier cannot run on this machine, or undefined when it can. */
export interface TestTools {
  browser?: string;
  kernel?: string;
}

const isRoot = () => process.getuid?.() === 0;

/** Whether this process may make a network namespace: root alone is not enough in a container without NET_ADMIN and SYS_ADMIN. */
function canMakeNetworkNamespaces(): string | undefined {
  const name = `tools-probe-${process.pid}`;
  const made = spawnSync('ip', ['netns', 'add', name], {
    encoding: 'utf-8',
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` },
  });
  if (made.status !== 0)
    return `\`ip netns add\` failed: ${(made.stderr || made.error?.message || '').trim()} (a container needs --cap-add NET_ADMIN --cap-add SYS_ADMIN)`;
  spawnSync('ip', ['netns', 'delete', name], { env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` } });
  return undefined;
}

/**
 * Finds the test tools, installing the missing ones with apt-get when this process is root.
 * @returns for each tier that cannot run here, why, in a sentence that says what to do
 * @throws Error when apt-get ran but a program is still missing
 */
export function ensureTestTools(): TestTools {
  const missing = programs.filter((program) => !program.found());
  const packages = [...new Set(missing.map((program) => program.package))];
  if (packages.length > 0 && isRoot() && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian's ${packages.join(', ')} for the tests.`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const still = programs.filter((program) => !program.found());
    if (still.length > 0)
      throw new Error(`apt-get installed ${packages.join(', ')}, but ${still.map((program) => program.path).join(', ')} is still missing.`);
    return ensureTestTools();
  }
  const lacking = (tier: 'browser' | 'kernel') => missing.filter((program) => program.for === tier);
  const tools: TestTools = {};
  if (lacking('browser').length > 0) {
    tools.browser = `no Chromium: install Debian's chromium (sudo apt-get install chromium) or Playwright's (npx playwright install chromium)`;
  }
  if (process.platform !== 'linux') tools.kernel = 'it runs the firewall scripts in Linux network namespaces, and this is not Linux';
  else if (!isRoot()) tools.kernel = 'it makes network namespaces and firewall rules, which needs root: run sudo npm test';
  else if (lacking('kernel').length > 0)
    tools.kernel = `${lacking('kernel')
      .map((program) => program.path)
      .join(', ')} missing: sudo apt-get install ${[...new Set(lacking('kernel').map((program) => program.package))].join(' ')}`;
  else tools.kernel = canMakeNetworkNamespaces();
  return tools;
}
