import type { SavedPostLike } from '@/utils/checks';
import type { FeatureEnv } from './feature';

/**
 * How many of the most recently saved research posts a page compares drafts with. The similarity rule indexes
 * the list once, so a check costs about the same with 1,000 posts as with 10 (bench/similar-post.bench.ts);
 * the bound is on what every page with a composer holds in memory and receives in one message.
 */
export const SAVED_POSTS_FOR_CHECKS = 1000;

export interface SavedPostsWatch {
  /** The posts for `checkDraft`'s `savedPosts`: the same list on every call until the library changes. */
  posts(): SavedPostLike[];
}

const NONE: SavedPostLike[] = [];

/**
 * Keeps the research library's recent posts for the similarity rule. Fetched when the first check asks (a page
 * without a composer never fetches), then again only when the background says a post was saved, in this tab
 * or another; never per keystroke. `onChange` runs after each new list, so the caller can re-check drafts.
 */
export function watchSavedPosts(
  { signal, onNotice, send }: Pick<FeatureEnv, 'signal' | 'onNotice' | 'send'>,
  onChange: () => void,
): SavedPostsWatch {
  let current = NONE;
  let wanted = false;
  let fetching = false;
  let again = false;

  const fetchPosts = async () => {
    // Saves in quick succession: one fetch at a time, and one more after it for whatever came meanwhile.
    if (fetching) {
      again = true;
      return;
    }
    fetching = true;
    const reply = await send('research.recent', { limit: SAVED_POSTS_FOR_CHECKS });
    fetching = false;
    if (signal.aborted) return;
    if (again) {
      again = false;
      void fetchPosts();
      return;
    }
    // Without an answer the drafts are still checked, only without the library.
    if (!reply.ok) return;
    current = reply.data.posts;
    onChange();
  };

  onNotice((notice) => {
    if (wanted && notice.type === 'research.changed') void fetchPosts();
  });

  return {
    posts() {
      if (!wanted) {
        wanted = true;
        void fetchPosts();
      }
      return current;
    },
  };
}
