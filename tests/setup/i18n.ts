import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * WXT's fake browser has no i18n. This one reads the real catalogues (English unless a test switches to German)
 * and substitutes the way the extension i18n documentation specifies: `$NAME$` is the placeholder's content,
 * whose `$1`…`$9` are the substitutions; `$$` is a dollar sign.
 */
function catalogue(language: string): Record<string, CatalogueEntry> {
  return JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
}

const catalogues = { en: catalogue('en'), de: catalogue('de') };

export function setTestUiLanguage(language: 'en' | 'de'): void {
  Object.assign(fakeBrowser, {
    i18n: {
      getUILanguage: () => language,
      getMessage(key: string, substitutions: string | string[] = []) {
        const entry = catalogues[language][key];
        if (!entry) return '';
        const values = Array.isArray(substitutions) ? substitutions : [substitutions];
        const positional = (text: string) => text.replace(/\$(\d)/g, (_, n) => values[Number(n) - 1] ?? '');
        return entry.message
          .replace(/\$(\w+)\$/g, (whole, name: string) => {
            const placeholder = entry.placeholders?.[name.toLowerCase()];
            return placeholder ? positional(placeholder.content) : whole;
          })
          .replace(/\$\$/g, '$');
      },
    },
  });
}

setTestUiLanguage('en');
