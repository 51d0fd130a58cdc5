import Papa from 'papaparse';
import { platformName } from '../calendar/platform-names';
import type { PublishedDuringCrisis } from '../db/crises';

/**
 * What went out during a crisis, one row per post, for the review afterwards (a spreadsheet or a report).
 * Times in ISO 8601 UTC so rows from several time zones sort as they happened.
 */
export function publishedLogToCsv(rows: readonly PublishedDuringCrisis[]): string {
  return Papa.unparse(
    {
      // Named even when nothing went out: an empty log is a finding of the review too.
      fields: ['published_at', 'platforms', 'text', 'recorded_by', 'permalink'],
      data: rows.map((row) => [
        new Date(row.at).toISOString(),
        row.platforms.map(platformName).join('; '),
        row.text,
        row.from === 'calendar' ? 'Mark published' : 'analytics import',
        row.permalink ?? '',
      ]),
    },
    // Cells starting with = + - @ are prefixed so spreadsheets don't run them as formulas.
    { escapeFormulae: true, newline: '\r\n' },
  );
}
