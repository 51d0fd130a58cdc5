import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { coreJsStub } from './wxt.config';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: [coreJsStub] },
  test: {
    include: ['tests/unit/**/*.test.ts', '**/*.test.ts'],
    exclude: ['node_modules/**', 'tests/e2e/**', 'tests/firefox/**', 'tests/fixtures/**', '.output/**'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    mockReset: true,
    restoreMocks: true,
  },
});
