import type { PlatformId } from '../checks/types';
import type { ImportField, ImportSource } from '../db/analytics-records';
import type { MessageKey } from '../i18n';

/**
 * The analytics exports OnBrand reads without asking which column is which. Each layout's headers are the
 * platform's own, as the files carry them; docs/analytics.md says where each list was checked, and
 * tests/fixtures/analytics/ keeps one file per layout with exactly those headers.
 */
export interface ExportFormat {
  id: string;
  /** What the user calls the file, e.g. "X post activity". */
  name: string;
  /** The platform of every row, or how to tell it from the row's link (Meta exports both Facebook and Instagram). */
  platform: PlatformId | 'facebook-or-instagram';
  /** Headers (lower case) a file must have to be this layout. */
  signature: readonly string[];
  /** Per field, the headers that carry it, preferred first. `text` takes the longest of its columns. */
  columns: Partial<Record<ImportField, readonly string[]>>;
  dateOrder: ImportSource['dateOrder'];
  /** A link to the post built from its id, when the export has ids but no links. */
  permalinkOf?: (postId: string) => string;
  /** The site's id of the post read from its link, when the export has links but no ids. */
  postIdOf?: (permalink: string) => string | undefined;
  /** Rows that are not posts (a totals row), with the note the preview shows for them. */
  notAPost?: { test: (row: Record<string, string>) => boolean; note: MessageKey };
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'x-post-activity',
    name: 'X post activity',
    platform: 'x',
    signature: ['tweet id', 'tweet permalink', 'tweet text', 'time', 'impressions'],
    columns: {
      postId: ['Tweet id'],
      permalink: ['Tweet permalink'],
      text: ['Tweet text'],
      publishedAt: ['time'],
      impressions: ['impressions'],
      engagements: ['engagements'],
      likes: ['likes', 'favorites'],
      shares: ['retweets'],
      comments: ['replies'],
      clicks: ['url clicks'],
    },
    dateOrder: 'iso',
  },
  {
    id: 'linkedin-page-posts',
    name: 'LinkedIn page posts',
    platform: 'linkedin',
    signature: ['post link', 'impressions', 'clicks'],
    columns: {
      text: ['Post title'],
      permalink: ['Post link'],
      format: ['Post type', 'Content type'],
      publishedAt: ['Created date', 'Date'],
      impressions: ['Impressions'],
      views: ['Views (excluding off-site video views)'],
      clicks: ['Clicks'],
      likes: ['Likes'],
      comments: ['Comments'],
      shares: ['Reposts', 'Shares'],
    },
    dateOrder: 'month-first',
    postIdOf: (permalink) => /urn:li:(?:activity|share|ugcPost):(\d+)/.exec(permalink)?.[1],
  },
  {
    id: 'meta-business-suite',
    name: 'Meta Business Suite posts',
    platform: 'facebook-or-instagram',
    signature: ['post id', 'publish time', 'permalink'],
    columns: {
      postId: ['Post ID'],
      permalink: ['Permalink'],
      text: ['Description', 'Title'],
      publishedAt: ['Publish time'],
      format: ['Post type'],
      views: ['Views'],
      impressions: ['Impressions'],
      reach: ['Reach'],
      likes: ['Likes', 'Reactions'],
      comments: ['Comments'],
      shares: ['Shares'],
      saves: ['Saves'],
      clicks: ['Total clicks'],
      engagements: ['Reactions, comments and shares'],
    },
    dateOrder: 'month-first',
  },
  {
    id: 'tiktok-studio-content',
    name: 'TikTok Studio content',
    platform: 'tiktok',
    signature: ['video title', 'video link', 'total views'],
    columns: {
      text: ['Video title'],
      permalink: ['Video link'],
      publishedAt: ['Post time', 'Video publish time'],
      views: ['Total views'],
      likes: ['Total likes'],
      comments: ['Total comments'],
      shares: ['Total shares'],
    },
    dateOrder: 'iso',
    postIdOf: (permalink) => /\/video\/(\d+)/.exec(permalink)?.[1],
  },
  {
    id: 'youtube-studio-table',
    name: 'YouTube Studio table data',
    platform: 'youtube',
    signature: ['content', 'video title', 'video publish time', 'views'],
    columns: {
      postId: ['Content'],
      text: ['Video title'],
      publishedAt: ['Video publish time'],
      views: ['Views'],
      impressions: ['Impressions'],
    },
    dateOrder: 'iso',
    permalinkOf: (videoId) => `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`,
    notAPost: {
      // Studio's "Table data.csv" starts with a row of the channel's totals.
      test: (row) => (row.Content ?? '').trim().toLowerCase() === 'total',
      note: 'analyticsImportTotalLeftOut',
    },
  },
];

const lower = (header: string) => header.trim().toLowerCase();

/** The known export a header row belongs to, if any. */
export function formatOf(headers: readonly string[]): ExportFormat | undefined {
  const have = new Set(headers.map(lower));
  return EXPORT_FORMATS.find((format) => format.signature.every((header) => have.has(header)));
}

/**
 * A format's columns resolved against the file's headers (case-insensitive): per field the headers present,
 * in preference order. Fields the file lacks are left out, so a KPI that needs them says so.
 */
export function resolveColumns(
  format: Pick<ExportFormat, 'columns'>,
  headers: readonly string[],
): Partial<Record<ImportField, string[]>> {
  const byLower = new Map(headers.map((header) => [lower(header), header]));
  const resolved: Partial<Record<ImportField, string[]>> = {};
  for (const [field, candidates] of Object.entries(format.columns) as [ImportField, string[]][]) {
    const present = candidates.flatMap((candidate) => byLower.get(lower(candidate)) ?? []);
    if (present.length > 0) resolved[field] = present;
  }
  return resolved;
}
