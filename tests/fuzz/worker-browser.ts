import { catalogueI18n } from '../shared/catalogue-i18n';

/**
 * The extension API in the fuzz worker thread, which has no browser: the importers' refusals come from the
 * catalogues through `browser.i18n`, in English. fuzz-harness.ts bundles the worker with this in place of
 * `wxt/browser`, and utils/i18n reads `browser` from the global object, as in the extension, so
 * pure-targets.worker.ts puts it there first (`installBrowser`; a bare import would be dropped by the
 * bundler, since package.json declares only entrypoints and CSS as having side effects).
 */
export const browser = { runtime: { id: 'fuzz' }, i18n: catalogueI18n('en') };

export function installBrowser(): void {
  Object.assign(globalThis, { browser });
}
