import { defineConfig } from '@playwright/test';

/**
 * The renderer is tested for real in Debian's Chromium (no browser download is possible here),
 * against the test host that serves the same handlers Electron main registers.
 */
const chromium = process.env.HELDER_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry on CI only, so a test that is slow under load once does not sink a run; the list
  // reporter still prints such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'tests/artifacts/e2e-results.json' }]],
  outputDir: 'test-results',
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'nl-NL',
        actionTimeout: 15_000,
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/e2e-electron',
    },
  ],
});
