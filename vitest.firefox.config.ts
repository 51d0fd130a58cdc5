// The Firefox end-to-end suite (tests/firefox): the built extension in headless Firefox via puppeteer. Its own
// config so the unit run never launches a browser; one file at a time, each with its own Firefox.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000 } },
    // Flakiness must show, not be retried away.
    retry: 0,
  },
});
