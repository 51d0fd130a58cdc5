import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyRestore, createBackup, planRestore } from '@/utils/backup/full-backup';
import { analyticsRepository } from '@/utils/db/analytics';
import { type OwnPost, OwnPostSchema, SnapshotSetSchema } from '@/utils/db/analytics-records';
import { checkFlatRow } from '@/utils/db/checked-rows';
import { OnBrandDatabase } from '@/utils/db/database';
import { ownPostsRepository, PACKS_PER_PLATFORM, packIdOf } from '@/utils/db/post-packs';
import { freshDatabase } from '../shared/fresh-database';

const NAME = 'post-packs-test';
const NOW = Date.UTC(2026, 11, 8);
let db: OnBrandDatabase;

beforeEach(async () => {
  db = await freshDatabase(NAME);
});
afterEach(() => db.close());

const ownPost = (platform: OwnPost['platform'], n: number, extra: Partial<OwnPost> = {}): OwnPost => ({
  id: `${platform}:${n}`,
  platform,
  postId: String(n),
  text: `Post ${n}`,
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});
const many = (platform: OwnPost['platform'], count: number) =>
  Array.from({ length: count }, (_, n) => ownPost(platform, n));
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The pack a stored post is in, and every other post of that pack. */
async function packOf(id: string) {
  const pack = await db.postPacks.get(packIdOf(id));
  if (!pack) throw new Error(`no pack holds ${id}`);
  return pack;
}

describe('own posts stored in packs', () => {
  it('puts a post in a fixed pack of its platform, the same for the same id', () => {
    expect(packIdOf('x:1')).toBe(packIdOf('x:1'));
    expect(packIdOf('x:1')).toMatch(/^x#\d\d$/);
    expect(packIdOf('linkedin:urn:li:activity:1')).toMatch(/^linkedin#\d\d$/);
    // Spread over every bucket: 10,000 ids use all of them, none with more than twice its share.
    const counts = new Map<string, number>();
    for (let n = 0; n < 10_000; n++)
      counts.set(packIdOf(`x:${n}`), (counts.get(packIdOf(`x:${n}`)) ?? 0) + 1);
    expect(counts.size).toBe(PACKS_PER_PLATFORM);
    expect(Math.max(...counts.values())).toBeLessThan((2 * 10_000) / PACKS_PER_PLATFORM);
  });

  it('stores a 10,000-post import in at most 64 rows a platform, and reads every post back', async () => {
    const posts = [...many('x', 10_000), ...many('tiktok', 30)];
    const outcome = await analyticsRepository(db).importExport(
      {
        posts,
        snapshots: [],
        source: {
          id: 's',
          name: 'X post activity',
          headerKey: 'k',
          platform: 'x',
          mapping: {},
          dateOrder: 'iso',
          createdAt: NOW,
        },
      },
      NOW,
    );
    expect(outcome).toMatchObject({ added: 10_030, updated: 0 });
    expect(await db.postPacks.where(':id').startsWith('x#').count()).toBe(PACKS_PER_PLATFORM);
    expect(await db.postPacks.where(':id').startsWith('tiktok#').count()).toBeLessThanOrEqual(30);
    const posts2 = analyticsRepository(db);
    expect((await posts2.posts.list()).sort(byId)).toEqual([...posts].sort(byId));
    expect((await posts2.postsOn('tiktok')).sort(byId)).toEqual(many('tiktok', 30).sort(byId));
    expect(await posts2.posts.get('x:9999')).toEqual(ownPost('x', 9999));
    expect(await posts2.posts.get('x:10000')).toBeUndefined();
  });

  it('a post linked to its calendar entry rewrites its own pack only', async () => {
    const repository = ownPostsRepository(db);
    await repository.putRows(many('x', 500));
    const before = new Map((await db.postPacks.toArray()).map((pack) => [pack.id, pack]));
    await analyticsRepository(db).link('x:7', 'entry-7', 'user', NOW + 1);
    const after = await db.postPacks.toArray();
    const changed = after.filter((pack) => JSON.stringify(pack) !== JSON.stringify(before.get(pack.id)));
    expect(changed.map((pack) => pack.id)).toEqual([packIdOf('x:7')]);
    expect(await repository.get('x:7')).toEqual(
      ownPost('x', 7, { calendarEntryId: 'entry-7', matchedBy: 'user', updatedAt: NOW + 1 }),
    );
    expect(await repository.get('x:8')).toEqual(ownPost('x', 8));
  });

  it('a damaged post is listed, its neighbours read as before, and repair or delete changes it alone', async () => {
    const repository = ownPostsRepository(db, () => {});
    const posts = many('x', 300);
    await repository.putRows(posts);
    // A post written by a bug: a negative time, in the pack of 'x:5' with its ~4 neighbours.
    const bad = { ...ownPost('x', 5), createdAt: -1 };
    await repository.putRows([bad]);
    const neighbours = (await packOf('x:5')).posts.length - 1;
    expect(neighbours).toBeGreaterThan(0);

    expect(await repository.damaged()).toEqual([
      { table: 'ownPosts', key: 'x:5', problem: expect.stringContaining('createdAt'), row: bad },
    ]);
    const readable = posts.filter((post) => post.id !== 'x:5');
    expect((await repository.list()).sort(byId)).toEqual([...readable].sort(byId));
    expect(await repository.get('x:5')).toBeUndefined();

    // Repair: the edited post replaces the damaged one in its pack.
    await repository.put(ownPost('x', 5, { text: 'Repaired' }));
    expect(await repository.damaged()).toEqual([]);
    expect((await repository.get('x:5'))?.text).toBe('Repaired');
    expect((await packOf('x:5')).posts).toHaveLength(neighbours + 1);

    // Delete: the post leaves its pack, the neighbours stay.
    await repository.delete('x:5');
    expect(await repository.get('x:5')).toBeUndefined();
    expect((await packOf('x:5')).posts).toHaveLength(neighbours);
    expect(await repository.list()).toHaveLength(299);
  });

  it('a pack whose envelope is broken is listed under its own id and can be deleted; the other packs read', async () => {
    const repository = ownPostsRepository(db, () => {});
    await repository.putRows(many('x', 200));
    const broken = { id: packIdOf('x:1'), posts: 'not a list' };
    await db.postPacks.put(broken as never);
    expect(await repository.damaged()).toEqual([
      { table: 'ownPosts', key: broken.id, problem: expect.stringContaining('posts'), row: broken },
    ]);
    const left = await repository.list();
    expect(left.length).toBeGreaterThan(150);
    expect(left.every((post) => packIdOf(post.id) !== broken.id)).toBe(true);
    await repository.delete(broken.id);
    expect(await repository.damaged()).toEqual([]);
    expect(await repository.list()).toHaveLength(left.length);
  });

  it('a backup lists the posts one by one, the damaged ones apart, and restores them into their packs', async () => {
    const repository = ownPostsRepository(db, () => {});
    const posts = many('x', 120);
    await repository.putRows(posts);
    const bad = { ...ownPost('x', 121), platform: 'myspace' };
    await repository.putRows([bad]);
    const file = JSON.parse(await createBackup(db));
    expect([...file.tables.ownPosts].sort(byId)).toEqual([...posts].sort(byId));
    expect(file.damaged).toEqual([
      { table: 'ownPosts', key: 'x:121', problem: expect.stringContaining('platform'), row: bad },
    ]);
    expect(file.tables.postPacks).toBeUndefined();

    // Restored into an empty database: the same posts, in the same packs.
    const other = await freshDatabase(`${NAME}-restore`);
    try {
      const plan = await planRestore(other, JSON.stringify(file));
      if (!plan.ok) throw new Error(plan.errors.join('\n'));
      expect(plan.changes.find((change) => change.table === 'ownPosts')).toMatchObject({ added: 120 });
      await applyRestore(other, plan);
      expect((await ownPostsRepository(other).list()).sort(byId)).toEqual([...posts].sort(byId));
      expect((await other.postPacks.toArray()).map((pack) => pack.id).sort()).toEqual(
        [...new Set(posts.map((post) => packIdOf(post.id)))].sort(),
      );
      // And compared with the database it came from, every post is unchanged.
      const again = await planRestore(db, JSON.stringify(file));
      expect(again.ok && again.changes.find((change) => change.table === 'ownPosts')).toMatchObject({
        unchanged: 120,
        removed: 1,
      });
    } finally {
      other.close();
    }
  });

  it('the dashboard reading again after an import checks nothing again, yet sees what another page wrote', async () => {
    const repository = analyticsRepository(db);
    // As the preview leaves them: each post checked (and frozen) once.
    const posts = many('x', 2_000).map((post) => {
      checkFlatRow(OwnPostSchema, post);
      return post;
    });
    const snapshots = posts.map((post) => ({
      id: `${post.id}@${NOW}`,
      postId: post.id,
      readAt: NOW,
      likes: 1,
    }));
    const source = {
      id: 's',
      name: 'X post activity',
      headerKey: 'k',
      platform: 'x' as const,
      mapping: {},
      dateOrder: 'iso' as const,
      createdAt: NOW,
    };
    await repository.importExport({ posts, snapshots, source }, NOW);
    const postChecks = vi.spyOn(OwnPostSchema, 'safeParse');
    const setChecks = vi.spyOn(SnapshotSetSchema, 'safeParse');
    expect(await repository.posts.list()).toHaveLength(2_000);
    expect(await repository.allSnapshots()).toHaveLength(2_000);
    expect([postChecks.mock.calls.length, setChecks.mock.calls.length]).toEqual([0, 0]);

    // Another page (the background storing a browse snapshot) changes one post: its pack is read anew.
    const elsewhere = new OnBrandDatabase(NAME);
    await elsewhere.open();
    try {
      await analyticsRepository(elsewhere).link('x:42', 'entry-42', 'user', NOW + 1);
    } finally {
      elsewhere.close();
    }
    postChecks.mockClear();
    expect(await repository.posts.get('x:42')).toMatchObject({ calendarEntryId: 'entry-42' });
    const listed = await repository.posts.list();
    expect(listed.find((post) => post.id === 'x:42')).toMatchObject({ calendarEntryId: 'entry-42' });
    const packSize = (await packOf('x:42')).posts.length;
    // The one post read by `get`, then the changed pack's posts once; the 63 others not again.
    expect(postChecks.mock.calls.length).toBe(1 + packSize);
  });
});
