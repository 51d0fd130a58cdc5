import Papa from 'papaparse';
import { platformName } from '../calendar/platform-names';
import type { PlatformId } from '../checks/types';
import type { PublishedDuringCrisis } from '../db/crises';

/** Who recorded each line, in the words of the review (a spreadsheet is shared beyond one UI language). */
const RECORDED_BY: Record<PublishedDuringCrisis['from'], (platforms: readonly PlatformId[]) => string> = {
  calendar: () => 'Mark published',
  analytics: () => 'analytics import',
  snapshot: (platforms) => `snapshot read on ${platforms.map(platformName).join(', ')}`,
};

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
        RECORDED_BY[row.from](row.platforms),
        row.permalink ?? '',
      ]),
    },
    // Cells starting with = + - @ are prefixed so spreadsheets don't run them as formulas.
    { escapeFormulae: true, newline: '\r\n' },
  );
}
