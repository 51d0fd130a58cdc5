import { catalogueI18n } from '../shared/catalogue-i18n';

/**
 * `wxt/browser` in the fuzz worker thread, which has no browser: the importers' refusals come from the
 * catalogues through `browser.i18n`, in English. fuzz-harness.ts bundles the worker with this in its place.
 */
export const browser = { runtime: { id: 'fuzz' }, i18n: catalogueI18n('en') };
