import { defineConfig } from '@playwright/test';

/**
 * Browser end-to-end tests against the example portal, in the Chromium of
 * the operating system (Debian's `chromium` package); Playwright never
 * downloads a browser of its own here.
 */
export default defineConfig({
  testDir: '.',
  testMatch: [
    'packages/*/e2e-tests/**/*.test.ts',
    'plugins/*/e2e-tests/**/*.test.ts',
  ],
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // Waits for the example catalog's first evaluation after start-up.
  globalSetup: './plugins/maturity/e2e-tests/globalSetup.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],

  // The portal as the README's first command starts it; a portal that is
  // already running on these ports is reused outside CI.
  webServer: {
    command: 'yarn start',
    url: 'http://localhost:7007/api/maturity/health',
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },

  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    // The width the README's screenshots are taken at; the layout tests
    // set their own widths.
    viewport: { width: 1440, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },

  outputDir: 'node_modules/.cache/e2e-test-results',
});
