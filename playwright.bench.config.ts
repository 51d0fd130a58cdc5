import { defineConfig } from '@playwright/test';

// The benchmarks that need a browser (bench/*.pw.ts), run by `npm run bench` after the vitest suites: one
// worker, one browser, so the figures are not shared with a second Chromium.
export default defineConfig({
  testDir: 'bench',
  testMatch: '*.pw.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
