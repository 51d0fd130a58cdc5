import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, NOT_BACKED_UP } from '@/utils/backup/full-backup';
import { analyticsRepository } from '@/utils/db/analytics';
import { blockedMessage, OnBrandDatabase, versionChangeMessage } from '@/utils/db/database';
import { followUpsRepository } from '@/utils/db/follow-ups';
import { MAX_METRICS_SNAPSHOTS, SCHEMA_VERSIONS, STORES_V1 } from '@/utils/db/migrations';
import { repliesRepository } from '@/utils/db/replies';
import { TeamDocStateSchema, TeamRecordStateSchema } from '@/utils/team/records';

/** Rows of every table exactly as release 0.1.0 (database version 1) stored them. Never edited. */
interface Dump {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}
const V1: Dump = JSON.parse(readFileSync('tests/fixtures/db/onbrand-v1.json', 'utf8'));

const NAME = 'onbrand-upgrade-test';

/** A database as version 1 created it, filled with the dump: the old schema, the old rows. */
async function createV1(): Promise<void> {
  const old = new Dexie(NAME);
  old.version(1).stores(V1.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [name, rows] of Object.entries(V1.tables)) await old.table(name).bulkAdd(rows);
  });
  old.close();
}

/** The database as release `version` declared it: the schema versions up to it, with their upgrades. */
function asShipped(version: number): Dexie {
  const shipped = new Dexie(NAME);
  for (const { version: v, stores, upgrade } of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = shipped.version(v).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return shipped;
}

const keyOf = (table: string, row: Record<string, unknown>) =>
  String(row[table === 'settings' ? 'key' : 'id']);

/** The tables as releases before version 13 named them: own posts are stored in `postPacks` since. */
const tableNames = (current: OnBrandDatabase) =>
  current.tables.map((table) => (table.name === 'postPacks' ? 'ownPosts' : table.name));

/** A table's rows in primary-key order, as `toArray` gave them; own posts taken out of their packs. */
async function storedRows(current: OnBrandDatabase, name: string): Promise<unknown[]> {
  if (name !== 'ownPosts') return current.table(name).toArray();
  const rows = (await analyticsRepository(current).posts.rows()) as { id: string }[];
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rows in the analytics tables of a database that has them (version 3 on), as imports write them. */
async function fillAnalytics(shipped: Dexie, now: number): Promise<void> {
  await shipped.table('ownPosts').bulkAdd([
    { id: 'x:1', platform: 'x', postId: '1', text: 'Hello', createdAt: now, updatedAt: now },
    {
      id: 'linkedin:2',
      platform: 'linkedin',
      postId: '2',
      text: 'Planned',
      calendarEntryId: 'entry-1',
      matchedBy: 'permalink',
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await shipped.table('postSnapshots').bulkAdd([
    { id: `x:1@${now}`, postId: 'x:1', readAt: now, likes: 3 },
    { id: `linkedin:2@${now - 1}`, postId: 'linkedin:2', readAt: now - 1, impressions: 40 },
  ]);
  await shipped.table('importSources').add({
    id: 'source-1',
    name: 'X post activity',
    headerKey: 'post id|date',
    platform: 'x',
    mapping: {},
    dateOrder: 'iso',
    createdAt: now,
  });
}

/** Every table's rows, to compare before and after an upgrade. */
async function rowsOf(shipped: Dexie): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of shipped.tables) rows[table.name] = await table.toArray();
  return rows;
}

/**
 * A database as release `version` left it (version 1's dump, plus what `fill` adds), opened by the current
 * class: every row of every table must come through unchanged.
 */
async function upgradedFrom(
  version: number,
  fill: (shipped: Dexie) => Promise<void>,
): Promise<OnBrandDatabase> {
  await createV1();
  const shipped = asShipped(version);
  await shipped.open();
  await fill(shipped);
  const before = await rowsOf(shipped);
  shipped.close();
  const current = new OnBrandDatabase(NAME);
  await current.open();
  expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  for (const [name, rows] of Object.entries(before)) {
    expect(rows.length, name).toBeGreaterThan(0);
    if (name === 'postSnapshots') continue;
    expect(await storedRows(current, name), name).toEqual(rows);
  }
  // Version 7 keeps snapshots in sets; read back, they are the ones stored.
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect([...(await analyticsRepository(current).allSnapshots())].sort(byId)).toEqual(
    [...((before.postSnapshots ?? []) as { id: string }[])].sort(byId),
  );
  return current;
}

/** Rows in each table versions 3 to 7 added (analytics, partners, crises, team sync), as OnBrand writes them. */
async function fillTablesOfVersion7(shipped: Dexie, now: number): Promise<void> {
  await shipped.table('ownPosts').add({
    id: 'x:1',
    platform: 'x',
    postId: '1',
    text: 'Hi',
    calendarEntryId: 'entry-1',
    createdAt: now,
    updatedAt: now,
  });
  await shipped
    .table('snapshotSets')
    .add({ id: `s@${now}`, readAt: now, readings: [{ postId: 'x:1', clicks: 4 }] });
  await shipped.table('importSources').add({
    id: 'source-1',
    name: 'X post activity',
    headerKey: 'post id|date',
    platform: 'x',
    mapping: {},
    dateOrder: 'iso',
    createdAt: now,
  });
  await shipped.table('partners').add({
    id: 'partner-1',
    name: 'Acme Running',
    brandId: 'brand-1',
    handles: [],
    relationship: 'ambassador',
    markets: ['DE'],
    createdAt: now,
    updatedAt: now,
  });
  await shipped
    .table('crises')
    .add({ id: 'crisis-1', brandId: 'brand-1', reason: 'Recall', startedAt: now, pausedEntryIds: [] });
  await shipped.table('teamDocs').add({ id: 'entry-1', rev: '1-a', syncedUpdatedAt: now, audit: [] });
  await shipped
    .table('teamCheckpoints')
    .add({ database: 'http://localhost:5984/ws', since: 7, updatedAt: now });
}

let db: OnBrandDatabase | undefined;
beforeEach(async () => {
  await Dexie.delete(NAME);
});
afterEach(() => db?.close());

describe('a version-1 database opened by the current OnBrand', () => {
  it('is the schema version 1 shipped, with rows in every table', () => {
    expect(V1.stores).toEqual(STORES_V1);
    expect(Object.keys(V1.tables).sort()).toEqual(Object.keys(STORES_V1).sort());
    for (const rows of Object.values(V1.tables)) expect(rows.length).toBeGreaterThan(0);
  });

  it('upgrades to the newest version and keeps every row, each readable by the current schemas', async () => {
    await createV1();
    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    for (const [name, oldRows] of Object.entries(V1.tables)) {
      const rows = (await db.table(name).toArray()) as Record<string, unknown>[];
      expect(rows.map((row) => keyOf(name, row)).sort(), name).toEqual(
        oldRows.map((row) => keyOf(name, row)).sort(),
      );
      const schema = BACKUP_TABLES[name as keyof typeof BACKUP_TABLES];
      for (const row of rows) {
        const parsed = schema.safeParse(row);
        expect(parsed.success, `${name} ${keyOf(name, row)}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });

  it('changes only what the upgrades document: shortcuts lower-cased, snapshots bounded', async () => {
    await createV1();
    db = new OnBrandDatabase(NAME);
    await db.open();
    const replies = Object.fromEntries((await db.savedReplies.toArray()).map((r) => [r.id, r]));
    // A restored "OnIt" now expands as ;;onit; "Thanks" would collide with "thanks" and becomes thanks-2.
    expect(replies['reply-restored']?.shortcut).toBe('onit');
    expect(replies['reply-thanks']?.shortcut).toBe('thanks');
    expect(replies['reply-clash']?.shortcut).toBe('thanks-2');
    expect((await repliesRepository(db).byShortcut('onit'))?.title).toBe('Restored with capitals');

    const oldPost = V1.tables.researchPosts?.find((p) => p.id === 'post-1') as { metrics: unknown[] };
    const post = await db.researchPosts.get('post-1');
    expect(post?.metrics).toHaveLength(MAX_METRICS_SNAPSHOTS);
    expect(post?.metrics[0]).toEqual(oldPost.metrics[0]);
    expect(post?.metrics.at(-1)).toEqual(oldPost.metrics.at(-1));

    // Everything else is as version 1 stored it.
    const strip = (row: Record<string, unknown>) => {
      const { shortcut: _s, metrics: _m, ...rest } = row;
      return rest;
    };
    for (const [name, oldRows] of Object.entries(V1.tables)) {
      const rows = new Map(
        ((await db.table(name).toArray()) as Record<string, unknown>[]).map((r) => [keyOf(name, r), r]),
      );
      for (const old of oldRows) expect(strip(rows.get(keyOf(name, old)) ?? {}), name).toEqual(strip(old));
    }
  });

  it('keeps every row of a version-2 database through the versions that add the analytics tables', async () => {
    // Version 2 as it shipped: the dump upgraded by versions 1 and 2 only.
    await createV1();
    const v2 = asShipped(2);
    await v2.open();
    const before: Record<string, unknown[]> = {};
    for (const table of v2.tables) before[table.name] = await table.toArray();
    v2.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    // The new tables are there, empty, and take rows their schemas accept.
    const now = Date.UTC(2026, 11, 1);
    const post = { id: 'x:1', platform: 'x', postId: '1', text: 'Hello', createdAt: now, updatedAt: now };
    await analyticsRepository(db).posts.put(post as never);
    await db.snapshotSets.add({ id: `s@${now}`, readAt: now, readings: [{ postId: 'x:1', likes: 3 }] });
    for (const name of ['ownPosts', 'snapshotSets', 'importSources'] as const) {
      expect(Object.hasOwn(BACKUP_TABLES, name), name).toBe(true);
    }
    expect(BACKUP_TABLES.ownPosts.safeParse(await analyticsRepository(db).posts.get('x:1')).success).toBe(
      true,
    );
    expect(await analyticsRepository(db).allSnapshots()).toEqual([
      { id: `x:1@${now}`, postId: 'x:1', readAt: now, likes: 3 },
    ]);
  });

  it('keeps every row of a version-3 database, analytics tables included; snapshots move into their sets', async () => {
    await createV1();
    const v3 = asShipped(3);
    await v3.open();
    const now = Date.UTC(2026, 11, 1);
    await v3.table('ownPosts').bulkAdd([
      { id: 'x:1', platform: 'x', postId: '1', text: 'Hello', createdAt: now, updatedAt: now },
      {
        id: 'linkedin:2',
        platform: 'linkedin',
        postId: '2',
        text: 'Planned',
        calendarEntryId: 'entry-1',
        matchedBy: 'permalink',
        createdAt: now,
        updatedAt: now,
      },
    ]);
    // Two files of one source (two times), and a third snapshot from the first file.
    const snapshots = [
      { id: `x:1@${now}`, postId: 'x:1', readAt: now, sourceId: 'source-1', likes: 3 },
      { id: `linkedin:2@${now - 1}`, postId: 'linkedin:2', readAt: now - 1, impressions: 40 },
      { id: `linkedin:2@${now}`, postId: 'linkedin:2', readAt: now, sourceId: 'source-1', impressions: 55 },
    ];
    await v3.table('postSnapshots').bulkAdd(snapshots);
    await v3.table('importSources').add({
      id: 'source-1',
      name: 'X post activity',
      headerKey: 'post id|date',
      platform: 'x',
      mapping: {},
      dateOrder: 'iso',
      createdAt: now,
    });
    const before: Record<string, unknown[]> = {};
    for (const table of v3.tables) before[table.name] = await table.toArray();
    v3.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      if (name === 'postSnapshots') continue;
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    // Every snapshot is in the set of its source and time, read back as it was, oldest first.
    expect(tableNames(db)).not.toContain('postSnapshots');
    expect(await db.snapshotSets.orderBy('readAt').primaryKeys()).toEqual([
      `unknown-source@${now - 1}`,
      `source-1@${now}`,
    ]);
    for (const set of await db.snapshotSets.toArray())
      expect(BACKUP_TABLES.snapshotSets.safeParse(set).success, set.id).toBe(true);
    const read = await analyticsRepository(db).allSnapshots();
    expect([...read].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...snapshots].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await db.importSources.where('headerKey').equals('post id|date').first())?.id).toBe('source-1');
  });

  it('keeps every row of a version-4 database, analytics included, through the version adding team sync', async () => {
    await createV1();
    const v4 = asShipped(4);
    await v4.open();
    const now = Date.UTC(2026, 11, 3);
    await v4
      .table('ownPosts')
      .add({ id: 'x:1', platform: 'x', postId: '1', text: 'Hi', createdAt: now, updatedAt: now });
    await v4.table('postSnapshots').add({ id: `x:1@${now}`, postId: 'x:1', readAt: now, likes: 3 });
    await v4.table('importSources').add({
      id: 'source-1',
      name: 'X post activity',
      headerKey: 'post id|date',
      platform: 'x',
      mapping: {},
      dateOrder: 'iso',
      createdAt: now,
    });
    const before: Record<string, unknown[]> = {};
    for (const table of v4.tables) before[table.name] = await table.toArray();
    v4.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      if (name === 'postSnapshots') continue;
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    // The snapshot is in its set now (version 7).
    expect(await analyticsRepository(db).allSnapshots()).toEqual(before.postSnapshots);
    // The team tables start empty and take rows their schemas accept.
    expect(await db.teamDocs.count()).toBe(0);
    const state = { id: 'entry-1', rev: '1-a', syncedUpdatedAt: now, audit: [] };
    await db.teamDocs.add(state);
    expect(TeamDocStateSchema.parse(await db.teamDocs.get('entry-1'))).toEqual(state);
    await db.teamCheckpoints.add({ database: 'http://localhost:5984/ws', since: 7, updatedAt: now });
    expect(await db.teamCheckpoints.count()).toBe(1);
  });

  it('keeps every row of a version-4 database, in every table, through version 5 (partners, crises)', async () => {
    const now = Date.UTC(2026, 11, 1);
    db = await upgradedFrom(4, (v4) => fillAnalytics(v4, now));
    // The partners table is there, empty, found by brand, and in backups.
    expect(await db.partners.count()).toBe(0);
    const partner = {
      id: 'partner-1',
      name: 'Acme Running',
      brandId: 'brand-1',
      handles: [{ platform: 'instagram', handle: 'acme_run' }],
      relationship: 'ambassador',
      from: '2026-01-01',
      until: '2026-12-31',
      markets: ['DE'],
      createdAt: now,
      updatedAt: now,
    } as const;
    await db.partners.add({ ...partner, handles: [...partner.handles], markets: [...partner.markets] });
    expect(Object.hasOwn(BACKUP_TABLES, 'partners')).toBe(true);
    const stored = await db.partners.where('brandId').equals('brand-1').toArray();
    expect(stored.map((row) => BACKUP_TABLES.partners.safeParse(row).success)).toEqual([true]);
    expect(await db.crises.count()).toBe(0);
    await db.crises.add({
      id: 'crisis-1',
      brandId: 'brand-1',
      reason: 'Recall',
      startedAt: now,
      pausedEntryIds: [],
    });
    const crisis = await db.crises.where('brandId').equals('brand-1').first();
    expect(BACKUP_TABLES.crises.safeParse(crisis).success).toBe(true);
  });

  it('keeps every row of a version-7 database, in every table, through version 9 (web analytics)', async () => {
    await createV1();
    const v7 = asShipped(7);
    await v7.open();
    const now = Date.UTC(2026, 11, 3);
    await fillTablesOfVersion7(v7, now);
    const before: Record<string, unknown[]> = {};
    for (const table of v7.tables) before[table.name] = await table.toArray();
    v7.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(Object.keys(before).sort()).toEqual(
      tableNames(db)
        .filter((name) => !['webStats', 'followUps', 'teamRecords'].includes(name))
        .sort(),
    );
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    // The web-analytics table starts empty, takes rows its schema accepts, and is in backups.
    expect(await db.webStats.count()).toBe(0);
    const stat = {
      id: 'ga4:spring|x',
      tool: 'ga4',
      campaign: 'spring',
      source: 'x',
      sessions: 9,
      importedAt: now,
    } as const;
    await analyticsRepository(db).importWebStats([stat]);
    expect(Object.hasOwn(BACKUP_TABLES, 'webStats')).toBe(true);
    expect(BACKUP_TABLES.webStats.safeParse(await db.webStats.get(stat.id)).success).toBe(true);
  });

  it('keeps every row of a version-9 database, in every table, through version 10 (follow-ups)', async () => {
    await createV1();
    const v9 = asShipped(9);
    await v9.open();
    const now = Date.UTC(2026, 11, 7);
    await fillTablesOfVersion7(v9, now);
    await v9.table('webStats').add({
      id: 'ga4:spring|x',
      tool: 'ga4',
      campaign: 'spring',
      source: 'x',
      sessions: 9,
      importedAt: now,
    });
    const before: Record<string, unknown[]> = {};
    for (const table of v9.tables) before[table.name] = await table.toArray();
    v9.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(Object.keys(before).sort()).toEqual(
      tableNames(db)
        .filter((name) => name !== 'followUps' && name !== 'teamRecords')
        .sort(),
    );
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    // The follow-ups table starts empty, takes a follow-up its schema accepts, and is in backups.
    expect(await db.followUps.count()).toBe(0);
    const saved = await followUpsRepository(db).add(
      {
        platform: 'x',
        url: 'https://x.com/a/status/1',
        author: { handle: '@a' },
        text: 'Where is my parcel?',
        note: '',
        dueAt: now + 3_600_000,
      },
      now,
    );
    expect(await followUpsRepository(db).open()).toEqual([saved]);
    expect(BACKUP_TABLES.followUps.safeParse(await db.followUps.get(saved.id)).success).toBe(true);
  });

  it('keeps every row of a version-10 database, in every table, through version 11 (shared team records)', async () => {
    await createV1();
    const v10 = asShipped(10);
    await v10.open();
    const now = Date.UTC(2026, 11, 7);
    await fillTablesOfVersion7(v10, now);
    await v10
      .table('webStats')
      .add({ id: 'ga4:spring|x', tool: 'ga4', campaign: 'spring', source: 'x', importedAt: now });
    await v10.table('followUps').add({ id: 'f1', status: 'open', url: 'https://x.com/a/status/1' });
    const before: Record<string, unknown[]> = {};
    for (const table of v10.tables) before[table.name] = await table.toArray();
    v10.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(Object.keys(before).sort()).toEqual(
      tableNames(db)
        .filter((name) => name !== 'teamRecords')
        .sort(),
    );
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    // The new table starts empty and takes a state its schema accepts; backups leave it out.
    expect(await db.teamRecords.count()).toBe(0);
    const state = { id: 'savedReply:r1', rev: '1-a', base: { id: 'r1' }, origin: 'here' as const };
    await db.teamRecords.add(state);
    expect(TeamRecordStateSchema.parse(await db.teamRecords.get(state.id))).toEqual(state);
    expect(NOT_BACKED_UP).toContain('teamRecords');
  });

  it('keeps every row of a version-11 database, in every table, through version 12 (team state indexes)', async () => {
    await createV1();
    const v11 = asShipped(11);
    await v11.open();
    const now = Date.UTC(2026, 11, 7);
    await fillTablesOfVersion7(v11, now);
    await v11
      .table('webStats')
      .add({ id: 'ga4:spring|x', tool: 'ga4', campaign: 'spring', source: 'x', importedAt: now });
    await v11.table('followUps').add({ id: 'f1', status: 'open', url: 'https://x.com/a/status/1' });
    const entry = (await v11.table('calendarEntries').toCollection().first()) as { id: string };
    // States as version 11 stored them: agreed, refused, in conflict.
    await v11.table('teamDocs').bulkPut([
      { id: 'agreed', rev: '1-a', syncedUpdatedAt: now, audit: [] },
      { id: 'refused', rev: '1-b', audit: [], refused: { updatedAt: now, reason: 'Only a reviewer…' } },
      { id: entry.id, rev: '2-c', audit: [], conflict: { rev: '3-d', entry, audit: [] } },
    ]);
    await v11.table('teamRecords').bulkPut([
      { id: 'savedReply:r1', rev: '1-a', base: { id: 'r1' }, origin: 'here' },
      { id: 'brand:b1', rev: '1-b', origin: 'here', refused: { version: 'deleted', reason: 'No.' } },
      { id: 'savedReply:r2', rev: '1-c', origin: 'team', conflict: { rev: '2-d', record: { id: 'r2' } } },
    ]);
    const before: Record<string, unknown[]> = {};
    for (const table of v11.tables) before[table.name] = await table.toArray();
    v11.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(Object.keys(before).sort()).toEqual(tableNames(db).sort());
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    for (const state of await db.teamDocs.toArray())
      expect(TeamDocStateSchema.safeParse(state).success).toBe(true);
    for (const state of await db.teamRecords.toArray())
      expect(TeamRecordStateSchema.safeParse(state).success).toBe(true);
    // The indexes hold the refused and conflicting states of the old rows, and only those.
    expect(await db.teamDocs.orderBy('refused.updatedAt').primaryKeys()).toEqual(['refused']);
    expect(await db.teamDocs.orderBy('conflict.rev').primaryKeys()).toEqual([entry.id]);
    expect(await db.teamRecords.orderBy('refused.version').primaryKeys()).toEqual(['brand:b1']);
    expect(await db.teamRecords.orderBy('conflict.rev').primaryKeys()).toEqual(['savedReply:r2']);
  });

  it('keeps every row of a version-12 database, in every table, through version 13 (own posts in packs)', async () => {
    await createV1();
    const v12 = asShipped(12);
    await v12.open();
    const now = Date.UTC(2026, 11, 8);
    await fillTablesOfVersion7(v12, now);
    await v12
      .table('webStats')
      .add({ id: 'ga4:spring|x', tool: 'ga4', campaign: 'spring', source: 'x', importedAt: now });
    await v12.table('followUps').add({ id: 'f1', status: 'open', url: 'https://x.com/a/status/1' });
    await v12
      .table('teamRecords')
      .add({ id: 'savedReply:r1', rev: '1-a', base: { id: 'r1' }, origin: 'here' });
    // Posts of two platforms, enough to fill several packs, every optional field in some of them.
    await v12.table('ownPosts').bulkAdd(
      Array.from({ length: 400 }, (_, n) => ({
        id: `${n % 2 ? 'linkedin' : 'x'}:${n + 2}`,
        platform: n % 2 ? 'linkedin' : 'x',
        postId: String(n + 2),
        permalink: `https://example.com/p/${n + 2}`,
        text: `Post ${n + 2}`,
        publishedAt: now - n * 3_600_000,
        ...(n % 5 === 0 ? { calendarEntryId: `entry-${n}`, matchedBy: 'time-and-text' } : {}),
        ...(n % 7 === 0 ? { account: 'acme', seenOnPageAt: now } : {}),
        createdAt: now,
        updatedAt: now,
      })),
    );
    const before: Record<string, unknown[]> = {};
    for (const table of v12.tables) before[table.name] = await table.toArray();
    v12.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(db.tables.map((table) => table.name)).not.toContain('ownPosts');
    expect(Object.keys(before).sort()).toEqual(tableNames(db).sort());
    for (const [name, rows] of Object.entries(before)) {
      expect(rows.length, name).toBeGreaterThan(0);
      expect(await storedRows(db, name), name).toEqual(rows);
    }
    // Many posts a row: 401 posts of two platforms in at most 64 packs each.
    expect(await db.postPacks.count()).toBeLessThanOrEqual(128);
    const analytics = analyticsRepository(db);
    expect(await analytics.posts.damaged()).toEqual([]);
    expect(await analytics.posts.list()).toHaveLength(401);
    expect((await analytics.postsOn('linkedin')).map((post) => post.id).sort()).toEqual(
      (before.ownPosts as { id: string }[])
        .filter((post) => post.id.startsWith('linkedin:'))
        .map((post) => post.id)
        .sort(),
    );
    expect(await analytics.postsOfEntries(new Set(['entry-1', 'entry-5']))).toEqual([
      expect.objectContaining({ id: 'linkedin:7', calendarEntryId: 'entry-5' }),
      expect.objectContaining({ id: 'x:1', calendarEntryId: 'entry-1' }),
    ]);
  });

  it('a damaged own post of version 12 comes through version 13 damaged, listed, and alone', async () => {
    await createV1();
    const v12 = asShipped(12);
    await v12.open();
    const now = Date.UTC(2026, 11, 8);
    const posts = Array.from({ length: 300 }, (_, n) => ({
      id: `x:${n}`,
      platform: 'x',
      text: `Post ${n}`,
      createdAt: now,
      updatedAt: now,
    }));
    // Hand-edited: no text, a platform OnBrand does not know.
    const damaged = { id: 'x:bad', platform: 'myspace', createdAt: now, updatedAt: now };
    await v12.table('ownPosts').bulkAdd([...posts, damaged]);
    v12.close();

    db = new OnBrandDatabase(NAME);
    await db.open();
    const repository = analyticsRepository(db).posts;
    expect(await repository.damaged()).toEqual([
      {
        table: 'ownPosts',
        key: 'x:bad',
        problem: expect.stringMatching(/platform.*text|text.*platform/),
        row: damaged,
      },
    ]);
    // Its neighbours in the pack read as before; deleting it leaves them.
    expect(await repository.list()).toHaveLength(300);
    await repository.delete('x:bad');
    expect(await repository.damaged()).toEqual([]);
    expect(await repository.list()).toHaveLength(300);
  });

  it('tells the user when an open tab blocks the upgrade, and lets go of the old version itself', async () => {
    await createV1();
    // This tab holds version 1 open the way an old dashboard tab would, without closing on versionchange.
    const stale = new Dexie(NAME);
    stale.version(1).stores(V1.stores);
    stale.on('versionchange', () => false);
    await stale.open();
    const heard: string[] = [];
    db = new OnBrandDatabase(NAME);
    db.onNotice((notice) => heard.push(notice.message));
    const opening = db.open();
    await expect.poll(() => heard).toContain(blockedMessage());
    stale.close();
    await opening;
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });

  it('closes and says so when another tab upgrades past it', async () => {
    db = new OnBrandDatabase(NAME);
    await db.open();
    const heard: string[] = [];
    db.onNotice((notice) => heard.push(notice.message));
    const newer = new Dexie(NAME);
    newer.version((SCHEMA_VERSIONS.at(-1)?.version ?? 1) + 1).stores({ extra: 'id' });
    await newer.open();
    expect(heard).toEqual([versionChangeMessage()]);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});
