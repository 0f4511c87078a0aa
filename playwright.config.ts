import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from './tools/browser/harness';

/**
 * The browser suite (`npm run test:browser`): tools/browser/browser.suite.ts runs the
 * `*.browser.ts` tests in order in one worker (they share the demo tenant's data, and the machine
 * has two cores), against the built app the webServer starts on a fresh PGlite folder with the
 * demo seed (tools/browser/serve.ts). Build first: `npx nx build web api --configuration=production`.
 */
export default defineConfig({
  testDir: 'tools/browser',
  testMatch: 'browser.suite.ts',
  outputDir: join(ARTIFACTS, 'results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 5 * 60_000,
  reporter: [['list'], ['./tools/browser/summary-reporter.ts']],
  use: {
    ...VIEWPORT,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'npx tsx --tsconfig tools/tsconfig.json tools/browser/serve.ts',
    // The app listens before the seed is written: wait for serve.ts's line, printed after the seed.
    wait: { stdout: /The browser tests' app is running at (?<lumary_browser_url>http:\/\/\S+)/ },
    timeout: 5 * 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
