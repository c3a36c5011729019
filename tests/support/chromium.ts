import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, used where Playwright's own build cannot be downloaded. */
export const debianChromium = '/usr/bin/chromium';

/** The Chromium the tests run: Playwright's own when it is installed, else Debian's, else none. */
export function findChromium(): string | undefined {
  return [chromium.executablePath(), debianChromium].find((path) => existsSync(path));
}
