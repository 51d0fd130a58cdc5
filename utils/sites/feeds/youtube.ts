import { absoluteUrl, countIn, mediaIn, parseCount, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Comments (new view-model and old renderer; each reply is its own element) and community posts
// (sites.md §5), and video cards on home, search and channel pages (ytd-rich-item-renderer,
// ytd-video-renderer with #video-title, ytd-channel-name and #metadata-line: long-standing Polymer
// ids, UNCONFIRMED here).
const VIDEOS = 'ytd-rich-item-renderer, ytd-video-renderer';
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

const commentsAndPosts: FeedAdapter = {
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

function videoId(post: Element): string | undefined {
  for (const link of post.querySelectorAll('a[href*="/watch?v="], a[href^="/shorts/"]')) {
    const url = new URL(link.getAttribute('href') ?? '', 'https://www.youtube.com/');
    const id = url.searchParams.get('v') ?? /^\/shorts\/([^/?#]+)/.exec(url.pathname)?.[1];
    if (id) return id;
  }
  return undefined;
}

const channelLink = (post: Element) => post.querySelector('ytd-channel-name a, #channel-name a');

/**
 * The channel whose page this is (`/@name/videos`), for the cards of its own grid: a channel page names no
 * channel on its cards (tests/fixtures/sites/youtube/profile.ts). A card that names one keeps it.
 */
function channelPageHandle(post: Element): string | undefined {
  if (!post.closest('ytd-browse[page-subtype="channels"]')) return undefined;
  return /^\/(@[^/?#]+)/.exec(location.pathname)?.[1];
}

const videos: FeedAdapter = {
  platform: 'youtube',
  posts: VIDEOS,
  postId: videoId,
  permalink: (post) => {
    const id = videoId(post);
    return id ? `https://www.youtube.com/watch?v=${id}` : undefined;
  },
  authorName: (post) => visibleText(channelLink(post)),
  authorHandle: (post) =>
    /^\/(@[^/?#]+)/.exec(channelLink(post)?.getAttribute('href') ?? '')?.[1] ??
    (channelLink(post) ? undefined : channelPageHandle(post)),
  text: (post) => {
    const title = visibleText(post.querySelector('#video-title'));
    const description = visibleText(post.querySelector('#description-text, .metadata-snippet-text'));
    return [title, description].filter(Boolean).join('\n\n') || undefined;
  },
  // Cards show "3 days ago" only.
  publishedAt: () => undefined,
  // The metadata line reads "1.2M views • 3 days ago": the views come first.
  metrics: (post) => ({ views: parseCount(visibleText(post.querySelector('#metadata-line span'))) }),
  media: () => ({ kind: 'video', count: 1 }),
  isAd: (post) => post.querySelector('ytd-ad-slot-renderer, ytd-in-feed-ad-layout-renderer') !== null,
  repost: () => false,
};

const adapterFor = (post: Element) => (post.matches(VIDEOS) ? videos : commentsAndPosts);

export const youtubeFeed: FeedAdapter = {
  platform: 'youtube',
  posts: `${VIDEOS}, ${COMMENTS}, ${COMMUNITY}`,
  // A reply box opens inside the comment thread it answers.
  replyTargets: COMMENTS,
  postId: (post) => adapterFor(post).postId(post),
  permalink: (post) => adapterFor(post).permalink(post),
  authorName: (post) => adapterFor(post).authorName(post),
  authorHandle: (post) => adapterFor(post).authorHandle(post),
  text: (post) => adapterFor(post).text(post),
  publishedAt: (post) => adapterFor(post).publishedAt(post),
  metrics: (post) => adapterFor(post).metrics(post),
  media: (post) => adapterFor(post).media(post),
  isAd: (post) => adapterFor(post).isAd(post),
  repost: (post) => adapterFor(post).repost(post),
};
