import { absoluteUrl, countIn, mediaIn, ownAll, timeFromDatetime, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Threads has no articles and localises every label (Crossposter 2026): structure only.
const POSTS = "[data-pressable-container='true']";

/**
 * The post's own /post/ link: a quote holds the quoted post, with its own /post/ link, inside the post, so links
 * in a nested post are not the post's, and the link holding the post's time comes first.
 */
function postPath(post: Element): { user: string; code: string } | undefined {
  const links = ownAll(post, 'a[href*="/post/"]', POSTS);
  const timed = links.filter((link) => link.querySelector('time'));
  for (const link of [...timed, ...links]) {
    const match = /^\/@([^/]+)\/post\/([^/?#]+)/.exec(
      new URL(link.getAttribute('href') ?? '', location.href).pathname,
    );
    if (match?.[1] && match[2]) return { user: match[1], code: match[2] };
  }
  return undefined;
}

const authorLink = (post: Element) =>
  ownAll(post, 'a[href^="/@"]', POSTS).find(
    (a) => !a.getAttribute('href')?.includes('/post/') && visibleText(a),
  );

/** The action row's icon cells in order: like, reply, repost, share. */
const actionCount = (post: Element, index: number) => {
  const cells = [...post.querySelectorAll('[role="button"]')].filter((cell) => cell.querySelector('svg'));
  return countIn(cells[index]);
};

export const threadsFeed: FeedAdapter = {
  platform: 'threads',
  posts: POSTS,
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
    // The quoted post's text is the quoted post's, however long.
    const blocks = ownAll(post, "[dir='auto']", POSTS).filter((el) => !el.closest('a'));
    return blocks.map((el) => visibleText(el) ?? '').sort((a, b) => b.length - a.length)[0] || undefined;
  },
  publishedAt: (post) => timeFromDatetime(ownAll(post, 'time[datetime]', POSTS)[0]),
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
    const first = ownAll(post, 'a[href^="/@"]', POSTS).find(
      (a) => !a.getAttribute('href')?.includes('/post/'),
    );
    const user = /^\/@([^/?#]+)/.exec(first?.getAttribute('href') ?? '')?.[1];
    const author = postPath(post)?.user;
    return user && author && user !== author ? `@${user}` : false;
  },
};
