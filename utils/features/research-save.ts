import { sentMessagesHere } from '@/utils/i18n';
import type { FeatureEnv } from './feature';
import { loadScript } from './lazy-script';

/**
 * What `research-save.js` (entrypoints/research-save.ts) offers: the save buttons on feed posts, and the
 * snapshots of the brand's own posts among them (utils/features/own-post-snapshots.ts).
 */
export interface ResearchSave {
  /** `messages`: what the content script was sent at load (utils/i18n `SENT_AT_LOAD`), in its own copy of i18n. */
  startSavePost(env: FeatureEnv, messages: Record<string, string>): void;
  startOwnPostSnapshots(env: FeatureEnv): void;
}

/**
 * The save buttons (and the own posts' snapshots) are loaded once the page shows a feed post, when the page
 * is idle: a composer page without a feed never loads them, and a feed's page load does not wait for them.
 * At a page load they also wait for the user's first move in the page: loading and placing them is 3–6 ms
 * of main thread (bench/startup.pw.ts), which the page's own start-up should not compete with while nobody
 * is reading yet. Where the brand has accounts on this site, its posts' snapshots are taken as the page
 * shows them, so then nothing waits.
 */
export function startSavePostWhenFeedShows(env: FeatureEnv): void {
  const { atLoad, signal } = env;
  if (!atLoad || atLoad.ownHandles.length > 0) watchForFeed(env);
  else
    void atLoad.userArrived.then(() => {
      if (!signal.aborted) watchForFeed(env);
    });
}

function watchForFeed(env: FeatureEnv): void {
  const { site, signal, timers } = env;
  let queued = false;
  let found = false;
  const look = () => {
    queued = false;
    if (found || signal.aborted) return;
    try {
      if (!document.querySelector(site.feed.posts)) return;
    } catch {
      // A selector the browser rejects finds no post.
      return;
    }
    found = true;
    observer.disconnect();
    void loadScript<ResearchSave>('research-save').then((research) => {
      if (!research || signal.aborted) return;
      research.startSavePost(env, sentMessagesHere());
      research.startOwnPostSnapshots(env);
    });
  };
  const queueLook = () => {
    if (queued || found) return;
    queued = true;
    timers.idle(look, 1_000);
  };
  const observer = new MutationObserver(queueLook);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  queueLook();
}
