import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where Playwright cannot download its own (CHROMIUM_PATH wins, e.g. on a laptop). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const port = Number(process.env.TEST_PORT ?? 4399);
// A site built with BASE_PATH is served under it: wait for that page, not the bare root (a 404).
const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One per core: the default (half of them) leaves one of CI's two cores idle; more only slow axe down.
  workers: 2,
  // No retries: a retry hides a real layout shift or a race as easily as a slow machine (issue 19).
  // A test that fails once is a defect to fix, in the page or in the test.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /lighthouse\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } },
    },
    // Lighthouse measures speed, so it runs alone once the other tests are done (and is skipped if they
    // fail). Run it by itself with: npx playwright test --project lighthouse --no-deps
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['chromium'] },
  ],
  webServer: {
    // --ignore-lock: a preview the reader already has running (npm start) must not stop the tests.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
  },
});
