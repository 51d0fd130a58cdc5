import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { PLATFORM_LIMITS } from './packs/platform-limits';
import type { PlatformId } from './types';

export interface DraftCount {
  /** The length as the platform counts it. */
  count: number;
  limit: number;
  /** UTF-16 offset where the text stops fitting, or null when it all fits. */
  overflowAt: number | null;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Counts a draft the way the platform's own composer does. Cheap enough to run on every keystroke. */
export function countDraft(text: string, platform: PlatformId): DraftCount {
  const { limit, counting } = PLATFORM_LIMITS[platform];
  switch (counting) {
    case 'x-weighted': {
      // twitter-text is X's reference counter: NFC, weight-2 ranges, 23 per URL, whole emoji sequences as 2.
      const parsed = parseTweet(text);
      return {
        count: parsed.weightedLength,
        limit,
        overflowAt: parsed.valid || parsed.weightedLength <= limit ? null : parsed.validRangeEnd + 1,
      };
    }
    case 'graphemes': {
      let count = 0;
      let overflowAt: number | null = null;
      for (const { index } of graphemes.segment(text)) {
        count += 1;
        if (count === limit + 1) overflowAt = index;
      }
      return { count, limit, overflowAt };
    }
    default:
      return { count: text.length, limit, overflowAt: text.length > limit ? limit : null };
  }
}
