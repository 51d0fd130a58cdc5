import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatOf } from '@/utils/analytics/export-formats';
import { layoutOfFormat, planAnalyticsImport, readExport } from '@/utils/analytics/import-export';
import { latestNumbers } from '@/utils/analytics/kpis';
import { analyticsRepository } from '@/utils/db/analytics';
import type { ImportSource } from '@/utils/db/analytics-records';
import { OnBrandDatabase } from '@/utils/db/database';

const NAME = 'analytics-store-test';
const MARCH = Date.UTC(2026, 2, 20);
const APRIL = Date.UTC(2026, 3, 20);

const source: ImportSource = {
  id: 'source-x',
  name: 'X post activity',
  headerKey: 'tweet id',
  platform: 'x',
  mapping: {},
  dateOrder: 'iso',
  createdAt: MARCH,
};

/** The fixture X export as the dashboard plans it: its posts and one snapshot each, read at `readAt`. */
function plannedX(readAt: number, keep: (row: Record<string, string>) => boolean = () => true) {
  const table = readExport(readFileSync('tests/fixtures/analytics/x-post-activity.csv', 'utf8'));
  const format = formatOf(table.headers);
  if (!format) throw new Error('the X fixture is not recognised');
  const plan = planAnalyticsImport(
    { ...table, rows: table.rows.filter(keep) },
    layoutOfFormat(format, table.headers),
    { readAt, timeZone: 'UTC', now: readAt, sourceId: source.id },
  );
  return { posts: plan.posts, snapshots: plan.snapshots, source };
}

let db: OnBrandDatabase;
beforeEach(async () => {
  await Dexie.delete(NAME);
  db = new OnBrandDatabase(NAME);
  await db.open();
});
afterEach(() => db.close());

describe('storing an analytics import', () => {
  it('stores each post and its numbers, read back as one snapshot per post', async () => {
    const planned = plannedX(MARCH);
    expect(planned.posts.length).toBeGreaterThan(1);
    const outcome = await analyticsRepository(db).importExport(planned, MARCH);
    expect(outcome).toEqual({
      added: planned.posts.length,
      updated: 0,
      snapshots: planned.posts.length,
      matched: 0,
    });
    const read = await analyticsRepository(db).allSnapshots();
    expect(new Set(read)).toEqual(new Set(planned.snapshots));
    // One row holds the file's numbers.
    expect(await db.snapshotSets.count()).toBe(1);
  });

  it('the same file imported twice doubles nothing', async () => {
    const repository = analyticsRepository(db);
    await repository.importExport(plannedX(MARCH), MARCH);
    const again = await repository.importExport(plannedX(MARCH), MARCH + 1);
    expect(again).toMatchObject({ added: 0, updated: plannedX(MARCH).posts.length });
    expect(await repository.allSnapshots()).toHaveLength(plannedX(MARCH).posts.length);
  });

  it('a later file adds a second reading; the dashboard shows the newer one', async () => {
    const repository = analyticsRepository(db);
    await repository.importExport(plannedX(MARCH), MARCH);
    const april = plannedX(APRIL);
    april.snapshots = april.snapshots.map((snapshot) => ({ ...snapshot, likes: 999 }));
    await repository.importExport(april, APRIL);
    const read = await repository.allSnapshots();
    expect(read).toHaveLength(2 * april.posts.length);
    const rows = latestNumbers(await repository.posts.list(), read);
    expect(rows.map((row) => row.latest.likes)).toEqual(april.posts.map(() => 999));
  });

  it('a file of the same time with fewer posts keeps the readings of the posts it leaves out', async () => {
    const repository = analyticsRepository(db);
    const all = plannedX(MARCH);
    await repository.importExport(all, MARCH);
    const first = all.posts[0]?.postId;
    await repository.importExport(
      plannedX(MARCH, (row) => row['Tweet id'] === first),
      MARCH + 1,
    );
    expect(new Set((await repository.allSnapshots()).map((snapshot) => snapshot.id))).toEqual(
      new Set(all.snapshots.map((snapshot) => snapshot.id)),
    );
  });

  it('a re-import keeps the calendar link and the first-seen date', async () => {
    const repository = analyticsRepository(db);
    const planned = plannedX(MARCH);
    await repository.importExport(planned, MARCH);
    const post = planned.posts[0];
    if (!post) throw new Error('no post');
    await repository.link(post.id, 'entry-1', 'permalink', MARCH);
    await repository.importExport(plannedX(APRIL), APRIL);
    expect(await repository.posts.get(post.id)).toMatchObject({
      calendarEntryId: 'entry-1',
      matchedBy: 'permalink',
      createdAt: MARCH,
      updatedAt: APRIL,
    });
  });

  it('refuses an import with a bad number and changes nothing', async () => {
    const repository = analyticsRepository(db);
    await repository.importExport(plannedX(MARCH), MARCH);
    const before = await Promise.all(db.tables.map((table) => table.toArray()));
    const bad = plannedX(APRIL);
    bad.snapshots = bad.snapshots.map((snapshot, index) =>
      index === 1 ? { ...snapshot, likes: -1 } : snapshot,
    );
    await expect(repository.importExport(bad, APRIL)).rejects.toThrow(/snapshotSets/);
    expect(await Promise.all(db.tables.map((table) => table.toArray()))).toEqual(before);
  });
  it('a post the preview checked is stored without a second check, and cannot change after the check', async () => {
    const planned = plannedX(MARCH);
    const [first] = planned.posts;
    if (!first) throw new Error('the X fixture has no post');
    expect(() => {
      (first as { text: string }).text = 'x'.repeat(300_000);
    }).toThrow(TypeError);
    await analyticsRepository(db).importExport(planned, MARCH);
    expect((await analyticsRepository(db).posts.get(first.id))?.text).toBe(first.text);
  });

  it('an equal copy of a checked post is checked again, and refused when bad', async () => {
    const planned = plannedX(MARCH);
    const posts = planned.posts.map((post, index) =>
      index === 0 ? { ...post, text: 'x'.repeat(300_000) } : post,
    );
    await expect(analyticsRepository(db).importExport({ ...planned, posts }, MARCH)).rejects.toThrow(
      /ownPosts/,
    );
    expect(await analyticsRepository(db).posts.rows()).toHaveLength(0);
  });
});
