import { absoluteUrl, parseCount, visibleText } from './extract';
import type { FeedAdapter, Media } from './types';

// shreddit exposes the post as attributes of its custom element (sites.md §5).
const attr = (post: Element, name: string) => post.getAttribute(name) ?? undefined;

const MEDIA_BY_POST_TYPE: Record<string, Media['kind']> = {
  image: 'image',
  gallery: 'image',
  video: 'video',
  link: 'link',
  text: 'none',
  self: 'none',
};

export const redditFeed: FeedAdapter = {
  platform: 'reddit',
  posts: 'shreddit-post, shreddit-ad-post',
  // A reply box opens inside the comment it answers; a top-level comment answers the post.
  replyTargets: 'shreddit-comment[author], shreddit-post[author]',
  postId: (post) => attr(post, 'id') ?? attr(post, 'thingid'),
  permalink: (post) =>
    absoluteUrl(attr(post, 'permalink') ?? attr(post, 'content-href'), 'https://www.reddit.com/'),
  authorName: (post) => {
    const author = attr(post, 'author');
    return author && author !== '[deleted]' ? author : undefined;
  },
  authorHandle: (post) => {
    const author = attr(post, 'author');
    return author && author !== '[deleted]' ? `u/${author}` : undefined;
  },
  text: (post) => {
    const title = attr(post, 'post-title')?.trim();
    const body = visibleText(post.querySelector('[slot="text-body"], shreddit-post-text-body'));
    return [title, body].filter(Boolean).join('\n\n') || undefined;
  },
  publishedAt: (post) => {
    const time = Date.parse(attr(post, 'created-timestamp') ?? '');
    return Number.isFinite(time) ? time : undefined;
  },
  metrics: (post) => ({
    replies: parseCount(attr(post, 'comment-count')),
    likes: parseCount(attr(post, 'score')),
  }),
  media: (post) => {
    const type = attr(post, 'post-type');
    const kind = type ? MEDIA_BY_POST_TYPE[type] : undefined;
    if (!kind) return undefined;
    const count =
      kind === 'none'
        ? 0
        : type === 'gallery'
          ? Math.max(post.querySelectorAll('gallery-carousel li, img[slot]').length, 1)
          : 1;
    return { kind, count };
  },
  isAd: (post) =>
    post.tagName === 'SHREDDIT-AD-POST' ||
    attr(post, 'is-promoted') === 'true' ||
    post.hasAttribute('promoted'),
  // Crossposts are Reddit's reposts; the crossposter is the post's own author. UNCONFIRMED attribute value.
  repost: (post) => (attr(post, 'post-type') === 'crosspost' ? (attr(post, 'author') ?? true) : false),
};
