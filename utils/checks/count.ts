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
    case 'mastodon':
      return countMastodon(text, limit);
    default:
      return { count: text.length, limit, overflowAt: text.length > limit ? limit : null };
  }
}

/** Mastodon's composer counts links as 23 and a remote mention `@user@domain` as `@user`, in code points. */
const MASTODON_SPECIAL = /https?:\/\/[^\s<>"]+|(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+(@[a-z0-9.-]+\.[a-z]{2,})/giu;
const MASTODON_URL_WEIGHT = 23;

function countMastodon(text: string, limit: number): DraftCount {
  let count = 0;
  let overflowAt: number | null = null;
  const add = (weight: number, at: number) => {
    count += weight;
    if (overflowAt === null && count > limit) overflowAt = at;
  };
  let index = 0;
  const countPlain = (end: number) => {
    while (index < end) {
      const code = text.charCodeAt(index);
      const width = code >= 0xd800 && code <= 0xdbff && index + 1 < end ? 2 : 1;
      add(1, index);
      index += width;
    }
  };
  for (const match of text.matchAll(MASTODON_SPECIAL)) {
    countPlain(match.index);
    const domain = match[1];
    if (domain) {
      countPlain(match.index + match[0].length - domain.length);
      index += domain.length;
    } else {
      add(MASTODON_URL_WEIGHT, match.index);
      index = match.index + match[0].length;
    }
  }
  countPlain(text.length);
  return { count, limit, overflowAt };
}
