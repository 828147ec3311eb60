import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** The Chromium the Playwright tests use: CHROMIUM_PATH, else Debian's, else Playwright's own. */
export function chromePath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath();
}
