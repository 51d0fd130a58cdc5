import { absoluteUrl, countIn, mediaIn, own, snowflakeTime, timeFromDatetime, visibleText } from './extract';
import type { FeedAdapter } from './types';

// A quoted post is a `[role=link]` block inside the article with its own User-Name and time (CPFT 2026-08).
const QUOTE = 'div[role="link"]';

function statusPath(post: Element): { handle: string; id: string } | undefined {
  // Organic posts link their time to the status; ads have no time link, so any status link will do.
  const link =
    own(post, 'time', QUOTE)?.closest('a[href*="/status/"]') ?? own(post, 'a[href*="/status/"]', QUOTE);
  const match = /^\/([^/]+)\/status\/(\d+)/.exec(
    new URL(link?.getAttribute('href') ?? '', location.href).pathname,
  );
  return match?.[1] && match[2] ? { handle: match[1], id: match[2] } : undefined;
}

const metric = (post: Element, ...testIds: string[]) =>
  countIn(own(post, testIds.map((id) => `[data-testid="${id}"]`).join(', '), QUOTE));

export const xFeed: FeedAdapter = {
  platform: 'x',
  posts: 'article[data-testid="tweet"]',
  // The reply dialog shows the tweet above its composer; a status page shows the focal tweet above the
  // inline reply composer.
  replyTargets: 'article[data-testid="tweet"]',
  postId: (post) => statusPath(post)?.id,
  permalink: (post) => {
    const path = statusPath(post);
    return path && absoluteUrl(`/${path.handle}/status/${path.id}`, 'https://x.com/');
  },
  authorName: (post) => {
    const userName = own(post, '[data-testid="User-Name"]', QUOTE);
    for (const span of userName?.querySelectorAll('span') ?? []) {
      const text = visibleText(span);
      if (text && !text.startsWith('@') && text !== '·') return text.split('\n')[0];
    }
    return undefined;
  },
  authorHandle: (post) => {
    const link = own(post, '[data-testid="User-Name"] a[href^="/"]', QUOTE);
    const handle = link?.getAttribute('href')?.split('/')[1];
    return handle ? `@${handle}` : undefined;
  },
  text: (post) => visibleText(own(post, '[data-testid="tweetText"]', QUOTE)),
  publishedAt: (post) => {
    const time = timeFromDatetime(own(post, 'time[datetime]', QUOTE));
    if (time !== undefined) return time;
    const id = statusPath(post)?.id;
    return id ? snowflakeTime(id) : undefined;
  },
  metrics: (post) => ({
    replies: metric(post, 'reply'),
    reposts: metric(post, 'retweet', 'unretweet'),
    likes: metric(post, 'like', 'unlike'),
    views: countIn(own(post, 'a[href$="/analytics"]', QUOTE)),
  }),
  media: (post) =>
    mediaIn(post, {
      image: '[data-testid="tweetPhoto"] img',
      video: '[data-testid="videoPlayer"], [data-testid="videoComponent"]',
      link: '[data-testid="card.wrapper"]',
    }),
  isAd: (post) => post.closest('[data-testid="placementTracking"]') !== null,
  // Reposts carry a social-context line linking to the reposter; pinned posts carry one without a link.
  repost: (post) => {
    const context = own(post, '[data-testid="socialContext"]', QUOTE);
    const link = context?.closest('a[href^="/"]');
    if (!link) return false;
    const handle = link.getAttribute('href')?.split('/')[1];
    return handle ? `@${handle}` : true;
  },
};
