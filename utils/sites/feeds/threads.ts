import { absoluteUrl, countIn, mediaIn, timeFromDatetime, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Threads has no articles and localises every label (Crossposter 2026): structure only.
function postPath(post: Element): { user: string; code: string } | undefined {
  for (const link of post.querySelectorAll('a[href*="/post/"]')) {
    const match = /^\/@([^/]+)\/post\/([^/?#]+)/.exec(
      new URL(link.getAttribute('href') ?? '', location.href).pathname,
    );
    if (match?.[1] && match[2]) return { user: match[1], code: match[2] };
  }
  return undefined;
}

const authorLink = (post: Element) =>
  [...post.querySelectorAll('a[href^="/@"]')].find(
    (a) => !a.getAttribute('href')?.includes('/post/') && visibleText(a),
  );

/** The action row's icon cells in order: like, reply, repost, share. */
const actionCount = (post: Element, index: number) => {
  const cells = [...post.querySelectorAll('[role="button"]')].filter((cell) => cell.querySelector('svg'));
  return countIn(cells[index]);
};

export const threadsFeed: FeedAdapter = {
  platform: 'threads',
  posts: "[data-pressable-container='true']",
  postId: (post) => postPath(post)?.code,
  permalink: (post) => {
    const path = postPath(post);
    return path && absoluteUrl(`/@${path.user}/post/${path.code}`, 'https://www.threads.com/');
  },
  authorName: (post) => visibleText(authorLink(post)),
  authorHandle: (post) => {
    const user =
      postPath(post)?.user ?? /^\/@([^/]+)/.exec(authorLink(post)?.getAttribute('href') ?? '')?.[1];
    return user ? `@${user}` : undefined;
  },
  text: (post) => {
    const blocks = [...post.querySelectorAll("[dir='auto']")].filter((el) => !el.closest('a'));
    return blocks.map((el) => visibleText(el) ?? '').sort((a, b) => b.length - a.length)[0] || undefined;
  },
  publishedAt: (post) => timeFromDatetime(post.querySelector('time[datetime]')),
  metrics: (post) => ({
    likes: actionCount(post, 0),
    replies: actionCount(post, 1),
    reposts: actionCount(post, 2),
  }),
  media: (post) => mediaIn(post, { image: 'picture img, img[srcset]', video: 'video' }),
  isAd: () => false,
  // A repost shows the reposter's profile link above the post: a first profile link that isn't the
  // post's author means a repost, in any language.
  repost: (post) => {
    const first = [...post.querySelectorAll('a[href^="/@"]')].find(
      (a) => !a.getAttribute('href')?.includes('/post/'),
    );
    const user = /^\/@([^/?#]+)/.exec(first?.getAttribute('href') ?? '')?.[1];
    const author = postPath(post)?.user;
    return user && author && user !== author ? `@${user}` : false;
  },
};
