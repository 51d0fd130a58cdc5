import Papa from 'papaparse';
import { atOffset, type CsvTable, parseHeaderedCsv } from '../calendar/csv-interchange';
import { instantIn } from '../calendar/ical-zones';
import type { SkippedItem } from '../calendar/import-plan';
import type { PlatformId } from '../checks/types';
import {
  type ImportField,
  type ImportSource,
  METRICS,
  type Metric,
  type OwnPost,
  OwnPostSchema,
  ownPostId,
  type PostSnapshot,
} from '../db/analytics-records';
import { checkFlatRow } from '../db/checked-rows';
import { formatNumber, pluralWith, quoted, t } from '../i18n';
import { Refusal } from '../refusal';
import { type ExportFormat, formatOf, resolveColumns } from './export-formats';
import { metricWord } from './kpis';

/** Reading a platform's analytics export: find its header row, recognise its layout, plan the import. */

export const MAX_EXPORT_ROWS = 50_000;
const MAX_EXPORT_CHARACTERS = 50_000_000;
/** Exports such as LinkedIn's saved sheet start with a line of explanation before the headers. */
const HEADER_SEARCH_LINES = 5;

export class AnalyticsImportError extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'AnalyticsImportError';
  }
}

export interface ExportTable extends CsvTable {
  /** Lines before the header row (1-based row numbers in the preview count them). */
  headerLine: number;
}

/** The file's rows under its header row: the first of its opening lines that is a known layout, else line 1. */
export function readExport(text: string): ExportTable {
  if (text.length > MAX_EXPORT_CHARACTERS) throw new AnalyticsImportError(t('analyticsWebTooLarge'));
  const clean = text.replace(/^\uFEFF/, '');
  const lines = clean.split(/\r?\n/, HEADER_SEARCH_LINES);
  let headerLine = 0;
  for (let line = 0; line < lines.length; line++) {
    const headers = Papa.parse<string[]>(lines[line] ?? '').data[0] ?? [];
    if (formatOf(headers.map((header) => header.trim()))) {
      headerLine = line;
      break;
    }
  }
  const body = headerLine === 0 ? clean : clean.split(/\r?\n/).slice(headerLine).join('\n');
  const result = parseHeaderedCsv(body);
  const headers = (result.meta.fields ?? []).filter(Boolean);
  if (headers.length < 2) throw new AnalyticsImportError(t('analyticsImportNoHeader'));
  if (result.data.length === 0) throw new AnalyticsImportError(t('analyticsWebNoRows'));
  if (result.data.length > MAX_EXPORT_ROWS)
    throw new AnalyticsImportError(
      t('analyticsWebTooManyRows', formatNumber(result.data.length), formatNumber(MAX_EXPORT_ROWS)),
    );
  return { headers, rows: result.data, headerLine, firstRow: headerLine + 2 };
}

/** How to read one file: a known export's layout or a mapping the user gave. */
export interface ExportLayout {
  name: string;
  platform: ExportFormat['platform'];
  columns: Partial<Record<ImportField, string[]>>;
  dateOrder: ImportSource['dateOrder'];
  format?: ExportFormat;
}

export function layoutOfFormat(format: ExportFormat, headers: readonly string[]): ExportLayout {
  return {
    name: format.name,
    platform: format.platform,
    columns: resolveColumns(format, headers),
    dateOrder: format.dateOrder,
    format,
  };
}

export function layoutOfSource(source: ImportSource): ExportLayout {
  return {
    name: source.name,
    platform: source.platform,
    columns: Object.fromEntries(
      Object.entries(source.mapping).map(([field, header]) => [field, [header]]),
    ) as ExportLayout['columns'],
    dateOrder: source.dateOrder,
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i;
/** "Mar 3, 2021" (YouTube Studio) and "3 Mar 2021". */
const MONTH_FIRST_NAME = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i;
const DAY_FIRST_NAME = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/i;

/**
 * The instant a date cell stands for. A time without a zone is the user's wall clock (the exports are in the
 * account's zone, and the user picks it in the preview). A slashed date follows the layout's order: Meta and
 * LinkedIn write month first.
 */
export function readExportDate(
  value: string,
  order: ImportSource['dateOrder'],
  timeZone: string,
): number | string {
  const cell = value.trim();
  let year: number;
  let month: number;
  let day: number;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset: string | undefined;
  // Each pattern is tried only when the ones before it failed: an import reads one date per row.
  const iso = ISO.exec(cell);
  const slashed = iso ? null : SLASHED.exec(cell);
  const monthName = iso || slashed ? null : MONTH_FIRST_NAME.exec(cell);
  const dayName = iso || slashed || monthName ? null : DAY_FIRST_NAME.exec(cell);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) [hour, minute, second] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
    offset = iso[7];
  } else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    [month, day] = order === 'day-first' ? [b, a] : [a, b];
    year = Number(slashed[3]);
    if (slashed[4] !== undefined) {
      [hour, minute, second] = [Number(slashed[4]), Number(slashed[5]), Number(slashed[6] ?? 0)];
      const meridiem = slashed[7]?.toLowerCase();
      if (meridiem && (hour < 1 || hour > 12)) return t('analyticsImportNotTime', quoted(value));
      if (meridiem === 'pm' && hour !== 12) hour += 12;
      if (meridiem === 'am' && hour === 12) hour = 0;
    }
  } else if (monthName || dayName) {
    const [name, dayText, yearText] = monthName
      ? [monthName[1], monthName[2], monthName[3]]
      : [dayName?.[2], dayName?.[1], dayName?.[3]];
    month = MONTHS.indexOf(String(name).toLowerCase()) + 1;
    if (month === 0) return t('analyticsImportNotDate', quoted(value));
    [year, day] = [Number(yearText), Number(dayText)];
  } else {
    return t('analyticsImportNoYear', quoted(value));
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return t('analyticsImportNoSuchDay', quoted(value));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return offset ? atOffset(asUtc, offset) : instantIn(asUtc, timeZone);
}

const NOT_GIVEN = new Set(['', '-', '—', '–', 'n/a', 'na']);
const COUNT = /^(\d+(?:,\d{3})*|\d+)(\.\d+)?([kmb])?$/i;
const SCALES = { k: 1e3, m: 1e6, b: 1e9 };

/** A count as exports write it: `1,203`, `1 203`, `1203.0`, `1.2K`, `3M`; absent for `-` or an empty cell. */
export function readCount(value: string): number | undefined | string {
  const cell = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (NOT_GIVEN.has(cell.toLowerCase())) return undefined;
  const match = COUNT.exec(cell);
  if (!match) return t('analyticsImportNotNumber', quoted(value.trim()));
  const scale = SCALES[(match[3] ?? '').toLowerCase() as 'k' | 'm' | 'b'] ?? 1;
  return Math.round(Number(`${(match[1] ?? '').replace(/,/g, '')}${match[2] ?? ''}`) * scale);
}

function platformOfRow(layout: ExportLayout, permalink: string | undefined): PlatformId {
  if (layout.platform !== 'facebook-or-instagram') return layout.platform;
  return permalink && /^https?:\/\/(www\.)?instagram\.com\//i.test(permalink) ? 'instagram' : 'facebook';
}

export interface AnalyticsImportPlan {
  layoutName: string;
  posts: OwnPost[];
  snapshots: PostSnapshot[];
  skipped: SkippedItem[];
  notes: string[];
  /** Posts per platform, for the preview's summary. */
  perPlatform: Partial<Record<PlatformId, number>>;
  /** The measures this file gives, so the dashboard can say which KPIs it can compute. */
  measures: Metric[];
}

export interface PlanOptions {
  /** When the numbers were true: the file's own date (its last-modified time). */
  readAt: number;
  timeZone: string;
  now: number;
  sourceId: string;
}

/**
 * What importing the table would store, shown before anything is: each post and one snapshot of its numbers;
 * rows that cannot be a post are listed with the reason, never stored half-read.
 */
export function planAnalyticsImport(
  table: ExportTable,
  layout: ExportLayout,
  { readAt, timeZone, now, sourceId }: PlanOptions,
): AnalyticsImportPlan {
  const columns = layout.columns;
  if (!columns.postId && !columns.permalink) throw new AnalyticsImportError(t('analyticsImportPickId'));
  const measures = METRICS.filter((metric) => columns[metric]);
  if (measures.length === 0) throw new AnalyticsImportError(t('analyticsImportPickNumbers'));

  const byId = new Map<string, { post: OwnPost; snapshot: PostSnapshot }>();
  const skipped: SkippedItem[] = [];
  const notes: string[] = [];
  let notPosts = 0;
  let repeated = 0;
  const first = (row: Record<string, string>, field: ImportField) => {
    for (const header of columns[field] ?? []) {
      const cell = (row[header] ?? '').trim();
      if (cell) return cell;
    }
    return '';
  };
  for (const [index, row] of table.rows.entries()) {
    if (layout.format?.notAPost?.test(row)) {
      notPosts++;
      continue;
    }
    // Row numbers as a spreadsheet shows them, counting the lines above the header row; the sentence is
    // written only for a refused row (a message per row of a 10,000-row file cost 70 ms of the preview).
    const skip = (reason: string) =>
      skipped.push({ label: t('analyticsImportRow', index + table.firstRow), reason });
    const text = (columns.text ?? [])
      .map((header) => (row[header] ?? '').trim())
      .reduce((longest, cell) => (cell.length > longest.length ? cell : longest), '');
    let permalink = first(row, 'permalink') || undefined;
    let postId = first(row, 'postId') || undefined;
    if (permalink && !/^https?:\/\/\S+$/i.test(permalink)) {
      skip(t('analyticsImportBadLink', quoted(permalink.slice(0, 80))));
      continue;
    }
    if (!postId && permalink) postId = layout.format?.postIdOf?.(permalink);
    if (!permalink && postId && layout.format?.permalinkOf) permalink = layout.format.permalinkOf(postId);
    if (!postId && !permalink) {
      skip(t('analyticsImportNoId'));
      continue;
    }
    const platform = platformOfRow(layout, permalink);
    const dateCell = first(row, 'publishedAt');
    const publishedAt = dateCell ? readExportDate(dateCell, layout.dateOrder, timeZone) : undefined;
    if (typeof publishedAt === 'string') {
      skip(t('analyticsImportBadTime', publishedAt));
      continue;
    }
    const counts: Partial<Record<Metric, number>> = {};
    let bad: string | undefined;
    for (const metric of measures) {
      const read = readCount(first(row, metric));
      if (typeof read === 'string') {
        bad = t('analyticsImportBadMetric', metricWord(metric), read);
        break;
      }
      if (read !== undefined) counts[metric] = read;
    }
    if (bad) {
      skip(bad);
      continue;
    }
    const id = ownPostId(platform, postId, permalink);
    const format = first(row, 'format');
    const post: OwnPost = {
      id,
      platform,
      ...(postId ? { postId: postId.slice(0, 500) } : {}),
      ...(permalink ? { permalink } : {}),
      text,
      ...(publishedAt !== undefined ? { publishedAt } : {}),
      ...(format ? { format: format.slice(0, 500) } : {}),
      createdAt: now,
      updatedAt: now,
    };
    // Checked once: the store does not check this row again (utils/db/checked-rows.ts).
    const parsed = checkFlatRow(OwnPostSchema, post);
    if (!parsed.success) {
      skip(t('analyticsImportCantStore', parsed.error.issues[0]?.message ?? 'invalid'));
      continue;
    }
    if (byId.has(id)) repeated++;
    byId.set(id, { post, snapshot: { id: `${id}@${readAt}`, postId: id, readAt, sourceId, ...counts } });
  }
  if (notPosts > 0 && layout.format?.notAPost) notes.push(t(layout.format.notAPost.note));
  if (repeated > 0) notes.push(pluralWith('analyticsImportRepeated', repeated));
  const missing = METRICS.filter((metric) => !columns[metric]);
  if (missing.includes('impressions')) notes.push(t('analyticsImportNoImpressions'));
  const entries = [...byId.values()];
  if (entries.length === 0) {
    const reasons = skipped.slice(0, 3).map((item) => `${item.label}: ${item.reason}`);
    throw new AnalyticsImportError(`${t('analyticsWebNothing')} ${reasons.join(' ')}`.trim());
  }
  const perPlatform: Partial<Record<PlatformId, number>> = {};
  for (const { post } of entries) perPlatform[post.platform] = (perPlatform[post.platform] ?? 0) + 1;
  return {
    layoutName: layout.name,
    posts: entries.map((entry) => entry.post),
    snapshots: entries.map((entry) => entry.snapshot),
    skipped,
    notes,
    perPlatform,
    measures,
  };
}
