import type { PlatformId } from '../../checks/types';
import type { CapturedPost, MetricsSnapshot } from '../../db/records';

export type Metrics = Omit<MetricsSnapshot, 'readAt'>;
export type Media = CapturedPost['media'];

/**
 * How to read feed posts on one site. Each reader returns `undefined` for "not shown here" (saved as
 * missing, never guessed); readers may throw on markup they don't know, which counts as missing too
 * (utils/sites/feeds/read-post.ts). Selectors follow docs/sites.md §5 and go stale.
 */
export interface FeedAdapter {
  platform: PlatformId;
  /** One element per post. A match inside another match (a quoted post) is part of the outer post. */
  posts: string;
  /**
   * The posts and comments a reply box can answer, read with `authorName` and `authorHandle` to fill a saved
   * reply's `{author.*}` (utils/features/reply-context.ts). Left out where no fixture shows the structure yet:
   * `{author.*}` then stays visible in the reply for the user to fill in.
   */
  replyTargets?: string;
  /** The site's id of the post the element shows now: recycled elements change it. */
  postId(post: Element): string | undefined;
  permalink(post: Element): string | undefined;
  authorName(post: Element): string | undefined;
  /** The handle as the site shows it (`@name`, `u/name`, a profile slug). */
  authorHandle(post: Element): string | undefined;
  text(post: Element): string | undefined;
  publishedAt(post: Element): number | undefined;
  metrics(post: Element): Metrics;
  media(post: Element): Media | undefined;
  isAd(post: Element): boolean;
  /** Who reposted the post into this feed (true when the site says so without a name), else false. */
  repost(post: Element): string | boolean;
}
