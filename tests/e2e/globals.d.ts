import type { Browser } from '@wxt-dev/browser';

declare global {
  /** Inside page.evaluate / worker.evaluate on extension pages and the service worker. */
  const chrome: typeof Browser;
  /** The fixture pages' test hook (tests/fixtures/sites/shared/harness.ts), as seen from page.evaluate. */
  interface Window {
    __fixture: { model(id?: string): string; canSubmit(id?: string): boolean };
  }
}
