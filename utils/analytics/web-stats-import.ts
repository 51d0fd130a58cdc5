import Papa from 'papaparse';
import { type WebAnalyticsTool, type WebStat, WebStatSchema } from '../db/web-stats-records';
import { formatNumber, quoted, t } from '../i18n';
import { Refusal } from '../refusal';
import { readCount } from './import-export';

/**
 * Reading a website analytics export (GA4, Matomo, Plausible) into `WebStat` rows, shown in a preview before
 * anything is stored. The layouts, and where each was checked, are in docs/analytics.md.
 */

export const MAX_WEB_STATS_ROWS = 50_000;
const MAX_CHARACTERS = 50_000_000;

export class WebStatsImportError extends Refusal {
  constructor(message: string) {
    super(message);
    this.name = 'WebStatsImportError';
  }
}

type Dimension = 'campaign' | 'content' | 'source' | 'medium' | 'sourceMedium';
type Measure = 'sessions' | 'visitors' | 'conversions';

/** Headers (lower case) per meaning. GA4 names the session-scoped and first-user-scoped dimensions alike. */
const DIMENSION_HEADERS: Record<Dimension, readonly string[]> = {
  campaign: ['session campaign', 'session manual campaign name', 'first user campaign', 'campaign'],
  content: ['session manual ad content', 'first user manual ad content', 'manual ad content'],
  source: ['session source', 'session manual source', 'first user source'],
  medium: ['session medium', 'session manual medium', 'first user medium'],
  sourceMedium: ['session source / medium', 'session manual source / medium', 'first user source / medium'],
};
const MEASURE_HEADERS: Record<Measure, readonly string[]> = {
  // Matomo's API names (its CSV export writes them unless column names are translated).
  sessions: ['sessions', 'nb_visits'],
  visitors: ['total users', 'active users', 'users', 'nb_uniq_visitors', 'visitors'],
  // GA4 renamed "Conversions" to "Key events" in March 2024; files of both names exist.
  conversions: ['key events', 'conversions', 'nb_conversions'],
};
/** Which dimension a Plausible file holds is only in its name inside the export zip. */
const PLAUSIBLE_FILES: Record<string, Dimension> = {
  'utm_campaigns.csv': 'campaign',
  'utm_contents.csv': 'content',
  'utm_sources.csv': 'source',
  'sources.csv': 'source',
  'utm_mediums.csv': 'medium',
};

/** GA4's export writes its totals as a row of the table. */
const TOTAL_ROW = /^(grand )?total$/i;

export interface WebStatsSkip {
  line: number;
  reason: string;
}

export interface WebStatsPlan {
  tool: WebAnalyticsTool;
  rows: WebStat[];
  skipped: WebStatsSkip[];
  notes: string[];
}

/** `20260301` (GA4's `# Start date:` line) as the instant that day starts in UTC. */
function ga4Day(value: string | undefined): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec((value ?? '').trim());
  if (!match) return undefined;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(at) ? undefined : at;
}

function columnOf(headers: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const index = headers.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * What importing the file would store. GA4 files open with `#` comment lines (report name, property, start
 * and end date) and may hold more than one table; the first one is read.
 */
export function planWebStatsImport(text: string, fileName: string, now: number): WebStatsPlan {
  if (text.length > MAX_CHARACTERS) throw new WebStatsImportError(t('analyticsWebTooLarge'));
  const lines = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
  const comments: string[] = [];
  let headerIndex = 0;
  while (headerIndex < lines.length) {
    const first = lines[headerIndex]?.[0]?.trim() ?? '';
    const blank = (lines[headerIndex] ?? []).every((cell) => cell.trim() === '');
    if (!first.startsWith('#') && !blank) break;
    if (first.startsWith('#')) comments.push((lines[headerIndex] ?? []).join(','));
    headerIndex++;
  }
  const headers = (lines[headerIndex] ?? []).map((header) => header.trim().toLowerCase());
  const dimensionColumns = Object.fromEntries(
    (Object.keys(DIMENSION_HEADERS) as Dimension[]).map((dimension) => [
      dimension,
      columnOf(headers, DIMENSION_HEADERS[dimension]),
    ]),
  ) as Record<Dimension, number>;
  const measureColumns = Object.fromEntries(
    (Object.keys(MEASURE_HEADERS) as Measure[]).map((measure) => [
      measure,
      columnOf(headers, MEASURE_HEADERS[measure]),
    ]),
  ) as Record<Measure, number>;

  let tool: WebAnalyticsTool;
  const baseName = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  if (headers.includes('label') && headers.includes('nb_visits')) {
    tool = 'matomo';
    // Referrers › Campaigns: the label is the campaign's name.
    dimensionColumns.campaign = headers.indexOf('label');
  } else if (headers[0] === 'name' && (measureColumns.visitors >= 0 || measureColumns.conversions >= 0)) {
    tool = 'plausible';
    const dimension = PLAUSIBLE_FILES[baseName.replace(/ \(\d+\)(?=\.csv$)/, '')];
    if (!dimension) throw new WebStatsImportError(t('analyticsWebPlausibleWhich'));
    dimensionColumns[dimension] = 0;
  } else if (
    comments.length > 0 ||
    headers.some((header) => header.startsWith('session ') || header.startsWith('first user '))
  ) {
    tool = 'ga4';
  } else {
    throw new WebStatsImportError(t('analyticsWebUnknown'));
  }
  const dimensions = (Object.keys(dimensionColumns) as Dimension[]).filter(
    (dimension) => dimensionColumns[dimension] >= 0,
  );
  const goalColumns =
    tool === 'matomo' && measureColumns.conversions < 0
      ? headers.flatMap((header, index) => (/^goals_idgoal=\d+_nb_conversions$/.test(header) ? [index] : []))
      : [];
  const measures = (Object.keys(measureColumns) as Measure[]).filter(
    (measure) => measureColumns[measure] >= 0,
  );
  if (dimensions.length === 0 || measures.length === 0)
    throw new WebStatsImportError(t('analyticsWebUnknown'));

  const startLine = comments.find((line) => /^#\s*start date:/i.test(line));
  const endLine = comments.find((line) => /^#\s*end date:/i.test(line));
  const periodStart = ga4Day(startLine?.split(':')[1]);
  const endDay = ga4Day(endLine?.split(':')[1]);
  // The end date is a whole day: the period ends when the next one starts.
  const periodEnd = endDay === undefined ? undefined : endDay + 86_400_000;

  const body: { cells: string[]; line: number }[] = [];
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const cells = lines[index] ?? [];
    const first = cells[0]?.trim() ?? '';
    // A blank or comment line ends the first table (GA4 writes further tables below it).
    if (first.startsWith('#') || cells.every((cell) => cell.trim() === '')) break;
    body.push({ cells, line: index + 1 });
  }
  if (body.length === 0) throw new WebStatsImportError(t('analyticsWebNoRows'));
  if (body.length > MAX_WEB_STATS_ROWS)
    throw new WebStatsImportError(
      t('analyticsWebTooManyRows', formatNumber(body.length), formatNumber(MAX_WEB_STATS_ROWS)),
    );

  const skipped: WebStatsSkip[] = [];
  const notes: string[] = [];
  const byId = new Map<string, WebStat>();
  let totals = 0;
  for (const { cells, line } of body) {
    const cell = (column: number) => (column >= 0 ? (cells[column] ?? '').trim() : '');
    const named: Partial<Record<Dimension, string>> = {};
    for (const dimension of dimensions) {
      const value = cell(dimensionColumns[dimension]);
      if (value) named[dimension] = value.slice(0, 500);
    }
    if (tool === 'ga4' && Object.values(named).some((value) => TOTAL_ROW.test(value ?? ''))) {
      totals++;
      continue;
    }
    if (named.sourceMedium) {
      const [source, medium] = named.sourceMedium.split(/\s+\/\s+/);
      named.source ??= source;
      if (medium) named.medium ??= medium;
    }
    if (!named.campaign && !named.content && !named.source) {
      skipped.push({ line, reason: t('analyticsWebRowNoName') });
      continue;
    }
    const counts: Partial<Record<Measure, number>> = {};
    let bad: string | undefined;
    // Matomo writes conversions per goal (`goals_idgoal=1_nb_conversions` …) unless the report has a total.
    if (goalColumns.length > 0) {
      for (const column of goalColumns) {
        const read = readCount(cell(column));
        if (typeof read === 'string') {
          bad = t(
            'analyticsWebRowNotANumber',
            quoted(headers[column] ?? ''),
            quoted(cell(column).slice(0, 40)),
          );
          break;
        }
        if (read !== undefined) counts.conversions = (counts.conversions ?? 0) + read;
      }
    }
    for (const measure of measures) {
      const read = readCount(cell(measureColumns[measure]));
      if (typeof read === 'string') {
        bad = t(
          'analyticsWebRowNotANumber',
          quoted(headers[measureColumns[measure]] ?? measure),
          quoted(cell(measureColumns[measure]).slice(0, 40)),
        );
        break;
      }
      if (read !== undefined) counts[measure] = read;
    }
    if (bad) {
      skipped.push({ line, reason: bad });
      continue;
    }
    const key = [named.campaign, named.content, named.source, named.medium]
      .map((part) => part ?? '')
      .join('|');
    const id = `${tool}:${key}@${periodStart ?? ''}-${periodEnd ?? ''}`.slice(0, 100);
    const row: WebStat = {
      id,
      tool,
      ...(named.campaign ? { campaign: named.campaign } : {}),
      ...(named.content ? { content: named.content } : {}),
      ...(named.source ? { source: named.source } : {}),
      ...(named.medium ? { medium: named.medium } : {}),
      ...(periodStart !== undefined ? { periodStart } : {}),
      ...(periodEnd !== undefined ? { periodEnd } : {}),
      ...counts,
      importedAt: now,
    };
    const parsed = WebStatSchema.safeParse(row);
    if (!parsed.success) {
      skipped.push({ line, reason: t('analyticsWebRowInvalid') });
      continue;
    }
    byId.set(id, row);
  }
  if (totals > 0) notes.push(t('analyticsWebTotalsLeftOut'));
  if (measureColumns.conversions < 0 && goalColumns.length === 0) notes.push(t('analyticsWebNoConversions'));
  if (tool !== 'ga4' || periodStart === undefined) notes.push(t('analyticsWebNoPeriod'));
  if (byId.size === 0) {
    const reasons = skipped.slice(0, 3).map((item) => t('analyticsWebLine', item.line, item.reason));
    throw new WebStatsImportError(`${t('analyticsWebNothing')} ${reasons.join(' ')}`.trim());
  }
  return { tool, rows: [...byId.values()], skipped, notes };
}
