import type { PlatformId } from '../types';

/**
 * Where a platform cuts a post with "…more" in the feed, as a band of UTF-16 offsets: text ending before `from`
 * is visible everywhere, text starting after `to` is hidden everywhere, and in between it depends on the device,
 * font and line breaks. `null`: the whole post shows. Approximate by nature (docs/platform-limits.md).
 */
export interface Fold {
  from: number;
  to: number;
  source: string;
  asOf: string;
}

export const PLATFORM_FOLDS: Record<PlatformId, Fold | null> = {
  x: null,
  linkedin: {
    from: 140,
    to: 210,
    source: 'https://web-3-apps.com/char-counter/articles/linkedin-post-length/',
    asOf: '2026-11',
  },
  facebook: {
    from: 125,
    to: 477,
    source: 'https://izea.com/resources/disclosure-policy/',
    asOf: '2026-11',
  },
  instagram: { from: 125, to: 125, source: 'https://charactercounter.com/instagram', asOf: '2026-11' },
  threads: null,
  tiktok: {
    from: 50,
    to: 150,
    source: 'https://napoleoncat.com/dictionary/tiktok-character-count',
    asOf: '2026-11',
  },
  youtube: {
    from: 100,
    to: 157,
    source: 'https://lettercounter.org/blog/youtube-character-limit-guide',
    asOf: '2026-11',
  },
  pinterest: {
    from: 50,
    to: 60,
    source: 'https://bulkpublish.com/blog/pinterest-character-limit/',
    asOf: '2026-11',
  },
  reddit: null,
  bluesky: null,
  mastodon: null,
};
