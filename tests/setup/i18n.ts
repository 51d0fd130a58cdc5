import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueI18n } from '../shared/catalogue-i18n';

/** WXT's fake browser has no i18n; this one reads the real catalogues, English unless a test switches. */
export function setTestUiLanguage(language: 'en' | 'de'): void {
  Object.assign(fakeBrowser, { i18n: catalogueI18n(language) });
}

setTestUiLanguage('en');
