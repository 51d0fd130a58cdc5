// What comparing the draft with the research library adds to a check: checkDraft with no saved posts beside
// the same check with as many as the composer overlay fetches (SAVED_POSTS_FOR_CHECKS), and with the most
// research.recent allows. The overlay passes the same list on every check, so the library is indexed once
// (the "first check" rows) and each later check reuses the index.
import { bench, describe } from 'vitest';
import { checkDraft, type SavedPostLike } from '@/utils/checks';
import { SAVED_POSTS_FOR_CHECKS } from '@/utils/features/saved-posts';
import { libraryPosts } from '../tests/shared/library-posts';
import { draftOf } from './drafts';

const MOST = 2000;
const library: SavedPostLike[] = libraryPosts(MOST).map(({ id, text, author }) => ({ id, text, author }));
const overlayList = library.slice(0, SAVED_POSTS_FOR_CHECKS);
const short = draftOf(280);
const medium = draftOf(3000);
const options = { jurisdictions: ['US' as const] };
const settings = { time: 2000, warmupTime: 300, warmupIterations: 20 };

describe('checkDraft with the research library (default guidelines, US)', () => {
  bench(
    '280 characters (X), no saved posts',
    () => {
      checkDraft(short, { platform: 'x', ...options });
    },
    settings,
  );
  bench(
    `280 characters (X), ${SAVED_POSTS_FOR_CHECKS} saved posts`,
    () => {
      checkDraft(short, { platform: 'x', ...options, savedPosts: overlayList });
    },
    settings,
  );
  bench(
    `280 characters (X), ${MOST} saved posts`,
    () => {
      checkDraft(short, { platform: 'x', ...options, savedPosts: library });
    },
    settings,
  );
  bench(
    '3,000 characters (LinkedIn), no saved posts',
    () => {
      checkDraft(medium, { platform: 'linkedin', ...options });
    },
    settings,
  );
  bench(
    `3,000 characters (LinkedIn), ${SAVED_POSTS_FOR_CHECKS} saved posts`,
    () => {
      checkDraft(medium, { platform: 'linkedin', ...options, savedPosts: overlayList });
    },
    settings,
  );
  bench(
    `first check after the library changed: ${SAVED_POSTS_FOR_CHECKS} saved posts indexed`,
    () => {
      checkDraft(short, { platform: 'x', ...options, savedPosts: [...overlayList] });
    },
    settings,
  );
});
