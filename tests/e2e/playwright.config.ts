import { defineConfig, devices } from '@playwright/test';

// Journeys of the SPEC against the production build, in Debian's Chromium (never a downloaded browser).
// scripts/test.ts gives the database, port and secrets through the environment.
const port = Number(process.env.PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? '../../.data/test/reports/playwright-artifacts',
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium }, testIgnore: /mobile\// },
    { name: 'mobile', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, launchOptions: chromium }, testMatch: /mobile\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `npm run build:app && npx next start --port ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 400_000,
    cwd: '../..',
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
