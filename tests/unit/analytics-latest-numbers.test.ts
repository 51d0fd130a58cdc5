// The calendar's read of the brand's numbers (utils/db/analytics.ts `postsOfEntries`, `latestNumbersOf`,
// `postsOn`): the same newest numbers as reading the whole history, from only the sets that hold them.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestNumbers } from '@/utils/analytics/kpis';
import { analyticsRepository } from '@/utils/db/analytics';
import { groupIntoSets, type OwnPost, type PostSnapshot } from '@/utils/db/analytics-records';
import { OnBrandDatabase } from '@/utils/db/database';

const NAME = 'analytics-latest-numbers-test';
const DAY = 86_400_000;
const MARCH = Date.UTC(2026, 2, 1);

function post(id: string, calendarEntryId?: string): OwnPost {
  return {
    id,
    platform: id.startsWith('x:') ? 'x' : 'linkedin',
    text: `Post ${id}`,
    publishedAt: MARCH,
    ...(calendarEntryId ? { calendarEntryId, matchedBy: 'time-and-text' as const } : {}),
    createdAt: MARCH,
    updatedAt: MARCH,
  };
}

function snapshot(postId: string, day: number, sourceId: string, likes: number): PostSnapshot {
  const readAt = MARCH + day * DAY;
  return { id: `${postId}@${readAt}`, postId, readAt, sourceId, likes };
}

const posts = [post('x:1', 'launch'), post('x:2', 'recap'), post('x:3'), post('linkedin:9', 'launch')];
// Three imports of X (days 1, 5, 9) and one of LinkedIn (day 3); x:2 is only in the oldest X file.
const snapshots = [
  snapshot('x:1', 1, 'x-file', 10),
  snapshot('x:2', 1, 'x-file', 20),
  snapshot('x:3', 1, 'x-file', 30),
  snapshot('linkedin:9', 3, 'li-file', 90),
  snapshot('x:1', 5, 'x-file', 11),
  snapshot('x:3', 5, 'x-file', 31),
  snapshot('x:1', 9, 'x-file', 12),
];

let db: OnBrandDatabase;
let setsRead: string[];
beforeEach(async () => {
  await Dexie.delete(NAME);
  db = new OnBrandDatabase(NAME);
  await db.open();
  await analyticsRepository(db).posts.putRows(posts);
  await db.snapshotSets.bulkPut(groupIntoSets(snapshots));
  setsRead = [];
  db.snapshotSets.hook('reading', (row) => {
    setsRead.push(row.id);
    return row;
  });
});
afterEach(() => db.close());

describe('the newest numbers of a few posts', () => {
  it('are those of the whole history, for the posts asked for', async () => {
    const analytics = analyticsRepository(db);
    const everything = latestNumbers(posts, snapshots);
    for (const wanted of [posts, posts.slice(0, 2), [posts[3] as OwnPost]]) {
      const ids = new Set(wanted.map((one) => one.id));
      expect(await analytics.latestNumbersOf(wanted)).toEqual(
        everything.filter(({ post }) => ids.has(post.id)),
      );
    }
    const likes = (await analytics.latestNumbersOf(posts)).map(({ post, latest }) => [post.id, latest.likes]);
    expect(likes).toEqual([
      ['x:1', 12],
      ['x:2', 20],
      ['x:3', 31],
      ['linkedin:9', 90],
    ]);
  });

  it('read the sets newest first and stop once every post has its numbers', async () => {
    const analytics = analyticsRepository(db);
    await analytics.latestNumbersOf([posts[0] as OwnPost]);
    expect(setsRead).toEqual([`x-file@${MARCH + 9 * DAY}`]);
    setsRead = [];
    await analytics.latestNumbersOf([posts[0] as OwnPost, posts[3] as OwnPost]);
    expect(setsRead).toEqual([
      `x-file@${MARCH + 9 * DAY}`,
      `x-file@${MARCH + 5 * DAY}`,
      `li-file@${MARCH + 3 * DAY}`,
    ]);
  });

  it('leave out a post without any snapshot', async () => {
    const unread = post('x:4', 'later');
    expect(await analyticsRepository(db).latestNumbersOf([unread, posts[1] as OwnPost])).toEqual([
      { post: posts[1], latest: snapshots[1] },
    ]);
  });
});

describe('the posts the calendar asks for', () => {
  it('are those matched to the entries shown', async () => {
    const analytics = analyticsRepository(db);
    const ids = async (entries: string[]) =>
      (await analytics.postsOfEntries(new Set(entries))).map((one) => one.id).sort();
    expect(await ids(['launch'])).toEqual(['linkedin:9', 'x:1']);
    expect(await ids(['recap', 'elsewhere'])).toEqual(['x:2']);
    expect(await ids([])).toEqual([]);
  });

  it('on one platform are its posts only', async () => {
    const ids = (await analyticsRepository(db).postsOn('x')).map((one) => one.id).sort();
    expect(ids).toEqual(['x:1', 'x:2', 'x:3']);
  });
});
