import { afterEach, describe, expect, it } from 'vitest';
import { type ExportLayout, planAnalyticsImport, readExport } from '@/utils/analytics/import-export';
import { nothingImportedText } from '@/utils/analytics/nothing-imported';
import { analyticsRepository } from '@/utils/db/analytics';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';

/**
 * What the analytics page's import preview (after the column mapping) and its notices say when a file is not
 * imported: a sentence that begins "Nothing was imported:" in the UI language, never refusalText's lower-case
 * "the browser could not read or store it" standing alone (the preview showed it so).
 */
const database = freshDatabaseEachTest('analytics-nothing-imported');

afterEach(() => setTestUiLanguage('en'));

/** A CSV of no known layout, mapped by hand as the mapping step does, whose only row has no readable date. */
const mapped: ExportLayout = {
  name: 'Our spreadsheet',
  platform: 'x',
  columns: { postId: ['Id'], publishedAt: ['When'], likes: ['Likes'] },
  dateOrder: 'iso',
};

async function shownFor(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return nothingImportedText(error);
  }
  throw new Error('expected the import to be refused');
}

describe.each([
  {
    language: 'en' as const,
    refused: 'Nothing was imported: Nothing in the file can be imported. Row 2: ',
    failed:
      'Nothing was imported: the browser could not read or store it. Try again; if it fails again, reload the dashboard. Details: ',
  },
  {
    language: 'de' as const,
    refused: 'Es wurde nichts importiert: Nichts in der Datei lässt sich importieren. Zeile 2: ',
    failed:
      'Es wurde nichts importiert: Der Browser konnte sie nicht lesen oder speichern. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie zuerst das Dashboard neu. Details: ',
  },
])('in $language, an analytics file that is not imported', (expected) => {
  it('a mapped file none of whose rows can be read: why, after the sentence', async () => {
    setTestUiLanguage(expected.language);
    const table = readExport('Id,When,Likes\n123,next Tuesday,4\n');
    const options = { readAt: 1, timeZone: 'Europe/Berlin', now: 1, sourceId: 's' };
    const text = await shownFor(() => planAnalyticsImport(table, mapped, options));
    expect(text.startsWith(expected.refused), text).toBe(true);
  });

  it('the database refused to store it: the browser’s words only after “Details:”', async () => {
    setTestUiLanguage(expected.language);
    database().close();
    const text = await shownFor(() => analyticsRepository(database()).importWebStats([]));
    expect(text.startsWith(expected.failed), text).toBe(true);
    expect(text.length).toBeGreaterThan(expected.failed.length);
  });
});
