import type { PlatformId } from '../types';

/** A cap with the level at which a platform starts to object (`warn`) and where it refuses or ignores (`max`). */
export interface Cap {
  warn?: number;
  max?: number;
  source: string;
  asOf: string;
}

/**
 * Hashtag, mention and link rules per platform, as data with source and date
 * (docs/platform-limits.md). Platforms without an entry have no known cap.
 */
export interface PlatformTags {
  hashtags?: Cap;
  mentions?: Cap;
  /** Unique links per post. */
  links?: Cap;
  /** Links in the text are plain text on this platform ("link in bio"). */
  linksNotClickable?: { source: string; asOf: string };
}

export const PLATFORM_TAGS: Partial<Record<PlatformId, PlatformTags>> = {
  instagram: {
    // Five per post since the 2025-12 announcement (rolling out); the Graph API still refuses above 30.
    hashtags: {
      warn: 5,
      max: 30,
      source:
        'https://www.socialmediatoday.com/news/instagrams-implementing-new-limits-on-hashtag-use/808309/',
      asOf: '2025-12-18',
    },
    mentions: {
      max: 20,
      source:
        'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
      asOf: '2026-11',
    },
    linksNotClickable: {
      source:
        'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
      asOf: '2026-11',
    },
  },
  threads: {
    hashtags: {
      max: 1,
      source: 'https://www.ayrshare.com/apis/post/social-networks/threads',
      asOf: '2025-12',
    },
    links: {
      max: 5,
      source: 'https://developers.facebook.com/documentation/threads/posts',
      asOf: '2025-12-22',
    },
  },
  youtube: {
    // Above 15 is the older guidance; above 60 YouTube ignores every hashtag on the video.
    hashtags: {
      warn: 15,
      max: 60,
      source: 'https://support.google.com/youtube/answer/6390658',
      asOf: '2026-11',
    },
  },
  tiktok: {
    linksNotClickable: {
      source: 'https://napoleoncat.com/dictionary/tiktok-character-count',
      asOf: '2026-11',
    },
  },
};
