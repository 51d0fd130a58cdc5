import * as z from 'zod/mini';
import { PlatformIdSchema } from '../checks/schemas';
import { WebUrl } from './captured-post';
import { Id, LongText, ShortText, Timestamp } from './fields';

/**
 * The brand's own published posts and their numbers over time. A post is one row; every reading of its
 * numbers (an imported export, later a snapshot read on the page) is a `PostSnapshot`, stored in the
 * `snapshotSets` row of its source and time, so trends are the snapshots in time order and a post's current
 * numbers are its newest snapshot.
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
  /** The brand's account that posted it (without `@`, lower case), when it was read on the platform's page. */
  account: z.optional(ShortText),
  /**
   * When a snapshot first read it on the platform's page (utils/analytics/browse-snapshots.ts): where the
   * page gave no publish time, the nearest thing to it the crisis log has.
   */
  seenOnPageAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OwnPost = z.infer<typeof OwnPostSchema>;

/** An own post's id, the same whether an export or a page read it, so both land on one row. */
export function ownPostId(
  platform: string,
  postId: string | undefined,
  permalink: string | undefined,
): string {
  return `${platform}:${postId ?? permalink}`.slice(0, 100);
}

export const PostSnapshotSchema = z.object({
  /** `postId@readAt`: the same file imported twice gives the same snapshot, not a second one. */
  id: Id,
  /** The OwnPost's id. */
  postId: Id,
  /** When the numbers were true: the export file's date for an import, the moment of reading for a page. */
  readAt: Timestamp,
  /** Where the numbers came from: an import source's id, or `read-on:<platform>` (browse-snapshot-rules.ts). */
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

/** One post's numbers in a snapshot set: a snapshot without the set's time and source. */
export const ReadingSchema = z.omit(PostSnapshotSchema, { id: true, readAt: true, sourceId: true });
export type Reading = z.infer<typeof ReadingSchema>;

/** As many readings as an import holds posts (imports read up to 50,000 rows). */
export const MAX_READINGS_PER_SET = 50_000;

/**
 * How snapshots are stored: every post's numbers read at one moment from one source (an imported file)
 * are one row. A 10,000-row export is then 10,001 writes, not 20,000: in Chromium each IndexedDB put costs
 * about the same whatever its size, and the snapshots' puts were half of an import's time. The rest of
 * OnBrand sees `PostSnapshot`s (`snapshotsOf`).
 */
export const SnapshotSetSchema = z.object({
  /** `sourceId@readAt`: the same file imported twice lands in the same set, not a second one. */
  id: Id,
  readAt: Timestamp,
  sourceId: z.optional(Id),
  readings: z.array(ReadingSchema).check(z.maxLength(MAX_READINGS_PER_SET)),
  /** Its last write's stamp (utils/db/checked-rows.ts): a set read again unchanged is not checked again. */
  stamp: z.optional(z.string().check(z.maxLength(100))),
});
export type SnapshotSet = z.infer<typeof SnapshotSetSchema>;

/** The id of the set a snapshot of `sourceId` read at `readAt` belongs to. */
export function snapshotSetId(sourceId: string | undefined, readAt: number): string {
  return `${sourceId ?? 'unknown-source'}@${readAt}`;
}

/** The snapshots a set holds, one per post. */
export function snapshotsOf(set: SnapshotSet): PostSnapshot[] {
  return set.readings.map((reading) => ({
    ...reading,
    id: `${reading.postId}@${set.readAt}`,
    readAt: set.readAt,
    ...(set.sourceId !== undefined ? { sourceId: set.sourceId } : {}),
  }));
}

/**
 * Snapshots grouped into sets by source and time; where `into` already holds a set of that id, its readings
 * stay and a post's newer reading replaces its older one (as a snapshot of the same id did before).
 */
export function groupIntoSets(
  snapshots: readonly PostSnapshot[],
  into: ReadonlyMap<string, SnapshotSet> = new Map(),
): SnapshotSet[] {
  const sets = new Map<string, { set: SnapshotSet; byPost: Map<string, Reading> }>();
  for (const snapshot of snapshots) {
    const id = snapshotSetId(snapshot.sourceId, snapshot.readAt);
    let entry = sets.get(id);
    if (!entry) {
      const stored = into.get(id);
      entry = {
        set: {
          id,
          readAt: snapshot.readAt,
          ...(snapshot.sourceId !== undefined ? { sourceId: snapshot.sourceId } : {}),
          readings: [],
        },
        byPost: new Map(stored?.readings.map((reading) => [reading.postId, reading])),
      };
      sets.set(id, entry);
    }
    const { id: _id, readAt: _readAt, sourceId: _sourceId, ...reading } = snapshot;
    entry.byPost.set(snapshot.postId, reading);
  }
  return [...sets.values()].map(({ set, byPost }) => ({ ...set, readings: [...byPost.values()] }));
}

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
