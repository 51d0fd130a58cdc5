import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allHandlers } from '@/entrypoints/background/handlers';
import { createRouter, type Sender } from '@/entrypoints/background/router';
import {
  BROWSE_SNAPSHOT_INTERVAL_MS,
  isOwnAuthor,
  isSnapshotDue,
} from '@/utils/analytics/browse-snapshot-rules';
import { ownHandlesOn, planBrowseSnapshots } from '@/utils/analytics/browse-snapshots';
import { latestNumbers } from '@/utils/analytics/kpis';
import { analyticsRepository } from '@/utils/db/analytics';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { calendarRepository } from '@/utils/db/calendar';
import { BrandSchema, type CapturedPost } from '@/utils/db/records';
import { settingsRepository } from '@/utils/db/settings';
import { freshDatabaseEachTest } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';
import { capturedPost } from './captured-post';

const db = freshDatabaseEachTest('browse-snapshots-test');
const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-07T09:00:00Z');
const identity = { extensionId: fakeBrowser.runtime.id, extensionBaseUrl: 'chrome-extension://onbrand/' };
const xTab: Sender = {
  id: fakeBrowser.runtime.id,
  url: 'https://x.com/acmecoffee',
  tab: { id: 3, url: 'https://x.com/acmecoffee' },
};

/** A post on the X profile page, by `handle`, with the numbers the feed reader read. */
const onPage = (id: string, handle: string, overrides: Partial<CapturedPost> = {}): CapturedPost =>
  capturedPost({
    postId: id,
    permalink: `https://x.com/${handle.replace('@', '')}/status/${id}`,
    author: { name: handle, handle },
    text: `Post ${id} by ${handle}`,
    metrics: { readAt: NOW, likes: 5321, replies: 12, reposts: 1234, views: 120456 },
    ...overrides,
  });

beforeEach(async () => {
  await brandsRepository(db()).save({
    ...newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1),
    id: 'acme',
    accounts: [
      { platform: 'x', handle: 'AcmeCoffee' },
      { platform: 'linkedin', handle: 'acme-coffee' },
    ],
  });
});

const route = () => createRouter(allHandlers(db()), identity);
const snapshot = (posts: CapturedPost[], site = 'x') =>
  route()({ type: 'analytics.snapshotOwnPosts', payload: { site, posts } }, xTab);

describe('which posts are the brand’s', () => {
  it('are those by a handle a brand lists for the platform, compared without @ and case', () => {
    const own = new Set(['acmecoffee']);
    expect(isOwnAuthor('@AcmeCoffee', own)).toBe(true);
    expect(isOwnAuthor('@beanco', own)).toBe(false);
    expect(isOwnAuthor('@acmecoffee2', own)).toBe(false);
    expect(isOwnAuthor(undefined, own)).toBe(false);
  });

  it('on Mastodon are those by the account on its server, as the brand lists it', () => {
    const brand = BrandSchema.parse({
      ...newBrand('Green Fingers', { name: 'Green Fingers', version: 1, marks: [], rules: [] }, 1),
      accounts: [{ platform: 'mastodon', handle: 'GreenFingers@mastodon.social' }],
    });
    const own = new Set(ownHandlesOn([brand], 'mastodon'));
    expect(isOwnAuthor('@greenfingers@mastodon.social', own)).toBe(true);
    expect(isOwnAuthor('@greenfingers@fosstodon.org', own)).toBe(false);
  });

  it('on LinkedIn are those by the page the brand lists by its path, as posts link their author', () => {
    const brand = BrandSchema.parse({
      ...newBrand('Lumen Labs', { name: 'Lumen Labs', version: 1, marks: [], rules: [] }, 1),
      accounts: [{ platform: 'linkedin', handle: 'company/Lumen-Labs' }],
    });
    const own = new Set(ownHandlesOn([brand], 'linkedin'));
    // What utils/sites/feeds/linkedin.ts reads from a company post's actor link.
    expect(isOwnAuthor('company/lumen-labs', own)).toBe(true);
    // A member with the same slug is someone else.
    expect(isOwnAuthor('in/lumen-labs', own)).toBe(false);
    for (const handle of ['company/lumen-labs/posts', 'school/lumen-labs', 'company/'])
      expect(() => BrandSchema.shape.accounts.parse([{ platform: 'linkedin', handle }])).toThrow();
  });

  it('leaves out other accounts’ posts, other platforms’ and posts without an id or a link', () => {
    const plan = planBrowseSnapshots(
      [
        onPage('1', '@acmecoffee'),
        onPage('2', '@beanco'),
        onPage('3', '@acmecoffee', { platform: 'linkedin' }),
        onPage('4', '@acmecoffee', { postId: undefined, permalink: undefined }),
        onPage('1', '@acmecoffee'),
      ],
      { platform: 'x', own: new Set(['acmecoffee']), lastReadAt: new Map(), now: NOW },
    );
    expect(plan.posts.map((post) => [post.id, post.account, post.seenOnPageAt])).toEqual([
      ['x:1', 'acmecoffee', NOW],
    ]);
    // The feed readers' replies and reposts are the exports' comments and shares.
    expect(plan.snapshots).toEqual([
      {
        id: `x:1@${NOW}`,
        postId: 'x:1',
        readAt: NOW,
        sourceId: 'read-on:x',
        likes: 5321,
        comments: 12,
        shares: 1234,
        views: 120456,
      },
    ]);
  });

  it('tells the page only its own site’s handles, and none while browse snapshots are off', async () => {
    expect(await route()({ type: 'analytics.ownAccounts', payload: { site: 'x' } }, xTab)).toEqual({
      ok: true,
      data: { handles: ['acmecoffee'] },
    });
    expect(
      await route()({ type: 'analytics.ownAccounts', payload: { site: 'linkedin' } }, xTab),
    ).toMatchObject({ ok: false });
    expect(ownHandlesOn(await brandsRepository(db()).list(), 'linkedin')).toEqual(['acme-coffee']);
    await settingsRepository(db()).write('browseSnapshots', false);
    expect(await route()({ type: 'analytics.ownAccounts', payload: { site: 'x' } }, xTab)).toEqual({
      ok: true,
      data: { handles: [] },
    });
  });
});

describe('a snapshot read on the brand’s page', () => {
  it('stores the brand’s post with the page’s numbers, never the other account’s', async () => {
    expect(await snapshot([onPage('1', '@acmecoffee'), onPage('2', '@beanco')])).toEqual({
      ok: true,
      data: { stored: 1 },
    });
    const analytics = analyticsRepository(db());
    const rows = latestNumbers(await analytics.posts.list(), await analytics.allSnapshots());
    expect(rows.map(({ post, latest }) => [post.text, latest.likes, latest.views, latest.sourceId])).toEqual([
      ['Post 1 by @acmecoffee', 5321, 120456, 'read-on:x'],
    ]);
  });

  it('is read at most once an hour per post', async () => {
    expect(isSnapshotDue(undefined, NOW)).toBe(true);
    expect(isSnapshotDue(NOW - BROWSE_SNAPSHOT_INTERVAL_MS + 1, NOW)).toBe(false);
    expect(isSnapshotDue(NOW - BROWSE_SNAPSHOT_INTERVAL_MS, NOW)).toBe(true);

    const analytics = analyticsRepository(db());
    const own = new Set(['acmecoffee']);
    const read = (at: number, likes: number) =>
      analytics.recordBrowseSnapshots(
        [onPage('1', '@acmecoffee', { metrics: { readAt: at, likes } })],
        { platform: 'x', own },
        at,
      );
    // An import's reading of the same post does not count against the page's interval.
    await db().snapshotSets.put({
      id: `source-x@${NOW - 1}`,
      readAt: NOW - 1,
      sourceId: 'source-x',
      readings: [{ postId: 'x:1', likes: 3 }],
    });
    expect(await read(NOW, 10)).toEqual({ stored: 1 });
    expect(await read(NOW + 1_000, 11)).toEqual({ stored: 0 });
    expect(await read(NOW + HOUR - 1, 12)).toEqual({ stored: 0 });
    expect(await read(NOW + HOUR, 13)).toEqual({ stored: 1 });
    const snapshots = await analytics.allSnapshots();
    expect(snapshots.map((s) => [s.sourceId, s.readAt, s.likes])).toEqual([
      ['source-x', NOW - 1, 3],
      ['read-on:x', NOW, 10],
      ['read-on:x', NOW + HOUR, 13],
    ]);
  });

  it('refuses a malformed message and stores nothing', async () => {
    const malformed = [
      { site: 'x', posts: [{ ...onPage('1', '@acmecoffee'), permalink: 'javascript:alert(1)' }] },
      { site: 'x', posts: [{ ...onPage('1', '@acmecoffee'), metrics: { readAt: NOW, likes: -1 } }] },
      { site: 'x', posts: [] },
      { site: 'x', posts: Array.from({ length: 51 }, (_, i) => onPage(String(i + 1), '@acmecoffee')) },
      { site: 'myspace', posts: [onPage('1', '@acmecoffee')] },
      { posts: [onPage('1', '@acmecoffee')] },
    ];
    for (const payload of malformed) {
      const reply = await route()({ type: 'analytics.snapshotOwnPosts', payload }, xTab);
      expect(reply.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
    }
    // A page on x.com cannot write LinkedIn's numbers.
    expect(await snapshot([onPage('1', '@acmecoffee', { platform: 'linkedin' })], 'linkedin')).toMatchObject({
      ok: false,
    });
    expect(await analyticsRepository(db()).posts.rows()).toHaveLength(0);
    expect(await db().snapshotSets.count()).toBe(0);
  });

  it('stores nothing while browse snapshots are switched off', async () => {
    await settingsRepository(db()).write('browseSnapshots', false);
    expect(await snapshot([onPage('1', '@acmecoffee')])).toEqual({ ok: true, data: { stored: 0 } });
    expect(await analyticsRepository(db()).posts.rows()).toHaveLength(0);
  });

  it('is matched to the calendar entry it was planned as, like an import, and keeps an import’s link', async () => {
    await calendarRepository(db()).put(
      calendarEntry({
        id: 'marmalade',
        title: 'Marmalade latte is back',
        at: NOW - HOUR,
        status: 'scheduled',
        platforms: ['x'],
        drafts: { x: 'Seville orange marmalade latte is back, only until Sunday!' },
      }),
    );
    const text = 'Seville orange marmalade latte is back 🍊 Only until Sunday! #coffee';
    await snapshot([onPage('1', '@acmecoffee', { text, publishedAt: NOW - HOUR + 60_000 })]);
    const [post] = await analyticsRepository(db()).posts.list();
    expect([post?.calendarEntryId, post?.matchedBy]).toEqual(['marmalade', 'time-and-text']);
  });

  it('fills the same row as an import of the post: each keeps what the other knew', async () => {
    const analytics = analyticsRepository(db());
    const source = {
      id: 'source-x',
      name: 'X post activity',
      headerKey: 'tweet id',
      platform: 'x' as const,
      mapping: {},
      dateOrder: 'iso' as const,
      createdAt: 1,
    };
    const imported = {
      id: 'x:1',
      platform: 'x' as const,
      postId: '1',
      text: 'Winter menu',
      publishedAt: NOW - 2 * HOUR,
      format: 'Photo',
      createdAt: 1,
      updatedAt: 1,
    };
    const reading = {
      id: `x:1@${NOW - HOUR}`,
      postId: 'x:1',
      readAt: NOW - HOUR,
      sourceId: 'source-x',
      likes: 3,
    };
    await analytics.importExport({ posts: [imported], snapshots: [reading], source }, NOW - HOUR);
    // The page gives no time here: the export's stays.
    await snapshot([onPage('1', '@acmecoffee', { text: 'Winter menu ❄️', publishedAt: undefined })]);
    const read = await analyticsRepository(db()).posts.get('x:1');
    expect(read).toMatchObject({
      text: 'Winter menu ❄️',
      publishedAt: NOW - 2 * HOUR,
      format: 'Photo',
      account: 'acmecoffee',
      createdAt: 1,
    });
    const seenOnPageAt = read?.seenOnPageAt;
    expect(seenOnPageAt).toBeGreaterThan(0);
    // Imported again, it is still the post the page read (the crisis log says so).
    await analytics.importExport({ posts: [imported], snapshots: [reading], source }, NOW);
    expect(await analyticsRepository(db()).posts.get('x:1')).toMatchObject({
      text: 'Winter menu',
      account: 'acmecoffee',
      seenOnPageAt,
    });
  });
});
