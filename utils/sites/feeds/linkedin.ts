import { countIn, countsFromWords, linkedinActivityTime, mediaIn, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Two UIs live at once (sites.md §5): the legacy `feed-shared-update-v2` and the 2026 `listitem` feed.
const URN = /urn:li:activity:(\d+)/;

function activityId(post: Element): string | undefined {
  const candidates = [
    post.getAttribute('data-urn'),
    post.getAttribute('componentkey'),
    post.querySelector('[data-testid*="urn:li:activity:"]')?.getAttribute('data-testid'),
    post.querySelector('[data-urn^="urn:li:activity:"]')?.getAttribute('data-urn'),
  ];
  for (const candidate of candidates) {
    const id = candidate ? URN.exec(candidate)?.[1] : undefined;
    if (id) return id;
  }
  return undefined;
}

const actorLink = (post: Element) =>
  post.querySelector('.update-components-actor__meta-link, .update-components-actor__container a[href]') ??
  [...post.querySelectorAll('a[href*="/in/"], a[href*="/company/"]')].find((a) => visibleText(a));

export const linkedinFeed: FeedAdapter = {
  platform: 'linkedin',
  posts:
    'div.feed-shared-update-v2[data-urn^="urn:li:activity:"], [data-testid="mainFeed"] div[role="listitem"][componentkey]',
  postId: (post) => activityId(post),
  permalink: (post) => {
    const id = activityId(post);
    return id ? `https://www.linkedin.com/feed/update/urn:li:activity:${id}/` : undefined;
  },
  authorName: (post) =>
    visibleText(
      post.querySelector('.update-components-actor__title span[dir="ltr"] span[aria-hidden="true"]'),
    ) ??
    visibleText(post.querySelector('.update-components-actor__title span[dir="ltr"]')) ??
    visibleText(actorLink(post))?.split('\n')[0],
  authorHandle: (post) => {
    const path = new URL(actorLink(post)?.getAttribute('href') ?? '', location.href).pathname;
    return /^\/(in|company)\/[^/]+/.exec(path)?.[0].slice(1);
  },
  text: (post) =>
    visibleText(post.querySelector('.update-components-text span[dir="ltr"]')) ??
    visibleText(post.querySelector('[data-testid="expandable-text-box"]')),
  // The relative "3h" on screen is rounded; the activity id holds the exact creation time.
  publishedAt: (post) => {
    const id = activityId(post);
    return id ? linkedinActivityTime(id) : undefined;
  },
  metrics: (post) => {
    const legacyLikes = countIn(post.querySelector('.social-details-social-counts__reactions-count'));
    const counts =
      post.querySelector('.social-details-social-counts, .social-details-social-activity') ?? post;
    const words = countsFromWords(counts, {
      replies: /\bcomments?\b/i,
      reposts: /\breposts?\b/i,
      likes: /\breactions?\b/i,
    });
    return { ...words, ...(legacyLikes !== undefined ? { likes: legacyLikes } : {}) };
  },
  media: (post) =>
    mediaIn(post, {
      image: '.update-components-image img, [data-testid="feed-image"] img',
      video: 'video, .update-components-linkedin-video',
      link: '.update-components-article, [data-testid="article-card"]',
    }),
  // "Promoted" replaces the time line on sponsored posts; localised, so English is only a fallback.
  isAd: (post) =>
    /\bPromoted\b/.test(visibleText(post.querySelector('.update-components-actor__sub-description')) ?? ''),
  // A reshare names the resharer in a header line above the actor.
  repost: (post) => {
    const header = post.querySelector('.update-components-header');
    if (!header) return false;
    return visibleText(header.querySelector('a[href*="/in/"], a[href*="/company/"]')) ?? true;
  },
};
