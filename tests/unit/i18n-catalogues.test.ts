import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const LANGUAGES = ['en', 'de'] as const;
const catalogues = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, Entry>,
  ]),
) as Record<(typeof LANGUAGES)[number], Record<string, Entry>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

describe('the English and German catalogues', () => {
  it('have the same keys: none missing in either language', () => {
    const en = Object.keys(catalogues.en).sort();
    const de = Object.keys(catalogues.de).sort();
    expect(
      de.filter((key) => !en.includes(key)),
      'only in German',
    ).toEqual([]);
    expect(
      en.filter((key) => !de.includes(key)),
      'missing in German',
    ).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s: every message is text, and names only placeholders its entry defines',
    (language) => {
      for (const [key, entry] of Object.entries(catalogues[language])) {
        expect(entry.message.trim(), key).not.toBe('');
        for (const [, name] of entry.message.matchAll(/\$(\w+)\$/g)) {
          expect(
            entry.placeholders?.[String(name).toLowerCase()],
            `${language} ${key}: $${name}$`,
          ).toBeDefined();
        }
      }
    },
  );

  it("has no $` $' $& in a message: the generator of the key types pastes messages with String.replace", () => {
    // WXT's i18n type generator read "`$FROM$` became" as "$`" (the text before the match) and wrote broken
    // TypeScript; the browser would show the sign as it is, but the build's types must not break.
    for (const language of LANGUAGES) {
      const risky = Object.entries(catalogues[language]).filter(([, { message }]) => /\$[`'&]/.test(message));
      expect(
        risky.map(([key]) => key),
        language,
      ).toEqual([]);
    }
  });

  it('German fills in the same placeholders from the same substitutions as English', () => {
    for (const [key, entry] of Object.entries(catalogues.en)) {
      const used = (message: string) => [...message.matchAll(/\$(\w+)\$/g)].map(([, name]) => name).sort();
      expect(used(catalogues.de[key]?.message ?? ''), key).toEqual(used(entry.message));
      expect(catalogues.de[key]?.placeholders, key).toEqual(entry.placeholders);
    }
  });

  it.each(LANGUAGES)(
    '%s: the store description fits Chrome’s 132 characters for a manifest description',
    (language) => {
      expect([...(catalogues[language].extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
    },
  );

  it('has every key the code asks for', () => {
    const asked = new Set<string>();
    for (const file of ['components', 'entrypoints', 'utils'].flatMap(sourceFiles)) {
      const source = readFileSync(file, 'utf8');
      for (const [, key] of source.matchAll(/\b(?:t|worded)\(\s*'(\w+)'/g)) asked.add(String(key));
      for (const [, base] of source.matchAll(/\bplural(?:With)?\(\s*'(\w+)'/g)) {
        asked.add(`${base}_one`);
        asked.add(`${base}_other`);
      }
    }
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((key) => !(key in catalogues.en))).toEqual([]);
  });
});
