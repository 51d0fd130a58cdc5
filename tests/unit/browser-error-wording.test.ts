import { afterEach, describe, expect, it } from 'vitest';
import { refreshAllPacks } from '@/entrypoints/background/handlers/guidelines';
import { explainInvalidPattern } from '@/utils/checks/pattern-safety';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { parseJsonFile } from '@/utils/json-file';
import { CouchError } from '@/utils/team/couch-client';
import { problemText } from '@/utils/team/problem-text';
import { describeFailure } from '@/utils/team/replicator';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';

/**
 * The browser words its own errors (a regular expression's syntax, JSON, a failed fetch) in English whatever
 * the UI language. OnBrand says what went wrong and what to do in the UI language, and the browser's words
 * come last, after "Details:", for whoever needs them.
 */
const database = freshDatabaseEachTest('browser-error-wording');

afterEach(() => setTestUiLanguage('en'));

/** The browser's own text for an error, as this engine words it. */
function browserWords(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the browser to refuse');
}

const unclosed = '(';
const regexError = browserWords(() => new RegExp(unclosed, 'u'));
const jsonError = browserWords(() => JSON.parse('nope'));

describe.each([
  {
    language: 'en' as const,
    pattern: 'is not a valid regular expression: check that every bracket is closed,',
    json: 'The file is not JSON: check that you chose the right file.',
    unreachable:
      'Could not reach the pack URL; kept the last good copy. Check the address and your connection,',
    http: 'the server answered with an error. Try again later;',
  },
  {
    language: 'de' as const,
    pattern: 'ist kein gültiger regulärer Ausdruck: Prüfen Sie, ob jede Klammer geschlossen ist,',
    json: 'Die Datei ist kein JSON: Prüfen Sie, ob Sie die richtige Datei gewählt haben.',
    unreachable: 'Die Paket-URL war nicht erreichbar; die letzte gute Fassung bleibt. Prüfen Sie die Adresse',
    http: 'Der Server hat mit einem Fehler geantwortet. Versuchen Sie es später noch einmal;',
  },
])('in $language, the browser’s English comes only after “Details:”', (expected) => {
  const saysThenDetails = (text: string | null | undefined, start: string, detail: string) => {
    expect(text?.startsWith(start), text ?? '').toBe(true);
    expect(text?.endsWith(` Details: ${detail}`), text ?? '').toBe(true);
    // The sentence before the detail is all in the UI language: the browser's words appear once, at the end.
    expect(text?.indexOf(detail)).toBe((text?.length ?? 0) - detail.length);
  };

  it('a rule’s pattern the browser cannot compile', () => {
    setTestUiLanguage(expected.language);
    saysThenDetails(explainInvalidPattern(unclosed), expected.pattern, regexError);
  });

  it('a file that is not JSON', () => {
    setTestUiLanguage(expected.language);
    const read = parseJsonFile('nope');
    saysThenDetails(read.ok ? null : read.error, expected.json, jsonError);
  });

  it('a pack URL the network cannot reach', async () => {
    setTestUiLanguage(expected.language);
    const brands = brandsRepository(database());
    const brand = newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1);
    await brands.save({ ...brand, subscription: { url: 'https://packs.example.com/a.json' } });
    await refreshAllPacks(database(), async () => {
      throw new TypeError('Failed to fetch');
    });
    const lastError = (await brands.get(brand.id))?.subscription?.lastError;
    saysThenDetails(lastError, expected.unreachable, 'Failed to fetch');
  });

  it('a team server that answers with an HTTP error', () => {
    setTestUiLanguage(expected.language);
    const { problem } = describeFailure(new CouchError(500, 'internal_server_error', 'eaddrinuse'));
    saysThenDetails(problemText(problem), expected.http, 'HTTP 500: eaddrinuse');
  });
});
