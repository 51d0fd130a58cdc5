import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { coreJsStub, punycodeViaUrl } from './wxt.config';

export default defineConfig({
  plugins: [WxtVitest()],
  // The same module substitutions as the extension's bundles, so the counts tested are the counts shipped.
  resolve: { alias: [coreJsStub, punycodeViaUrl] },
  test: {
    include: ['tests/unit/**/*.test.ts', '**/*.test.ts'],
    exclude: ['node_modules/**', 'tests/e2e/**', 'tests/firefox/**', 'tests/fixtures/**', '.output/**'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', './tests/setup/check-failures.ts', './tests/setup/i18n.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
