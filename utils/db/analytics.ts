import type * as z from 'zod/mini';
import { BROWSE_SNAPSHOT_INTERVAL_MS, browseSourceId } from '../analytics/browse-snapshot-rules';
import { planBrowseSnapshots } from '../analytics/browse-snapshots';
import { matchPostsToCalendar } from '../analytics/calendar-match';
import type { PostNumbers } from '../analytics/kpis';
import type { PlatformId } from '../checks/types';
import {
  groupIntoSets,
  type ImportSource,
  ImportSourceSchema,
  type OwnPost,
  OwnPostSchema,
  type PostSnapshot,
  type SnapshotSet,
  SnapshotSetSchema,
  snapshotSetId,
  snapshotsOf,
} from './analytics-records';
import type { CapturedPost } from './captured-post';
import { newStamp, ReadByStamp, wasChecked } from './checked-rows';
import type { OnBrandDatabase } from './database';
import { ownPostsRepository } from './post-packs';
import { type CalendarEntry, CalendarEntrySchema } from './records';
import { describeProblems, InvalidRecordError, TableRepository } from './table-repository';
import { type WebStat, WebStatSchema } from './web-stats-records';

export interface AnalyticsImport {
  posts: OwnPost[];
  snapshots: PostSnapshot[];
  source: ImportSource;
}

export interface AnalyticsImportOutcome {
  added: number;
  updated: number;
  snapshots: number;
  /** Posts newly linked to the calendar entries they were planned as. */
  matched: number;
}

const ENTRY_MARGIN_MS = 31 * 24 * 3_600_000;

/** The brand's own posts, their snapshots and the import sources, each read and written through its schema. */
export function analyticsRepository(db: OnBrandDatabase) {
  const posts = ownPostsRepository(db);
  const snapshotSets = new TableRepository<SnapshotSet>(db.snapshotSets, SnapshotSetSchema);
  const sources = new TableRepository<ImportSource>(db.importSources, ImportSourceSchema);

  const calendarEntries = new TableRepository<CalendarEntry>(db.calendarEntries, CalendarEntrySchema);
  const webStats = new TableRepository<WebStat>(db.webStats, WebStatSchema);
  /** The snapshots each stored set gave when last checked (utils/db/checked-rows.ts). */
  const checkedSets = ReadByStamp.of<PostSnapshot[]>(db, 'snapshotSets');

  /** A stored set's snapshots, checked once per stamp; none for a damaged set (reported, not remembered). */
  function snapshotsOfRow(row: SnapshotSet): PostSnapshot[] {
    const known = checkedSets.get(row.id, row.stamp);
    if (known) return known;
    const [set] = snapshotSets.parseMany([row]);
    if (!set) return [];
    const snapshots = snapshotsOf(set);
    if (set.stamp !== undefined) checkedSets.set(set.id, set.stamp, snapshots);
    return snapshots;
  }

  /**
   * The calendar entries planned within a month of the posts' times: read by the `at` index, so an import
   * never parses the whole calendar; an entry marked published more than a month from its planned time is
   * the one left out.
   */
  async function entriesAround(posts: readonly OwnPost[]): Promise<CalendarEntry[]> {
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const { publishedAt, calendarEntryId } of posts) {
      if (publishedAt === undefined || calendarEntryId) continue;
      from = Math.min(from, publishedAt - ENTRY_MARGIN_MS);
      to = Math.max(to, publishedAt + ENTRY_MARGIN_MS);
    }
    if (from > to) return [];
    return calendarEntries.parseMany(
      await db.calendarEntries.where('at').between(from, to, true, true).toArray(),
    );
  }

  /** Throws for the first row its schema refuses, naming what is wrong; a row it already passed is not read again. */
  function validate<T>(schema: z.ZodMiniType<T>, rows: T[], table: string) {
    for (const row of rows) {
      if (typeof row === 'object' && row !== null && wasChecked(schema, row)) continue;
      const result = schema.safeParse(row);
      if (!result.success) throw new InvalidRecordError(table, describeProblems(result.error.issues));
    }
  }

  /**
   * Inside a transaction on postPacks, snapshotSets and calendarEntries: writes the posts and their snapshots.
   * A post already stored keeps its calendar link, first-seen date and what the newcomer does not know (an
   * export's format, a page's account and publish time); its text is the newcomer's. Posts without a link are
   * matched to the calendar entries they were planned as (utils/analytics/calendar-match.ts).
   */
  async function storePosts(incoming: readonly OwnPost[], readings: readonly PostSnapshot[], now: number) {
    // The packs these posts go in, read once (a few dozen rows however many posts), then written back.
    const stored = (await posts.rowsOf(incoming.map((post) => post.id))) as Map<string, OwnPost>;
    const merged = incoming.map((post): OwnPost => {
      const before = stored.get(post.id);
      if (!before) return post;
      const seenOnPageAt = Math.min(
        before.seenOnPageAt ?? Number.POSITIVE_INFINITY,
        post.seenOnPageAt ?? Number.POSITIVE_INFINITY,
      );
      const { calendarEntryId: _entry, matchedBy: _by, ...known } = before;
      return {
        ...known,
        ...post,
        ...(before.calendarEntryId
          ? { calendarEntryId: before.calendarEntryId, matchedBy: before.matchedBy }
          : {}),
        ...(Number.isFinite(seenOnPageAt) ? { seenOnPageAt } : {}),
        createdAt: before.createdAt,
        updatedAt: now,
      };
    });
    const links = new Map(
      matchPostsToCalendar(merged, await entriesAround(merged)).map((link) => [link.postId, link]),
    );
    await posts.putRows(
      links.size === 0
        ? merged
        : merged.map((post) => {
            const link = links.get(post.id);
            return link
              ? { ...post, calendarEntryId: link.calendarEntryId, matchedBy: link.matchedBy }
              : post;
          }),
    );
    // A file imported again lands in its earlier set; the readings of posts no longer in it stay.
    const setIds = [...new Set(groupIntoSets(readings).map((set) => set.id))];
    const storedSets = new Map<string, SnapshotSet>();
    for (const set of await db.snapshotSets.bulkGet(setIds)) if (set) storedSets.set(set.id, set);
    const sets = groupIntoSets(readings, storedSets).map((set) => ({ ...set, stamp: newStamp() }));
    // Checked here, merged with what is stored; a throw aborts the transaction, so nothing changes.
    validate(SnapshotSetSchema, sets, 'snapshotSets');
    await db.snapshotSets.bulkPut(sets);
    for (const set of sets) checkedSets.set(set.id, set.stamp, snapshotsOf(set));
    return { updated: stored.size, matched: links.size };
  }

  return {
    posts,
    snapshotSets,
    sources,

    /** The remembered source for a header row, if a file of that layout was imported before. */
    async sourceFor(headerKey: string): Promise<ImportSource | undefined> {
      const row = await db.importSources.where('headerKey').equals(headerKey).first();
      return row === undefined ? undefined : sources.parseMany([row])[0];
    },

    /**
     * Stores an import in one transaction: everything is validated before it is written, so a bad row changes
     * nothing (the merge of posts with stored ones is `storePosts`').
     */
    async importExport({ posts: incoming, snapshots: readings, source }: AnalyticsImport, now: number) {
      validate(OwnPostSchema, incoming, 'ownPosts');
      validate(ImportSourceSchema, [source], 'importSources');
      return db.transaction(
        'rw',
        [db.postPacks, db.snapshotSets, db.importSources, db.calendarEntries],
        async (): Promise<AnalyticsImportOutcome> => {
          const { updated, matched } = await storePosts(incoming, readings, now);
          const existing = await db.importSources.where('headerKey').equals(source.headerKey).first();
          await db.importSources.put({
            ...source,
            id: existing?.id ?? source.id,
            createdAt: existing?.createdAt ?? source.createdAt,
            lastImportedAt: now,
          });
          return { added: incoming.length - updated, updated, snapshots: readings.length, matched };
        },
      );
    },

    /**
     * Stores the brand's posts a page of `platform` showed (utils/analytics/browse-snapshots.ts): those by one
     * of `own` and not read there within the interval, matched to the calendar like an import's.
     */
    async recordBrowseSnapshots(
      captured: readonly CapturedPost[],
      { platform, own }: { platform: PlatformId; own: ReadonlySet<string> },
      now: number,
    ): Promise<{ stored: number }> {
      return db.transaction('rw', [db.postPacks, db.snapshotSets, db.calendarEntries], async () => {
        // The page's sets within the interval, by their ids (`read-on:x@<time>`: same-length times sort as
        // numbers), so an import's large set read meanwhile is never parsed here.
        const source = browseSourceId(platform);
        const recent = snapshotSets.parseMany(
          await db.snapshotSets
            .where(':id')
            .between(
              snapshotSetId(source, now - BROWSE_SNAPSHOT_INTERVAL_MS),
              snapshotSetId(source, now),
              false,
              true,
            )
            .toArray(),
        );
        const lastReadAt = new Map<string, number>();
        for (const set of recent)
          for (const { postId } of set.readings)
            lastReadAt.set(postId, Math.max(set.readAt, lastReadAt.get(postId) ?? 0));
        const plan = planBrowseSnapshots(captured, { platform, own, lastReadAt, now });
        validate(OwnPostSchema, plan.posts, 'ownPosts');
        if (plan.posts.length > 0) await storePosts(plan.posts, plan.snapshots, now);
        return { stored: plan.posts.length };
      });
    },

    /**
     * Stores web-analytics rows in one transaction, all validated first. A row already stored keeps the
     * measures this file lacks: Plausible exports visitors and conversions of a campaign in two files.
     */
    async importWebStats(rows: WebStat[]): Promise<{ added: number; updated: number }> {
      validate(WebStatSchema, rows, 'webStats');
      return db.transaction('rw', db.webStats, async () => {
        const stored = await db.webStats.bulkGet(rows.map((row) => row.id));
        let updated = 0;
        const merged = rows.map((row, index) => {
          const before = stored[index];
          if (!before) return row;
          updated++;
          return { ...before, ...row };
        });
        await db.webStats.bulkPut(merged);
        return { added: rows.length - updated, updated };
      });
    },

    /** Every web-analytics row. */
    async allWebStats(): Promise<WebStat[]> {
      return webStats.parseMany(await db.webStats.toArray());
    },

    /** Every snapshot, oldest first. */
    async allSnapshots(): Promise<PostSnapshot[]> {
      return (await db.snapshotSets.orderBy('readAt').toArray()).flatMap(snapshotsOfRow);
    },

    /**
     * The brand's posts matched to these calendar entries. Posts have no index on the link (version 4
     * dropped it: every import writes every index), so the rows are read raw and only the matched ones parsed.
     */
    async postsOfEntries(entryIds: ReadonlySet<string>): Promise<OwnPost[]> {
      if (entryIds.size === 0) return [];
      const rows = await posts.rows();
      return posts.parseMany(
        rows.filter((row) => {
          const entryId = (row as { calendarEntryId?: unknown }).calendarEntryId;
          return typeof entryId === 'string' && entryIds.has(entryId);
        }),
      );
    },

    /** The brand's posts on one platform (the packs of that platform only). */
    async postsOn(platform: PlatformId): Promise<OwnPost[]> {
      return posts.on(platform);
    },

    /**
     * Each post with its newest snapshot, like `latestNumbers` over every snapshot, without reading every
     * set: sets are read newest first (the `readAt` index) until each post has its reading, so a calendar
     * showing a few posts reads the one or two imports that hold them rather than the whole history.
     * Posts without any snapshot are left out (and, having none, make every set be read).
     */
    async latestNumbersOf(of: readonly OwnPost[]): Promise<PostNumbers[]> {
      const missing = new Set(of.map((post) => post.id));
      const newest = new Map<string, PostSnapshot>();
      if (missing.size > 0) {
        await db.snapshotSets
          .orderBy('readAt')
          .reverse()
          .until(() => missing.size === 0)
          .each((row) => {
            for (const snapshot of snapshotsOfRow(row))
              if (missing.delete(snapshot.postId)) newest.set(snapshot.postId, snapshot);
          });
      }
      return of.flatMap((post) => {
        const latest = newest.get(post.id);
        return latest ? [{ post, latest }] : [];
      });
    },

    /** Links a post to the calendar entry it was planned as. */
    async link(postId: string, calendarEntryId: string, matchedBy: OwnPost['matchedBy'], now: number) {
      await posts.update(postId, { calendarEntryId, matchedBy, updatedAt: now });
    },
  };
}

export type AnalyticsRepository = ReturnType<typeof analyticsRepository>;
