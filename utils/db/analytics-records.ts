import * as z from 'zod/mini';
import { PlatformIdSchema } from '../checks/schemas';
import { WebUrl } from './captured-post';
import { Id, LongText, ShortText, Timestamp } from './fields';

/**
 * The brand's own published posts and their numbers over time. A post is one row; every reading of its
 * numbers (an imported export, later a snapshot read on the page) is one row of `postSnapshots`, so trends
 * are the snapshots in time order and a post's current numbers are its newest snapshot.
 */

/** The numbers the platforms' exports give, under one name each; a platform that doesn't give one leaves it out. */
export const METRICS = [
  'impressions',
  'reach',
  'views',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
  'engagements',
  'followers',
] as const;
export type Metric = (typeof METRICS)[number];

const Count = z.number().check(z.nonnegative());

export const OwnPostSchema = z.object({
  /** `platform:postId` (or `platform:permalink`), so a re-import of the same post finds its row. */
  id: Id,
  platform: PlatformIdSchema,
  /** The site's own id of the post, when the export has one. */
  postId: z.optional(ShortText),
  permalink: z.optional(WebUrl),
  text: LongText,
  publishedAt: z.optional(Timestamp),
  /** The export's own word for the kind of post (Reel, Video, Image, Carousel …). */
  format: z.optional(ShortText),
  /** The calendar entry this post was planned as, once matched. */
  calendarEntryId: z.optional(Id),
  /** How it was matched: the permalink "Mark published" saw, or platform + time + text. */
  matchedBy: z.optional(z.enum(['permalink', 'time-and-text', 'user'])),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OwnPost = z.infer<typeof OwnPostSchema>;

export const PostSnapshotSchema = z.object({
  /** `postId@readAt`: the same file imported twice gives the same snapshot, not a second one. */
  id: Id,
  /** The OwnPost's id. */
  postId: Id,
  /** When the numbers were true: the export file's date for an import. */
  readAt: Timestamp,
  /** Where the numbers came from: an import source's id. */
  sourceId: z.optional(Id),
  impressions: z.optional(Count),
  reach: z.optional(Count),
  views: z.optional(Count),
  likes: z.optional(Count),
  comments: z.optional(Count),
  shares: z.optional(Count),
  saves: z.optional(Count),
  clicks: z.optional(Count),
  engagements: z.optional(Count),
  followers: z.optional(Count),
});
export type PostSnapshot = z.infer<typeof PostSnapshotSchema>;

/** What a column of an export can mean; `skip` columns are ignored. */
export const IMPORT_FIELDS = ['postId', 'permalink', 'text', 'publishedAt', 'format', ...METRICS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * A kind of file the user imported, remembered under its header row: a known export's layout, or the
 * column mapping the user gave for a layout OnBrand did not know, so the next file of that layout imports
 * without asking again.
 */
export const ImportSourceSchema = z.object({
  id: Id,
  name: ShortText,
  /** The headers, trimmed and lower-cased, in order: how a file is recognised as this source. */
  headerKey: z.string().check(z.maxLength(20_000)),
  platform: PlatformIdSchema,
  /** Header per field. */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), ShortText),
  /** How the date column is written. */
  dateOrder: z.enum(['iso', 'month-first', 'day-first']),
  lastImportedAt: z.optional(Timestamp),
  createdAt: Timestamp,
});
export type ImportSource = z.infer<typeof ImportSourceSchema>;
