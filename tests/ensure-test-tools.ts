// Makes sure the programs the tests drive are there, installing Debian's packages when missing (as root):
// - a Chromium: Playwright cannot download its own browsers on every machine, so Debian's "chromium";
// - iptables (both backends), nftables and iproute2, for tests/system/firewall-netns.spec.ts, which runs
//   the firewall generator's scripts in network namespaces.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { debianChromium, findChromium } from './support/chromium.ts';

/** Each program the tests run, and the Debian package that brings it. */
const programs: Array<{ path: string; found: () => boolean; package: string }> = [
  { path: debianChromium, found: () => findChromium() !== undefined, package: 'chromium' },
  ...['iptables-nft', 'iptables-legacy', 'ip6tables-nft', 'ip6tables-legacy', 'iptables-nft-restore', 'iptables-legacy-restore'].map(
    (name) => ({
      path: `/usr/sbin/${name}`,
      found: () => existsSync(`/usr/sbin/${name}`),
      package: 'iptables',
    }),
  ),
  { path: '/usr/sbin/nft', found: () => existsSync('/usr/sbin/nft'), package: 'nftables' },
  { path: '/usr/sbin/ip', found: () => existsSync('/usr/sbin/ip') || existsSync('/sbin/ip'), package: 'iproute2' },
];

const missing = programs.filter((program) => !program.found());
const packages = [...new Set(missing.map((program) => program.package))];
if (packages.length === 0) {
  console.log(`Test tools found: Chromium ${findChromium()}, iptables (nft and legacy), nft, ip.`);
} else if (process.getuid?.() === 0) {
  console.log(`Installing Debian's ${packages.join(', ')} for the tests.`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = programs.filter((program) => !program.found());
  if (still.length > 0)
    throw new Error(`apt-get installed ${packages.join(', ')}, but ${still.map((program) => program.path).join(', ')} is still missing.`);
} else {
  console.error(`Missing for the tests: ${missing.map((program) => program.path).join(', ')}. Install them, then run the tests again:
  sudo apt-get install ${packages.join(' ')}        (Debian/Ubuntu)
  npx playwright install chromium                  (for Chromium, where downloads are allowed)
The firewall test also needs root: it makes network namespaces (sudo npm test).`);
  process.exit(1);
}
