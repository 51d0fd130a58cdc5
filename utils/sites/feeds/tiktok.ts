import { absoluteUrl, countIn, mediaIn, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Comments per sites.md §5 (UNCONFIRMED there); video cards use the `data-e2e` hooks TikTok's web app sets
// on its For You items (recommend-list-item-container, video-desc, like-count …), seen in public scrapers
// and UNCONFIRMED here. A profile's grid cell (user-post-item) links to `/@author/video/<id>`, its caption is
// the thumbnail's alt and it shows the play count only (tests/fixtures/sites/tiktok/profile.ts).
const VIDEO = '[data-e2e="recommend-list-item-container"]';
const GRID_CELL = '[data-e2e="user-post-item"]';
const COMMENT = '[data-e2e="comment-item"], [data-e2e="comment-level-1"]';

const isVideo = (post: Element) => post.matches(`${VIDEO}, ${GRID_CELL}`);

function videoPath(post: Element): { user: string; id: string } | undefined {
  for (const link of post.querySelectorAll('a[href*="/video/"]')) {
    const match = /\/@([^/]+)\/video\/(\d+)/.exec(link.getAttribute('href') ?? '');
    if (match?.[1] && match[2]) return { user: match[1], id: match[2] };
  }
  return undefined;
}

const e2e = (post: Element, ...names: string[]) =>
  post.querySelector(names.map((n) => `[data-e2e="${n}"]`).join(', '));

export const tiktokFeed: FeedAdapter = {
  platform: 'tiktok',
  posts: `${VIDEO}, ${GRID_CELL}, ${COMMENT}`,
  postId: (post) =>
    isVideo(post) ? videoPath(post)?.id : (post.getAttribute('data-comment-id') ?? post.id) || undefined,
  permalink: (post) => {
    const path = videoPath(post);
    return isVideo(post) && path
      ? absoluteUrl(`/@${path.user}/video/${path.id}`, 'https://www.tiktok.com/')
      : undefined;
  },
  authorName: (post) => visibleText(e2e(post, 'video-author-nickname', 'comment-username-1')),
  authorHandle: (post) => {
    const user = isVideo(post)
      ? (videoPath(post)?.user ?? visibleText(e2e(post, 'video-author-uniqueid')))
      : /\/@([^/?#]+)/.exec(e2e(post, 'comment-username-1')?.closest('a')?.getAttribute('href') ?? '')?.[1];
    return user ? `@${user.replace(/^@/, '')}` : undefined;
  },
  text: (post) =>
    visibleText(e2e(post, 'video-desc', 'browse-video-desc', 'comment-level-1')) ??
    (post.querySelector('a[href*="/video/"] img[alt]')?.getAttribute('alt')?.trim() || undefined),
  publishedAt: (post) => {
    // Video ids are snowflake-like: the top 32 bits are Unix seconds.
    const id = isVideo(post) ? videoPath(post)?.id : undefined;
    return id && /^\d{18,20}$/.test(id) ? Number(BigInt(id) >> 32n) * 1000 : undefined;
  },
  metrics: (post) => ({
    likes: countIn(e2e(post, 'like-count', 'comment-like-count')),
    replies: countIn(e2e(post, 'comment-count')),
    reposts: countIn(e2e(post, 'share-count')),
    views: countIn(e2e(post, 'video-views')),
  }),
  // A grid cell shows a thumbnail of its one video.
  media: (post) =>
    post.matches(GRID_CELL)
      ? { kind: 'video', count: 1 }
      : isVideo(post)
        ? mediaIn(post, { video: 'video' })
        : { kind: 'none', count: 0 },
  isAd: (post) => e2e(post, 'ad-tag', 'video-ad-tag') !== null,
  repost: (post) => e2e(post, 'video-repost-tag') !== null,
};
