import type { CapturedPost } from '../../db/records';
import { hashtagsIn, mentionsIn } from './extract';
import type { FeedAdapter, Metrics } from './types';

const METRICS: (keyof Metrics)[] = ['replies', 'reposts', 'likes', 'views'];
const MAX_SHORT = 500;
const MAX_TEXT = 200_000;

/** Runs one reader; markup it doesn't know (a throw) reads as "not shown". */
export function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const short = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, MAX_SHORT) : undefined;
};

/**
 * Reads a feed post as the page shows it now. Never throws: a part the adapter can't find is left out and
 * named in `missing`, so a site that changed its markup saves less instead of breaking the button.
 */
export function readPost(adapter: FeedAdapter, post: Element, now: number): CapturedPost {
  const missing: string[] = [];
  const found = <T>(field: string, value: T | undefined): T | undefined => {
    if (value === undefined || value === '') missing.push(field);
    return value === '' ? undefined : value;
  };

  const postId = found('postId', short(attempt(() => adapter.postId(post))));
  const rawPermalink = attempt(() => adapter.permalink(post));
  const permalink = found(
    'permalink',
    rawPermalink && /^https?:\/\//i.test(rawPermalink) && rawPermalink.length <= 2048
      ? rawPermalink
      : undefined,
  );
  const name = found('author.name', short(attempt(() => adapter.authorName(post))));
  const handle = found('author.handle', short(attempt(() => adapter.authorHandle(post))));
  const text = found('text', attempt(() => adapter.text(post))?.slice(0, MAX_TEXT)) ?? '';
  const published = attempt(() => adapter.publishedAt(post));
  const publishedAt = found(
    'publishedAt',
    published !== undefined && published >= 0 ? Math.round(published) : undefined,
  );

  const read = attempt(() => adapter.metrics(post)) ?? {};
  const metrics: CapturedPost['metrics'] = { readAt: now };
  for (const field of METRICS) {
    const value = read[field];
    if (value !== undefined && Number.isFinite(value) && value >= 0) metrics[field] = value;
    else missing.push(field);
  }
  const media = found(
    'media',
    attempt(() => adapter.media(post)),
  );
  const repost = attempt(() => adapter.repost(post)) ?? false;

  return {
    platform: adapter.platform,
    ...(postId ? { postId } : {}),
    ...(permalink ? { permalink } : {}),
    author: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    text,
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    metrics,
    media: media ?? { kind: 'none', count: 0 },
    hashtags: hashtagsIn(text)
      .slice(0, 200)
      .map((tag) => tag.slice(0, MAX_SHORT)),
    mentions: mentionsIn(text)
      .slice(0, 200)
      .map((mention) => mention.slice(0, MAX_SHORT)),
    isAd: attempt(() => adapter.isAd(post)) ?? false,
    isRepost: repost !== false,
    ...(typeof repost === 'string' && short(repost) ? { repostedBy: short(repost) } : {}),
    missing,
    source: 'feed',
  };
}
