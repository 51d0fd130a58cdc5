import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  // Flakiness must show, not be retried away.
  retries: 0,
  // One Chromium with the extension keeps two cores busy (its browser, renderer and worker processes):
  // on this project's two-core machines a second worker made every test twice as slow and timing checks
  // flaky, for no gain in wall time. Bigger machines get a worker per two cores.
  workers: Math.max(1, Math.floor(availableParallelism() / 2)),
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure' },
});
