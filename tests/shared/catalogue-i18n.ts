import { readFileSync } from 'node:fs';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function catalogue(language: string): Record<string, CatalogueEntry> {
  return JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
}

const catalogues = { en: catalogue('en'), de: catalogue('de') };

/**
 * The browser's i18n over the real catalogues, for code run outside a browser (WXT's fake browser has no
 * i18n): substitutes the way the extension i18n documentation specifies: `$NAME$` is the placeholder's
 * content, whose `$1`…`$9` are the substitutions; `$$` is a dollar sign.
 */
export function catalogueI18n(language: 'en' | 'de') {
  return {
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
  };
}
