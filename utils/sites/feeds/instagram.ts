import { absoluteUrl, countsFromWords, mediaIn, timeFromDatetime, visibleText } from './extract';
import type { FeedAdapter } from './types';

const POST_LINK = 'a[href*="/p/"], a[href*="/reel/"]';

function shortcode(post: Element): { kind: string; code: string } | undefined {
  for (const link of post.querySelectorAll(POST_LINK)) {
    const match = /\/(p|reel)\/([^/?#]+)/.exec(link.getAttribute('href') ?? '');
    if (match?.[1] && match[2]) return { kind: match[1], code: match[2] };
  }
  return undefined;
}

const authorLink = (post: Element) => post.querySelector('header a[href^="/"]:not([href*="/explore/"])');

export const instagramFeed: FeedAdapter = {
  platform: 'instagram',
  posts: 'main article',
  postId: (post) => shortcode(post)?.code,
  permalink: (post) => {
    const code = shortcode(post);
    return code && absoluteUrl(`/${code.kind}/${code.code}/`, 'https://www.instagram.com/');
  },
  authorName: (post) => visibleText(authorLink(post)),
  authorHandle: (post) => {
    const name = /^\/([^/]+)\/?$/.exec(authorLink(post)?.getAttribute('href') ?? '')?.[1];
    return name ? `@${name}` : undefined;
  },
  // Captions have no hook: the longest auto-direction span outside the header (public scrapers, heuristic).
  text: (post) => {
    const spans = [...post.querySelectorAll('span[dir="auto"], h1')].filter(
      (span) => !span.closest('header'),
    );
    const texts = spans.map((span) => visibleText(span) ?? '');
    return texts.sort((a, b) => b.length - a.length)[0] || undefined;
  },
  publishedAt: (post) => timeFromDatetime(post.querySelector('time[datetime]')),
  metrics: (post) => countsFromWords(post, { likes: /\blikes?\b/i, replies: /\bcomments?\b/i }),
  media: (post) => mediaIn(post, { image: 'img[srcset], div[role="button"] img[src]', video: 'video' }),
  // The label is localised; English is the last fallback (sites.md §2).
  isAd: (post) =>
    [...post.querySelectorAll('header span, header a, header div')].some(
      (element) => element.textContent?.trim() === 'Sponsored',
    ),
  repost: () => false,
};
