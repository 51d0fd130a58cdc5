import { absoluteUrl, countIn, mediaIn, tidTime, visibleText } from './extract';
import type { FeedAdapter } from './types';

// A quoted post is an embedded record with its own post link; the outer post's link comes first.
function postLink(post: Element): { handle: string; rkey: string } | undefined {
  for (const link of post.querySelectorAll('a[href*="/post/"]')) {
    const match = /^\/profile\/([^/]+)\/post\/([^/?#]+)/.exec(
      new URL(link.getAttribute('href') ?? '', location.href).pathname,
    );
    if (match?.[1] && match[2]) return { handle: match[1], rkey: match[2] };
  }
  return undefined;
}

/** The author's handle from the container's test id (`feedItem-by-{handle}`), the most stable hook. */
function handleOf(post: Element): string | undefined {
  return /-by-(.+)$/.exec(post.getAttribute('data-testid') ?? '')?.[1] ?? postLink(post)?.handle;
}

const counter = (post: Element, testId: string) => countIn(post.querySelector(`[data-testid="${testId}"]`));

export const blueskyFeed: FeedAdapter = {
  platform: 'bluesky',
  posts: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  postId: (post) => postLink(post)?.rkey,
  permalink: (post) => {
    const link = postLink(post);
    return link && absoluteUrl(`/profile/${link.handle}/post/${link.rkey}`, 'https://bsky.app/');
  },
  authorName: (post) => {
    const handle = handleOf(post);
    for (const link of post.querySelectorAll(`a[href="/profile/${handle}"]`)) {
      const text = visibleText(link);
      if (text && !text.startsWith('@')) return text;
    }
    return undefined;
  },
  authorHandle: (post) => {
    const handle = handleOf(post);
    return handle ? `@${handle}` : undefined;
  },
  text: (post) => visibleText(post.querySelector('[data-testid="postText"]')),
  // The date on screen is localised text; the record key is a TID that holds the creation time.
  publishedAt: (post) => {
    const rkey = postLink(post)?.rkey;
    return rkey ? tidTime(rkey) : undefined;
  },
  metrics: (post) => ({
    replies: counter(post, 'replyBtn'),
    reposts: counter(post, 'repostCount') ?? counter(post, 'repostBtn'),
    likes: counter(post, 'likeCount') ?? counter(post, 'likeBtn'),
  }),
  media: (post) =>
    mediaIn(post, {
      image: '[data-expoimage] img, [data-testid="postImage"] img, img[alt][src*="feed_thumbnail"]',
      video: 'video',
      link: '[data-testid="externalEmbed"], a[href^="http"][role="link"]',
    }),
  isAd: () => false,
  // The "Reposted by" line links to the reposter's profile above the post: a first profile link that
  // isn't the author means a repost, in any language.
  repost: (post) => {
    const first = post.querySelector('a[href^="/profile/"]');
    const handle = /^\/profile\/([^/]+)$/.exec(first?.getAttribute('href') ?? '')?.[1];
    const author = handleOf(post);
    return handle && author && handle !== author ? `@${handle}` : false;
  },
};
