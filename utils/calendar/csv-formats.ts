import Papa from 'papaparse';
import type { PlatformId } from '../checks/types';
import type { CalendarEntry } from '../db/records';
import { formatNumber, type MessageKey, t } from '../i18n';
import { Refusal } from '../refusal';
import { wallTimeOf } from './time';

/**
 * The bulk-scheduling files of other tools, as their help centres describe them (sources in
 * docs/calendar-interchange.md). None of them names a platform: the tool asks for the profile or channel
 * when the file is uploaded, so the import asks too.
 */
export type BulkFormat = 'hootsuite' | 'buffer' | 'sprout';

/** What OnBrand reads from a row, whatever the file calls it. */
export interface RowFields {
  title?: string;
  date?: string;
  time?: string;
  text?: string;
  platforms?: string;
  campaign?: string;
  notes?: string;
}

interface FormatDefinition {
  name: string;
  /** The headers that identify the file (compared trimmed and lower-cased); empty for a file without a header row. */
  headers: string[];
  /** True when the tool lets the uploader say whether dates are day/month or month/day for the whole file. */
  dayOrderPerFile: boolean;
  /** Why a row without a date is skipped, when the tool gives such a row a meaning of its own. */
  noDate?: MessageKey;
  fields: (row: Record<string, string>) => RowFields;
}

/** Hootsuite's bulk composer reads a file without a header row; these name its three columns. */
export const HOOTSUITE_COLUMNS = ['Date and time', 'Message', 'Link'] as const;
/** At most this many posts per Hootsuite bulk upload. */
export const HOOTSUITE_MAX_ROWS = 350;
const BUFFER_HEADERS = ['Text', 'Image URL', 'Tags', 'Posting Time'];

const cell = (row: Record<string, string>, name: string) => (row[name] ?? '').trim();
/** Columns OnBrand has no field for (images, tags, links shown as previews) are kept in the entry's notes. */
const notesOf = (...parts: [string, string][]) =>
  parts
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');

export const BULK_FORMATS: Record<BulkFormat, FormatDefinition> = {
  hootsuite: {
    name: 'Hootsuite bulk composer',
    headers: [],
    dayOrderPerFile: true,
    fields: (row) => {
      const [when, message, link] = HOOTSUITE_COLUMNS.map((column) => cell(row, column));
      // Hootsuite posts the link after the message, so the draft is checked with it.
      return { date: when, text: [message, link].filter(Boolean).join(' ') };
    },
  },
  buffer: {
    name: 'Buffer bulk upload',
    headers: BUFFER_HEADERS,
    dayOrderPerFile: false,
    noDate: 'calendarBufferNoDate',
    fields: (row) => ({
      date: cell(row, 'Posting Time'),
      text: cell(row, 'Text'),
      notes: notesOf(
        ['Image', cell(row, 'Image URL')],
        ['Buffer tags', cell(row, 'Tags')],
        ['Pinterest board', cell(row, 'Board Name')],
      ),
    }),
  },
  sprout: {
    name: 'Sprout Social bulk scheduling',
    headers: ['date', 'time_24hr', 'message_text'],
    dayOrderPerFile: true,
    fields: (row) => ({
      date: cell(row, 'date'),
      time: cell(row, 'time_24hr'),
      // Sprout's optional columns (links, images, tags) aren't read: their headers aren't confirmed here.
      text: cell(row, 'message_text'),
    }),
  },
};

/** The bulk format a header row belongs to: every identifying header present, spelt as the tool spells it. */
export function bulkFormatOf(headers: string[]): BulkFormat | undefined {
  const have = new Set(headers.map((header) => header.trim().toLowerCase()));
  const required = (format: BulkFormat) =>
    // Buffer's Image URL and Tags columns may be left out; Text and Posting Time identify it.
    format === 'buffer' ? ['text', 'posting time'] : BULK_FORMATS[format].headers.map((h) => h.toLowerCase());
  return (['buffer', 'sprout'] as const).find((format) =>
    required(format).every((header) => have.has(header)),
  );
}

const DATE_TIME = /^\d{1,2}[/.]\d{1,2}[/.]\d{4} \d{1,2}:\d{2}$/;

/**
 * Rows of a file without a header row in Hootsuite's shape: a date and time (as `mm/dd/yyyy hh:mm` or
 * `dd/mm/yyyy hh:mm`, 24-hour), a message and an optional link. Undefined for any other file.
 */
export function hootsuiteRows(rows: string[][]): Record<string, string>[] | undefined {
  const [first] = rows;
  if (!first || first.length < 2 || first.length > 3 || !DATE_TIME.test((first[0] ?? '').trim()))
    return undefined;
  return rows.map((row) =>
    Object.fromEntries(HOOTSUITE_COLUMNS.map((column, index) => [column, row[index] ?? ''])),
  );
}

export type DayOrder = 'dmy' | 'mdy';

/** What the user says about a bulk file that the file doesn't: its platform, and its day order when no date shows it. */
export interface BulkChoices {
  platform?: PlatformId;
  dayOrder?: DayOrder;
}

/** True when a bulk file's slashed dates are all ambiguous, so only the user can say which order they use. */
export function needsDayOrder(format: BulkFormat, table: { rows: Record<string, string>[] }): boolean {
  const definition = BULK_FORMATS[format];
  if (!definition.dayOrderPerFile) return false;
  const dates = table.rows.map((row) => definition.fields(row).date ?? '');
  return !dayOrderOf(dates) && dates.some((date) => /^\d{1,2}[/.]\d{1,2}[/.]\d{4}/.test(date.trim()));
}

/** The order a whole file writes its slashed dates in, when a day over 12 says so and no date contradicts it. */
export function dayOrderOf(dates: string[]): { order: DayOrder; example: string } | undefined {
  let dmy: string | undefined;
  let mdy: string | undefined;
  for (const date of dates) {
    const match = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}/.exec(date.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dmy ??= date;
    if (Number(match[2]) > 12) mdy ??= date;
  }
  if (dmy && !mdy) return { order: 'dmy', example: dmy };
  if (mdy && !dmy) return { order: 'mdy', example: mdy };
  return undefined;
}

/** The draft a single-text file gets for an entry: its first platform's that has one. */
export function firstDraft(entry: CalendarEntry): string {
  return entry.platforms.map((platform) => entry.drafts[platform]).find(Boolean) ?? '';
}

export interface BulkExport {
  text: string;
  exported: number;
  /** Entries left out because they have no post text to publish (ideas). */
  withoutText: number;
}

/** The entries with post text, in the order they are published. */
function withText(entries: CalendarEntry[]) {
  const posts = entries.filter((entry) => firstDraft(entry)).sort((a, b) => a.at - b.at);
  return { posts, withoutText: entries.length - posts.length };
}

export class BulkExportError extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'BulkExportError';
  }
}

/**
 * A file for Hootsuite's bulk composer: no header row; the date and time as `mm/dd/yyyy hh:mm` (24-hour, the
 * entry's own wall time: pick that date format and the same time zone when uploading), the message, the link.
 */
export function entriesToHootsuiteCsv(entries: CalendarEntry[]): BulkExport {
  const { posts, withoutText } = withText(entries);
  if (posts.length === 0) throw new BulkExportError(t('calendarNoTextFor', 'Hootsuite'));
  if (posts.length > HOOTSUITE_MAX_ROWS)
    throw new BulkExportError(
      t('calendarHootsuiteTooMany', formatNumber(HOOTSUITE_MAX_ROWS), formatNumber(posts.length)),
    );
  const rows = posts.map((entry) => {
    const { day, time } = wallTimeOf(entry.at, entry.timeZone);
    const [year, month, date] = day.split('-');
    return [`${month}/${date}/${year} ${time}`, firstDraft(entry), ''];
  });
  return { text: Papa.unparse(rows, { newline: '\r\n' }), exported: posts.length, withoutText };
}

/** A file for Buffer's bulk upload: Text, Image URL, Tags, Posting Time (`yyyy-mm-dd hh:mm`, the entry's wall time). */
export function entriesToBufferCsv(entries: CalendarEntry[]): BulkExport {
  const { posts, withoutText } = withText(entries);
  if (posts.length === 0) throw new BulkExportError(t('calendarNoTextFor', 'Buffer'));
  const rows = posts.map((entry) => {
    const { day, time } = wallTimeOf(entry.at, entry.timeZone);
    return [firstDraft(entry), '', '', `${day} ${time}`];
  });
  return {
    text: Papa.unparse({ fields: BUFFER_HEADERS, data: rows }, { newline: '\r\n' }),
    exported: posts.length,
    withoutText,
  };
}
