import Papa from 'papaparse';
import type { PlatformId } from '../checks/types';
import { calendarEntryProblems } from '../db/calendar';
import type { CalendarEntry } from '../db/records';
import { instantIn } from './ical-zones';
import type { ImportPlan, SkippedItem } from './import-plan';
import { platformFromName, platformName } from './platform-names';
import { wallTimeOf } from './time';

/** What a spreadsheet column can mean to the calendar. */
export const CSV_FIELDS = ['title', 'date', 'time', 'text', 'platforms', 'campaign', 'notes'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Column header per field; fields without a column are left out. */
export type CsvMapping = Partial<Record<CsvField, string>>;

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  title: 'Title',
  date: 'Date (or date and time)',
  time: 'Time',
  text: 'Post text',
  platforms: 'Platforms',
  campaign: 'Campaign',
  notes: 'Notes',
};

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

export class CsvImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvImportError';
  }
}

export interface CsvTable {
  headers: string[];
  rows: Record<string, string>[];
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
  if (text.length > MAX_CHARACTERS) throw new CsvImportError('The file is larger than 5 MB.');
  const result = parseHeaderedCsv(text.replace(/^\uFEFF/, ''));
  const headers = (result.meta.fields ?? []).filter(Boolean);
  if (headers.length === 0) throw new CsvImportError('The file has no header row.');
  if (result.data.length === 0) throw new CsvImportError('The file has a header row but no rows.');
  if (result.data.length > MAX_ROWS)
    throw new CsvImportError(
      `The file has ${result.data.length} rows; at most ${MAX_ROWS} can be imported at a time.`,
    );
  return { headers, rows: result.data };
}

/** The header set a mapping is remembered under: the headers, trimmed, lower-cased, in order. */
export function headerKey(headers: string[]): string {
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

/** A date as spreadsheets write it; an order that could be day/month or month/day is refused, not guessed. */
function readDate(value: string): Parts | string {
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
    if (a <= 12 && b <= 12 && a !== b)
      return `“${value}” could be day/month or month/day; write the date as yyyy-mm-dd (e.g. ${slashed[3]}-${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}).`;
    const [day, month] = a > 12 ? [a, b] : [b, a];
    return {
      year: Number(slashed[3]),
      month,
      day,
      ...(slashed[4] !== undefined
        ? { hour: Number(slashed[4]), minute: Number(slashed[5]), second: Number(slashed[6] ?? 0) }
        : {}),
    };
  }
  return `“${value}” isn’t a date (write it as yyyy-mm-dd, optionally with hh:mm).`;
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
    return 'Its date or time doesn’t exist in the calendar.';
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
  if (unknown.length > 0) return `“${unknown.join('”, “')}” isn’t a platform OnBrand checks.`;
  return [
    ...new Set(
      names.map((name) => (name.toLowerCase() === 'twitter' ? 'x' : platformFromName(name)) as PlatformId),
    ),
  ];
}

/** One spreadsheet row as an entry, or why it can't be one. */
function rowEntry(
  row: Record<string, string>,
  index: number,
  mapping: CsvMapping,
  timeZone: string,
  now: number,
): CalendarEntry | SkippedItem {
  const cell = (field: CsvField) => (mapping[field] ? (row[mapping[field]] ?? '').trim() : '');
  const text = cell('text');
  const title = cell('title') || text.split('\n')[0]?.slice(0, 80) || '';
  // Row numbers as a spreadsheet shows them: the header is row 1.
  const label = `Row ${index + 2}${title ? ` (“${title}”)` : ''}`;
  const skip = (reason: string): SkippedItem => ({ label, reason });
  if (!title) return skip('It has no title and no post text.');
  const date = cell('date');
  if (!date) return skip('It has no date.');
  const parts = readDate(date);
  if (typeof parts === 'string') return skip(`Its date ${parts}`);
  const clock = cell('time');
  if (clock && parts.hour === undefined) {
    const time = readClock(clock);
    if (!time) return skip(`Its time “${clock}” isn’t a time (write it as hh:mm).`);
    [parts.hour, parts.minute, parts.second] = time;
  }
  const at = instantOf(parts, timeZone);
  if (typeof at === 'string') return skip(at);
  const platforms = cell('platforms') ? platformsOf(cell('platforms')) : [];
  if (typeof platforms === 'string') return skip(`Its platforms: ${platforms}`);
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

/** Rows of a spreadsheet as calendar ideas, through a mapping of its columns; each bad row skipped with the reason. */
export function planCsvImport(
  table: CsvTable,
  mapping: CsvMapping,
  timeZone: string,
  now: number,
): ImportPlan {
  if (!mapping.date) throw new CsvImportError('Pick the column that holds the date.');
  if (!mapping.title && !mapping.text)
    throw new CsvImportError('Pick the column that holds the title or the post text.');
  const entries: CalendarEntry[] = [];
  const skipped: SkippedItem[] = [];
  for (const [index, row] of table.rows.entries()) {
    const read = rowEntry(row, index, mapping, timeZone, now);
    if ('reason' in read) skipped.push(read);
    else entries.push(read);
  }
  if (entries.length === 0) {
    const reasons = skipped.slice(0, 3).map((item) => `${item.label}: ${item.reason}`);
    throw new CsvImportError(`Nothing in the file can be imported. ${reasons.join(' ')}`);
  }
  return { entries, skipped, notes: [] };
}

/** The entries as OnBrand's CSV: one row per entry, the draft of its first platform that has one. */
export function entriesToCsv(entries: CalendarEntry[]): string {
  const rows = entries.map((entry) => {
    const wall = wallTimeOf(entry.at, entry.timeZone);
    const draft = entry.platforms.map((platform) => entry.drafts[platform]).find(Boolean) ?? '';
    return [
      entry.title,
      wall.day,
      wall.time,
      draft,
      entry.platforms.map(platformName).join('; '),
      entry.campaign ?? '',
      entry.notes ?? '',
    ];
  });
  return Papa.unparse({ fields: Object.values(ONBRAND_HEADERS), data: rows }, { newline: '\r\n' });
}
