import { isOwnAuthor, isSnapshotDue, MAX_POSTS_PER_SNAPSHOT } from '@/utils/analytics/browse-snapshot-rules';
import type { CapturedPost } from '@/utils/db/captured-post';
import { attempt, readPost } from '@/utils/sites/feeds/read-post';
import type { FeatureEnv } from './feature';

/** Feeds re-render on every scroll step; the page is read at most this often. */
const SCAN_PAUSE_MS = 2_000;

/**
 * Sends the brand's own posts on the page, with the numbers the feed readers read, for the analytics'
 * snapshots (docs/analytics.md). The background says which handles are the brand's on this site; a post by
 * anyone else is never read past its author's handle and never leaves the page. Each post is sent once per
 * interval from this page; the background applies the interval across pages too.
 */
export function startOwnPostSnapshots({ site, signal, timers, send, onNotice, atLoad }: FeatureEnv): void {
  const { feed } = site;
  let own = new Set<string>();
  /** When each post (by id, else link) was last sent from this page. */
  const sentAt = new Map<string, number>();
  let scanQueued = false;

  const scan = () => {
    scanQueued = false;
    if (own.size === 0 || signal.aborted) return;
    let posts: Element[];
    try {
      posts = [...document.querySelectorAll(feed.posts)];
    } catch {
      return;
    }
    const now = Date.now();
    const batch: CapturedPost[] = [];
    for (const post of posts) {
      if (batch.length === MAX_POSTS_PER_SNAPSHOT) break;
      // A quoted post inside another one is not shown as a post of its own.
      if (post.parentElement?.closest(feed.posts)) continue;
      const author = attempt(() => feed.authorHandle(post));
      if (!isOwnAuthor(author, own)) continue;
      const key = attempt(() => feed.postId(post)) ?? attempt(() => feed.permalink(post));
      if (!key || !isSnapshotDue(sentAt.get(key), now)) continue;
      sentAt.set(key, now);
      batch.push(readPost(feed, post, now));
    }
    if (batch.length === 0) return;
    void send('analytics.snapshotOwnPosts', { site: site.id, posts: batch }).then((reply) => {
      // Not stored (the background was restarting): the next scan sends them again.
      if (!reply.ok) for (const [key, at] of sentAt) if (at === now) sentAt.delete(key);
    });
  };
  /** Reads the page when it is idle, after `pause` (the first time at once). */
  const queueScan = (pause = SCAN_PAUSE_MS) => {
    if (scanQueued || own.size === 0) return;
    scanQueued = true;
    timers.timeout(() => timers.idle(scan, SCAN_PAUSE_MS), pause);
  };

  const askForAccounts = async () => {
    const reply = await send('analytics.ownAccounts', { site: site.id });
    if (signal.aborted) return;
    own = new Set(reply.ok ? reply.data.handles : []);
    queueScan(0);
  };

  const observer = new MutationObserver(() => queueScan());
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // A brand's accounts edited in the dashboard apply to the pages already open.
  onNotice((notice) => {
    if (notice.type === 'brands.changed') void askForAccounts();
  });
  // The handles came with the page's `site.status`, so a feed's load sends no second message (issue 16).
  if (atLoad) {
    own = new Set(atLoad.ownHandles);
    queueScan(0);
  } else void askForAccounts();
}
