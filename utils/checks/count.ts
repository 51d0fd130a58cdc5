import { countBluesky, type ShortLink } from './counting/bluesky';
import { countGraphemes } from './counting/graphemes';
import { countMastodon } from './counting/mastodon';
import { parseX } from './counting/x';
import { PLATFORM_LIMITS } from './packs/platform-limits';
import { utf8Length } from './text';
import type { PlatformId } from './types';

export interface DraftCount {
  /** The length as the platform counts it. */
  count: number;
  limit: number;
  /** UTF-16 offset where the text stops fitting, or null when it all fits. */
  overflowAt: number | null;
  /** Bluesky: the UTF-8 size of the text as posted (links shortened). */
  bytes?: number;
  /** Bluesky: the links the composer shortens before counting and posting. */
  shortLinks?: ShortLink[];
}

/** What the instance the user is on says about its limits (Mastodon's own page data); defaults otherwise. */
export interface CountSettings {
  limit?: number;
  /** Characters each link counts for (Mastodon's `characters_reserved_per_url`). */
  urlWeight?: number;
  /**
   * Text posted with the draft that counts toward the same limit: Mastodon's content warning (the server's
   * StatusLengthValidator counts the spoiler text with the status text, and so does its web composer).
   */
  contentWarning?: string;
}

/** Threads: "Emojis are counted as the number of UTF-8 bytes"; every other character counts one. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const threadsWeight = (cluster: string) => (EMOJI.test(cluster) ? utf8Length(cluster) : 1);

const X_INVALID = /[\uFFFE\uFEFF\uFFFF]/;
const X_INVALID_ALL = new RegExp(X_INVALID.source, 'g');

/** Counts a draft the way the platform itself does. Cheap enough to run on every keystroke. */
export function countDraft(text: string, platform: PlatformId, settings: CountSettings = {}): DraftCount {
  const { counting } = PLATFORM_LIMITS[platform];
  const limit = settings.limit ?? PLATFORM_LIMITS[platform].limit;
  switch (counting) {
    case 'x-weighted': {
      // twitter-text's count (NFC, weight-2 ranges, 23 per URL, whole emoji sequences as 2), without its
      // per-character allocations (counting/x.ts). twitter-text stops its valid range at a character X rejects (invalid-characters reports those), so
      // the overflow is measured with each one stood in for by a character of the same weight and length.
      const parsed = parseX(X_INVALID.test(text) ? text.replace(X_INVALID_ALL, '\u3000') : text);
      return {
        count: parsed.weightedLength,
        limit,
        overflowAt: parsed.weightedLength <= limit ? null : parsed.validRangeEnd + 1,
      };
    }
    case 'threads':
      return { limit, ...countGraphemes(text, 0, text.length, limit, threadsWeight) };
    case 'bluesky': {
      const { count, overflowAt, bytes, links } = countBluesky(text, limit);
      return { count, limit, overflowAt, bytes, shortLinks: links };
    }
    case 'mastodon':
      return { limit, ...countMastodon(text, limit, settings.urlWeight, settings.contentWarning) };
    default:
      return { count: text.length, limit, overflowAt: text.length > limit ? limit : null };
  }
}
