import type { Transaction } from 'dexie';
import { groupIntoSets, type PostSnapshot } from './analytics-records';
import { packPosts } from './post-packs';

/**
 * Every schema version OnBrand has shipped, oldest first. A released entry is never edited: users upgrade
 * from any of them, and `tests/unit/database-upgrade.test.ts` opens a checked-in copy of version 1's data
 * with the current class. A change adds an entry (new `stores` and/or an `upgrade`) and a line in
 * docs/database.md.
 */

/** Version 1's indexes, as released. */
export const STORES_V1 = {
  brands: 'id, name',
  calendarEntries: 'id, at, status, campaign, *platforms, icalUid',
  savedReplies: 'id, &shortcut, title, usageCount, lastUsedAt, *tags',
  researchPosts: 'id, &permalink, platform, author.handle, publishedAt, savedAt, *tags, *collections',
  settings: 'key',
} as const;

/** How many metrics snapshots a saved post keeps: the first reading and the latest ones. */
export const MAX_METRICS_SNAPSHOTS = 100;

/** The first snapshot (where the post started) and the newest ones, at most MAX_METRICS_SNAPSHOTS in all. */
export function boundSnapshots<T>(snapshots: readonly T[]): T[] {
  if (snapshots.length <= MAX_METRICS_SNAPSHOTS) return [...snapshots];
  return [snapshots[0] as T, ...snapshots.slice(snapshots.length - (MAX_METRICS_SNAPSHOTS - 1))];
}

const MAX_SHORTCUT = 40;

/**
 * Shortcuts are matched in lower case, but version 1 stored whatever a restore or an import wrote, so a
 * `Thanks` never expanded. Lower-cases them; when the lower-case form already belongs to another reply the
 * later one gets `-2`, `-3` … (the unique index would otherwise abort the whole upgrade).
 */
async function lowerCaseShortcuts(tx: Transaction): Promise<void> {
  const table = tx.table('savedReplies');
  const rows = (await table.toArray()) as { id: unknown; shortcut?: unknown }[];
  const taken = new Set<string>();
  const mixed: { id: unknown; shortcut: string }[] = [];
  for (const row of rows) {
    if (typeof row.shortcut !== 'string') continue;
    if (row.shortcut === row.shortcut.toLowerCase()) taken.add(row.shortcut);
    else mixed.push({ id: row.id, shortcut: row.shortcut });
  }
  for (const { id, shortcut } of mixed) {
    const lower = shortcut.toLowerCase();
    let free = lower;
    for (let n = 2; taken.has(free); n++) free = `${lower.slice(0, MAX_SHORTCUT - `-${n}`.length)}-${n}`;
    taken.add(free);
    await table.update(id as string, { shortcut: free });
  }
}

/** Version 1 appended a snapshot per save without limit; a page could grow one row forever. */
async function boundStoredSnapshots(tx: Transaction): Promise<void> {
  await tx
    .table('researchPosts')
    .filter(
      (row: { metrics?: unknown }) =>
        Array.isArray(row.metrics) && row.metrics.length > MAX_METRICS_SNAPSHOTS,
    )
    .modify((row: { metrics: unknown[] }) => {
      row.metrics = boundSnapshots(row.metrics);
    });
}

/** Version 4 stored one row per snapshot; version 7 stores them as sets (`SnapshotSet`). */
async function moveSnapshotsIntoSets(tx: Transaction): Promise<void> {
  const snapshots = (await tx.table('postSnapshots').toArray()) as PostSnapshot[];
  await tx.table('snapshotSets').bulkAdd(groupIntoSets(snapshots));
}

/** Version 12 stored one row per own post; version 13 stores them in packs (`utils/db/post-packs.ts`). */
async function movePostsIntoPacks(tx: Transaction): Promise<void> {
  // Raw rows, damaged ones too: a post its schema refuses is kept in its pack and listed as damaged.
  await tx.table('postPacks').bulkAdd(packPosts(await tx.table('ownPosts').toArray()));
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: STORES_V1 },
  {
    version: 2,
    stores: {},
    upgrade: async (tx) => {
      await lowerCaseShortcuts(tx);
      await boundStoredSnapshots(tx);
    },
  },
  {
    // New tables only; no stored row changes.
    version: 3,
    stores: {
      ownPosts: 'id, platform, publishedAt, permalink, calendarEntryId',
      postSnapshots: 'id, postId, readAt, [postId+readAt]',
      importSources: 'id, &headerKey',
    },
  },
  {
    // Drops the analytics indexes nothing queries: each index is written for every row of an import, and on
    // a 10,000-row export they cost more than a third of the write. Snapshots stay ordered by readAt; rows
    // are untouched.
    version: 4,
    stores: {
      ownPosts: 'id',
      postSnapshots: 'id, readAt',
    },
  },
  {
    // New tables only; no stored row changes.
    version: 5,
    stores: {
      partners: 'id, brandId',
      crises: 'id, brandId',
    },
  },
  {
    // New tables only, for team sync (utils/team): the server revision each calendar entry last agreed with,
    // and how far the workspace's changes feed was read. Kept apart from the entries so their rows keep the
    // shape the rest of OnBrand reads; no stored row changes.
    version: 6,
    stores: {
      teamDocs: 'id',
      teamCheckpoints: 'database',
    },
  },
  {
    // Snapshots move into sets, one row per source and time (an imported file): a 10,000-row import writes
    // 10,001 rows instead of 20,000. Every stored snapshot goes into its set; `postSnapshots` is then
    // dropped (Dexie deletes a table after the upgrade that reads it).
    version: 7,
    stores: {
      snapshotSets: 'id, readAt',
      postSnapshots: null,
    },
    upgrade: moveSnapshotsIntoSets,
  },
  {
    // New table only: web-analytics rows (GA4, Matomo, Plausible exports) joined to posts by campaign. Rows
    // are read whole and joined in memory, so the primary key is its only index; no stored row changes.
    version: 9,
    stores: {
      webStats: 'id',
    },
  },
  {
    // New table only: posts and comments to come back to. Listed by status (the open ones), and looked up by
    // permalink when a post's follow-up is saved again; no stored row changes.
    version: 10,
    stores: {
      followUps: 'id, status, url',
    },
  },
  {
    // New table only, for team sync of brands, saved replies and shared research posts (utils/team): the
    // revision and version each of them last agreed on with the server, keyed by document id. Kept apart from
    // `teamDocs` (the calendar entries' states, keyed by entry id); no stored row changes.
    version: 11,
    stores: {
      teamRecords: 'id',
    },
  },
  {
    // Indexes only, for team sync's status line: the refused and conflicting states are counted (and the
    // first named) by index instead of reading every state once a sync settles. Rows without a refusal or a
    // conflict have no value at these key paths and are simply not in the index; no stored row changes.
    version: 12,
    stores: {
      teamDocs: 'id, refused.updatedAt, conflict.rev',
      teamRecords: 'id, refused.version, conflict.rev',
    },
  },
  {
    // Own posts move into packs, many posts a row (platform + a fixed bucket of the post id): a 10,000-post
    // import writes ~64 rows instead of 10,000. Every stored post, damaged ones included, goes into its
    // pack unchanged; `ownPosts` is then dropped (Dexie deletes a table after the upgrade that reads it).
    version: 13,
    stores: {
      postPacks: 'id',
      ownPosts: null,
    },
    upgrade: movePostsIntoPacks,
  },
];
