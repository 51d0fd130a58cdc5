import { afterEach, describe, expect, it } from 'vitest';
import { decodeExport } from '@/utils/analytics/export-file';
import { planWebStatsImport } from '@/utils/analytics/web-stats-import';
import { readCsv } from '@/utils/calendar/csv-interchange';
import { parseICalendar } from '@/utils/calendar/ical-import';
import { analyticsRepository } from '@/utils/db/analytics';
import { refusalText } from '@/utils/refusal';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';

/**
 * What the analytics and calendar pages say after "Nothing was imported:" (WebStats, AnalyticsPage,
 * CalendarTransfer): OnBrand's refusal
 * of the file as it is, or a sentence in the UI language with the database's English after "Details:".
 */
const database = freshDatabaseEachTest('analytics-import-error-text');

afterEach(() => setTestUiLanguage('en'));

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return refusalText(error);
  }
  throw new Error('expected the import to be refused');
}

describe.each([
  {
    language: 'en' as const,
    failed:
      'the browser could not read or store it. Try again; if it fails again, reload the dashboard. Details: ',
  },
  {
    language: 'de' as const,
    failed:
      'Der Browser konnte sie nicht lesen oder speichern. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie zuerst das Dashboard neu. Details: ',
  },
])('in $language, an import that stored nothing', (expected) => {
  it('a file OnBrand refuses: its own sentence, as it is', async () => {
    setTestUiLanguage(expected.language);
    const own = await refusal(() => planWebStatsImport('', 'empty.csv', 1));
    expect(own.length).toBeGreaterThan(10);
    expect(own).not.toContain('Details:');
  });

  it('a calendar file OnBrand refuses (not iCalendar, a CSV with no rows): its own sentence, as it is', async () => {
    setTestUiLanguage(expected.language);
    for (const own of [
      await refusal(() => parseICalendar('Subject,Start Date\nLaunch,2026-03-01\n', 'Europe/Berlin', 1)),
      await refusal(() => readCsv('title,date\n')),
    ]) {
      expect(own.length).toBeGreaterThan(10);
      expect(own).not.toContain('Details:');
    }
  });

  it('a workbook given for a CSV: what to do, as it is', async () => {
    setTestUiLanguage(expected.language);
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const own = await refusal(() => decodeExport(workbook));
    expect(own).toContain('CSV');
    expect(own).not.toContain('Details:');
  });

  it('the database refused to store it: its words only after “Details:”', async () => {
    setTestUiLanguage(expected.language);
    database().close();
    const text = await refusal(() => analyticsRepository(database()).importWebStats([]));
    expect(text.startsWith(expected.failed), text).toBe(true);
    expect(text.length).toBeGreaterThan(expected.failed.length);
  });
});
