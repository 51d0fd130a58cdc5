import Papa from 'papaparse';
import type { PlatformId } from '../checks/types';
import { calendarEntryProblems } from '../db/calendar';
import type { CalendarEntry } from '../db/records';
import { formatNumber, type MessageKey, quoted, t } from '../i18n';
import { Refusal } from '../refusal';
import {
  BULK_FORMATS,
  type BulkChoices,
  type BulkFormat,
  bulkFormatOf,
  type DayOrder,
  dayOrderOf,
  firstDraft,
  hootsuiteRows,
  needsDayOrder,
  type RowFields,
} from './csv-formats';
import { instantIn } from './ical-zones';
import { type ImportPlan, nothingImportable, type SkippedItem } from './import-plan';
import { platformFromName, platformName } from './platform-names';
import { wallTimeOf } from './time';

/** What a spreadsheet column can mean to the calendar. */
export const CSV_FIELDS = ['title', 'date', 'time', 'text', 'platforms', 'campaign', 'notes'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Column header per field; fields without a column are left out. */
export type CsvMapping = Partial<Record<CsvField, string>>;

/** OnBrand's own CSV columns, in order: what the export writes and the import recognises without asking. */
const ONBRAND_HEADERS: Record<CsvField, string> = {
  title: 'Title',
  date: 'Date',
  time: 'Time',
  text: 'Post text',
  platforms: 'Platforms',
  campaign: 'Campaign',
  notes: 'Notes',
};
const MAX_ROWS = 5_000;
const MAX_CHARACTERS = 5_000_000;

export class CsvImportError extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'CsvImportError';
  }
}

export interface CsvTable {
  headers: string[];
  rows: Record<string, string>[];
  /** The row number a spreadsheet shows for the first row: 2 under a header row, 1 in a file without one. */
  firstRow: number;
  /** Another tool's bulk-scheduling file, recognised by its shape. */
  format?: BulkFormat;
}

function checkRowCount(count: number) {
  if (count > MAX_ROWS)
    throw new CsvImportError(t('calendarCsvTooManyRows', formatNumber(count), formatNumber(MAX_ROWS)));
}

/** Rows of a CSV under its first line's headers (trimmed), blank lines left out. */
export function parseHeaderedCsv(text: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
}

export function readCsv(text: string): CsvTable {
  if (text.length > MAX_CHARACTERS) throw new CsvImportError(t('calendarFileTooLarge'));
  const body = text.replace(/^\uFEFF/, '');
  // Hootsuite's bulk composer file has no header row: its first line is already a post.
  const hootsuite = hootsuiteRows(Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' }).data);
  if (hootsuite) {
    checkRowCount(hootsuite.length);
    return { headers: Object.keys(hootsuite[0] ?? {}), rows: hootsuite, firstRow: 1, format: 'hootsuite' };
  }
  const result = parseHeaderedCsv(body);
  const headers = (result.meta.fields ?? []).filter(Boolean);
  if (headers.length === 0) throw new CsvImportError(t('calendarCsvNoHeader'));
  if (result.data.length === 0) throw new CsvImportError(t('calendarCsvNoRows'));
  checkRowCount(result.data.length);
  const format = bulkFormatOf(headers);
  return { headers, rows: result.data, firstRow: 2, ...(format ? { format } : {}) };
}

/** The header set a mapping is remembered under: the headers, trimmed, lower-cased, in order. */
export function headerKey(headers: readonly string[]): string {
  return headers.map((header) => header.trim().toLowerCase()).join('\u001f');
}

/** The mapping for OnBrand's own export, or undefined when the user has to say which column is which. */
export function knownMapping(headers: string[]): CsvMapping | undefined {
  const wanted = Object.values(ONBRAND_HEADERS).map((header) => header.toLowerCase());
  const have = headers.map((header) => header.toLowerCase());
  return wanted.every((header) => have.includes(header)) ? { ...ONBRAND_HEADERS } : undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: string;
}

/**
 * A date as spreadsheets write it. An order that could be day/month or month/day is refused, not guessed,
 * unless the file's format has one order for the whole file and another of its dates shows which.
 */
function readDate(value: string, fileOrder?: DayOrder): Parts | string {
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, m, d, h, min, s, offset] = iso;
    return {
      year: Number(y),
      month: Number(m),
      day: Number(d),
      ...(h !== undefined ? { hour: Number(h), minute: Number(min), second: Number(s ?? 0) } : {}),
      ...(offset ? { offset } : {}),
    };
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    if (a <= 12 && b <= 12 && a !== b && !fileOrder)
      return t(
        'calendarCsvAmbiguousDate',
        quoted(value),
        `${slashed[3]}-${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}`,
      );
    const dayFirst = fileOrder ? fileOrder === 'dmy' : a > 12;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    return {
      year: Number(slashed[3]),
      month,
      day,
      ...(slashed[4] !== undefined
        ? { hour: Number(slashed[4]), minute: Number(slashed[5]), second: Number(slashed[6] ?? 0) }
        : {}),
    };
  }
  return t('calendarCsvNotADate', quoted(value));
}

function readClock(value: string): [number, number, number] | undefined {
  const match = CLOCK.exec(value);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === 'pm' && hour !== 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return [hour, Number(match[2]), Number(match[3] ?? 0)];
}

function instantOf(parts: Parts, timeZone: string): number | string {
  const { year, month, day, hour = 9, minute = 0, second = 0 } = parts;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return t('calendarCsvNoSuchDay');
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return parts.offset ? atOffset(asUtc, parts.offset) : instantIn(asUtc, timeZone);
}

/** A wall-clock time (written as if UTC) at a written offset: `Z`, `+0200`, `-05:00`. */
export function atOffset(asUtc: number, offset: string): number {
  if (/^z$/i.test(offset)) return asUtc;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.replace(/[^\d]/g, '');
  return asUtc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

function platformsOf(value: string): PlatformId[] | string {
  const names = value
    .split(/[;,|]/)
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !platformFromName(name) && name.toLowerCase() !== 'twitter');
  if (unknown.length > 0) return t('calendarCsvBadPlatforms', unknown.map(quoted).join(', '));
  return [
    ...new Set(
      names.map((name) => (name.toLowerCase() === 'twitter' ? 'x' : platformFromName(name)) as PlatformId),
    ),
  ];
}

interface RowContext {
  /** The spreadsheet's number for the row. */
  number: number;
  timeZone: string;
  now: number;
  fileOrder?: DayOrder;
  /** The platform the user picked for a file that doesn't name one. */
  platform?: PlatformId;
  /** Why a row without a date is skipped, when the file's format says more than “no date”. */
  noDate?: MessageKey;
}

/** One spreadsheet row as an entry, or why it can't be one. */
function rowEntry(fields: RowFields, context: RowContext): CalendarEntry | SkippedItem {
  const { timeZone, now } = context;
  const cell = (field: CsvField) => (fields[field] ?? '').trim();
  const text = cell('text');
  const title = cell('title') || text.split('\n')[0]?.slice(0, 80) || '';
  const number = formatNumber(context.number);
  const label = title ? t('calendarCsvRowTitled', number, quoted(title)) : t('calendarCsvRow', number);
  const skip = (reason: string): SkippedItem => ({ label, reason });
  if (!title) return skip(t('calendarCsvNoTitle'));
  const date = cell('date');
  if (!date) return skip(t(context.noDate ?? 'calendarCsvNoDate'));
  const parts = readDate(date, context.fileOrder);
  if (typeof parts === 'string') return skip(t('calendarCsvBadDate', parts));
  const clock = cell('time');
  if (clock && parts.hour === undefined) {
    const time = readClock(clock);
    if (!time) return skip(t('calendarCsvBadTime', quoted(clock)));
    [parts.hour, parts.minute, parts.second] = time;
  }
  const at = instantOf(parts, timeZone);
  if (typeof at === 'string') return skip(at);
  const platforms = cell('platforms')
    ? platformsOf(cell('platforms'))
    : context.platform
      ? [context.platform]
      : [];
  if (typeof platforms === 'string') return skip(platforms);
  const campaign = cell('campaign');
  const notes = cell('notes');
  const entry: CalendarEntry = {
    id: crypto.randomUUID(),
    title,
    at,
    timeZone,
    platforms,
    // A row with a platform and a text is a draft to check; the rest are ideas.
    status: text && platforms.length > 0 ? 'draft' : 'idea',
    ...(campaign ? { campaign } : {}),
    drafts: Object.fromEntries(text ? platforms.map((platform) => [platform, text]) : []),
    relationship: 'none',
    assets: [],
    researchPostIds: [],
    ...(notes ? { notes } : {}),
    createdAt: now,
    updatedAt: now,
  };
  const problems = calendarEntryProblems(entry);
  return problems.length > 0 ? skip(problems.join(' ')) : entry;
}

const ORDER_NAMES: Record<DayOrder, MessageKey> = { dmy: 'calendarDayOrderDmy', mdy: 'calendarDayOrderMdy' };

/**
 * Rows of a spreadsheet as calendar entries, read through a mapping of its columns or as another tool's bulk
 * format; each bad row skipped with the reason. A bulk format's file doesn't name its platform, and may leave
 * its day order to the user (as the tool's own uploader asks): `choices` holds the user's answers.
 */
export function planCsvImport(
  table: CsvTable,
  source: CsvMapping | BulkFormat,
  timeZone: string,
  now: number,
  choices: BulkChoices = {},
): ImportPlan {
  const { platform } = choices;
  const notes: string[] = [];
  const askDayOrder = t('calendarCsvAskOrder');
  let fieldsOf: (row: Record<string, string>) => RowFields;
  let fileOrder: DayOrder | undefined;
  let noDate: MessageKey | undefined;
  if (typeof source === 'string') {
    const format = BULK_FORMATS[source];
    noDate = format.noDate;
    fieldsOf = format.fields;
    notes.push(t('calendarCsvFormat', format.name));
    if (format.dayOrderPerFile) {
      const found = dayOrderOf(table.rows.map((row) => fieldsOf(row).date ?? ''));
      fileOrder = found?.order ?? choices.dayOrder;
      if (found) notes.push(t('calendarCsvOrderShown', t(ORDER_NAMES[found.order]), quoted(found.example)));
      else if (choices.dayOrder) notes.push(t('calendarCsvOrderPicked', t(ORDER_NAMES[choices.dayOrder])));
      else if (needsDayOrder(source, table)) notes.push(askDayOrder);
    }
    if (!platform) notes.push(t('calendarCsvNoPlatform'));
  } else {
    const mapping = source;
    if (!mapping.date) throw new CsvImportError(t('calendarCsvPickDate'));
    if (!mapping.title && !mapping.text) throw new CsvImportError(t('calendarCsvPickTitle'));
    fieldsOf = (row) =>
      Object.fromEntries(
        CSV_FIELDS.map((field) => [field, mapping[field] ? (row[mapping[field]] ?? '') : '']),
      );
  }
  const entries: CalendarEntry[] = [];
  const skipped: SkippedItem[] = [];
  for (const [index, row] of table.rows.entries()) {
    const read = rowEntry(fieldsOf(row), {
      number: index + table.firstRow,
      timeZone,
      now,
      ...(fileOrder ? { fileOrder } : {}),
      ...(platform ? { platform } : {}),
      ...(noDate ? { noDate } : {}),
    });
    if ('reason' in read) skipped.push(read);
    else entries.push(read);
  }
  // A file whose day order only the user can give is shown, so that they can give it.
  const awaitingOrder = notes.includes(askDayOrder);
  if (entries.length === 0 && !awaitingOrder) throw new CsvImportError(nothingImportable(skipped));
  return { entries, skipped, notes };
}

/** The entries as OnBrand's CSV: one row per entry, the draft of its first platform that has one. */
export function entriesToCsv(entries: CalendarEntry[]): string {
  const rows = entries.map((entry) => {
    const wall = wallTimeOf(entry.at, entry.timeZone);
    return [
      entry.title,
      wall.day,
      wall.time,
      firstDraft(entry),
      entry.platforms.map(platformName).join('; '),
      entry.campaign ?? '',
      entry.notes ?? '',
    ];
  });
  return Papa.unparse({ fields: Object.values(ONBRAND_HEADERS), data: rows }, { newline: '\r\n' });
}
