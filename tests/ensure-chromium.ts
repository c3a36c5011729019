// Makes sure a Chromium is there for the tests: Playwright cannot download its own browsers on
// every machine, so fall back to Debian's package, installed here when missing.
import { execFileSync } from 'node:child_process';
import { debianChromium, findChromium } from './support/chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Chromium for the tests: ${found}`);
} else if (process.getuid?.() === 0) {
  console.log('No Chromium found: installing Debian\'s "chromium" package.');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!findChromium()) throw new Error(`apt-get installed chromium, but ${debianChromium} is still missing.`);
} else {
  console.error(`No Chromium found. Install one, then run the tests again:
  npx playwright install chromium      (where downloads are allowed), or
  sudo apt-get install chromium        (Debian/Ubuntu: ${debianChromium})`);
  process.exit(1);
}
