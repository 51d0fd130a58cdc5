import { describe, expect, it } from 'vitest';
import {
  hashtagsIn,
  linkedinActivityTime,
  mentionsIn,
  parseCount,
  snowflakeTime,
  tidTime,
} from '@/utils/sites/feeds/extract';
import { readPost } from '@/utils/sites/feeds/read-post';
import type { FeedAdapter } from '@/utils/sites/feeds/types';

describe('parseCount reads the numbers sites put in localised labels', () => {
  it.each([
    ['1,234 Likes. Like', 1234],
    ['5,300 Likes', 5300],
    ['12.5K reposts', 12_500],
    ['3,5K', 3500],
    ['2.1M views', 2_100_000],
    ['1,2 Mio. Aufrufe', 1_200_000],
    ['1.234 Gefällt mir', 1234],
    ['12 Kommentare', 12],
    ['3 Mal geteilt', 3],
    ['1\u00A0234 j’aime', 1234],
    ['1\u202F234\u202F567 vues', 1_234_567],
    ['1.234.567 visualizzazioni', 1_234_567],
    ['1,5 mil me gusta', 1500],
    ['12万 次观看', 120_000],
    ['Reply (5 replies)', 5],
    ['Like (1 like)', 1],
    ['0 replies', 0],
    ['\u200B4\u200B2 comments', 42],
  ])('%j → %d', (label, expected) => {
    expect(parseCount(label)).toBe(expected);
  });

  it.each([null, undefined, '', 'Like', 'Reply to this post'])('finds no number in %j', (label) => {
    expect(parseCount(label)).toBeUndefined();
  });
});

describe('hashtags and mentions come from the text, the way people write them', () => {
  it('finds hashtags in any script, not in URLs, C# or numbers', () => {
    expect(
      hashtagsIn('New #coffee and #Kaffee #カフェ! see https://a.example/#anchor C# #1 #2026goals'),
    ).toEqual(['#coffee', '#Kaffee', '#カフェ', '#2026goals']);
  });

  it('finds @handles, Mastodon and Bluesky handles and Reddit users, not e-mail addresses', () => {
    expect(
      mentionsIn(
        'cc @beanco, @veg@social.example and @gulls.bsky.social; thanks u/yeastie_boy; mail me@example.com',
      ),
    ).toEqual(['@beanco', '@veg@social.example', '@gulls.bsky.social', 'u/yeastie_boy']);
  });
});

describe('creation times encoded in post ids', () => {
  it('decodes X snowflakes (ms since 2010-11-04T01:42:54.657Z in the top bits)', () => {
    const id = ((BigInt(Date.UTC(2026, 10, 20, 8, 30)) - 1288834974657n) << 22n) | 0x3ffn;
    expect(new Date(snowflakeTime(id.toString()) ?? 0).toISOString()).toBe('2026-11-20T08:30:00.000Z');
    expect(snowflakeTime('not-an-id')).toBeUndefined();
  });

  it('decodes LinkedIn activity ids (Unix ms in the top 41 bits)', () => {
    const id = (BigInt(Date.UTC(2024, 0, 2, 3, 4, 5)) << 22n) | 12345n;
    expect(linkedinActivityTime(id.toString())).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
  });

  it('decodes Bluesky TIDs (base32-sortable microseconds) and refuses other record keys', () => {
    const alphabet = '234567abcdefghijklmnopqrstuvwxyz';
    const micros = BigInt(Date.UTC(2025, 5, 1, 12)) * 1000n + 123n;
    let value = (micros << 10n) | 7n;
    let tid = '';
    for (let i = 0; i < 13; i++) {
      tid = alphabet[Number(value & 31n)] + tid;
      value >>= 5n;
    }
    expect(tidTime(tid)).toBe(Date.UTC(2025, 5, 1, 12));
    expect(tidTime('self')).toBeUndefined();
  });
});

describe('readPost', () => {
  const throwing = () => {
    throw new TypeError("Cannot read properties of null (reading 'getAttribute')");
  };
  const broken: FeedAdapter = {
    platform: 'x',
    posts: 'article',
    postId: throwing,
    permalink: throwing,
    authorName: throwing,
    authorHandle: throwing,
    text: throwing,
    publishedAt: throwing,
    metrics: throwing,
    media: throwing,
    isAd: throwing,
    repost: throwing,
  };
  const post = {} as Element;

  it('saves what a page that changed its markup still shows, lists the rest as missing, and never throws', () => {
    const partial: FeedAdapter = {
      ...broken,
      authorHandle: () => '@acme',
      text: () => 'Launch day 🚀 #acme with @beanco',
      metrics: () => ({ likes: 12 }),
    };
    expect(readPost(partial, post, 1000)).toEqual({
      platform: 'x',
      author: { handle: '@acme' },
      text: 'Launch day 🚀 #acme with @beanco',
      metrics: { readAt: 1000, likes: 12 },
      media: { kind: 'none', count: 0 },
      hashtags: ['#acme'],
      mentions: ['@beanco'],
      isAd: false,
      isRepost: false,
      missing: ['postId', 'permalink', 'author.name', 'publishedAt', 'replies', 'reposts', 'views', 'media'],
      source: 'feed',
    });
    expect(readPost(broken, post, 1).missing).toContain('text');
  });

  it('refuses permalinks that are not web links and negative or impossible numbers', () => {
    const hostile: FeedAdapter = {
      ...broken,
      permalink: () => 'javascript:alert(1)',
      metrics: () => ({ likes: -3, replies: Number.NaN, views: 7 }),
      repost: () => '@reposter',
    };
    const captured = readPost(hostile, post, 1);
    expect(captured.permalink).toBeUndefined();
    expect(captured.metrics).toEqual({ readAt: 1, views: 7 });
    expect(captured).toMatchObject({ isRepost: true, repostedBy: '@reposter' });
  });
});
