import { absoluteUrl, countIn, mediaIn, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Comments (new view-model and old renderer; each reply is its own element) and community posts.
const COMMENTS = 'ytd-comment-view-model, ytd-comment-renderer';
const COMMUNITY = 'ytd-backstage-post-renderer, ytd-post-renderer';

const isComment = (post: Element) => post.matches(COMMENTS);
const timeLink = (post: Element) =>
  post.querySelector('#published-time-text a, a#published-time-text, #published-time-text');

function link(post: Element): URL | undefined {
  const href =
    timeLink(post)?.closest('a')?.getAttribute('href') ??
    timeLink(post)?.querySelector('a')?.getAttribute('href');
  const absolute = absoluteUrl(href, 'https://www.youtube.com/');
  return absolute ? new URL(absolute) : undefined;
}

export const youtubeFeed: FeedAdapter = {
  platform: 'youtube',
  posts: `${COMMENTS}, ${COMMUNITY}`,
  postId: (post) => {
    const url = link(post);
    if (!url) return undefined;
    return isComment(post)
      ? (url.searchParams.get('lc') ?? undefined)
      : /\/post\/([^/?#]+)/.exec(url.pathname)?.[1];
  },
  permalink: (post) => link(post)?.href,
  authorName: (post) => visibleText(post.querySelector('#author-text')),
  authorHandle: (post) => {
    const href = post.querySelector('a#author-text, #author-text a')?.getAttribute('href') ?? '';
    const handle = /^\/(@[^/?#]+)/.exec(href)?.[1] ?? visibleText(post.querySelector('#author-text'));
    return handle?.startsWith('@') ? handle : undefined;
  },
  text: (post) => visibleText(post.querySelector('#content-text') ?? post.querySelector('#content')),
  // Only "2 days ago" is shown.
  publishedAt: () => undefined,
  metrics: (post) => ({
    likes: countIn(post.querySelector('#vote-count-middle')),
    replies: isComment(post)
      ? undefined
      : countIn(post.querySelector('#reply-button-end, ytd-button-renderer#reply-button-end')),
  }),
  media: (post) =>
    isComment(post)
      ? { kind: 'none', count: 0 }
      : mediaIn(post, { image: '#content-attachment img', video: '#content-attachment ytd-video-renderer' }),
  isAd: () => false,
  repost: () => false,
};
