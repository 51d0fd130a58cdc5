import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPost } from '@/utils/sites/feeds/read-post';
import { tiktokFeed } from '@/utils/sites/feeds/tiktok';

/** A profile grid cell as tests/fixtures/sites/tiktok/profile.ts renders it (sources in its header). */
function gridCell(author: string, id: string, caption: string, views: string): Element {
  const { document } = parseHTML(
    `<div data-e2e="user-post-item-list"><div data-e2e="user-post-item"><div><div><a href="https://www.tiktok.com/@${author}/video/${id}" tabindex="-1"><div><img src="data:," alt="${caption}"><div><strong data-e2e="video-views">${views}</strong></div></div></a></div></div></div></div>`,
  );
  return document.querySelector(tiktokFeed.posts) as Element;
}

// Top 32 bits: 2026-11-28T18:00:00Z in Unix seconds.
const ID = ((BigInt(Date.parse('2026-11-28T18:00:00Z') / 1000) << 32n) | 1n).toString();

describe('TikTok feed: a profile grid cell', () => {
  it('is read as a video by the author in its link, with its caption and play count', () => {
    const post = readPost(
      tiktokFeed,
      gridCell('noodlenights', ID, 'Hand-pulled biang biang noodles 🍜 #noodles', '45.2K'),
      1,
    );
    expect(post).toMatchObject({
      postId: ID,
      permalink: `https://www.tiktok.com/@noodlenights/video/${ID}`,
      author: { handle: '@noodlenights' },
      text: 'Hand-pulled biang biang noodles 🍜 #noodles',
      hashtags: ['#noodles'],
      publishedAt: Date.parse('2026-11-28T18:00:00Z'),
      metrics: { readAt: 1, views: 45_200 },
      media: { kind: 'video', count: 1 },
      isRepost: false,
    });
    // The grid shows no likes, comments or shares: they are missing, not 0.
    expect(post.metrics).not.toHaveProperty('likes');
    expect(post.missing).toEqual(expect.arrayContaining(['likes', 'replies', 'reposts', 'author.name']));
  });

  it('a video the brand reposted (its Reposts tab) stays its author’s', () => {
    expect(tiktokFeed.authorHandle(gridCell('wokstar', ID, 'Wok hei at home', '88.1K'))).toBe('@wokstar');
  });
});
