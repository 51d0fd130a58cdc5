import type { PlatformId } from '../types';

/**
 * How many characters a platform accepts and how it counts them. Kept as data with its source and the date it
 * was checked, because platforms change these numbers; docs/platform-limits.md gives each one its source.
 */
export interface PlatformLimit {
  /** What users call the platform, for messages. */
  name: string;
  limit: number;
  counting: 'x-weighted' | 'threads' | 'bluesky' | 'utf16' | 'mastodon';
  source: string;
  asOf: string;
}

export const PLATFORM_LIMITS: Record<PlatformId, PlatformLimit> = {
  x: {
    name: 'X',
    limit: 280,
    counting: 'x-weighted',
    source: 'https://github.com/twitter/twitter-text/tree/master/config',
    asOf: '2026-11',
  },
  linkedin: {
    name: 'LinkedIn',
    limit: 3000,
    counting: 'utf16',
    source: 'https://github.com/gitroomhq/postiz-app/issues/483',
    asOf: '2026-11',
  },
  facebook: {
    name: 'Facebook',
    limit: 63206,
    counting: 'utf16',
    source: 'https://docs.upload-post.com/resources/character-limits',
    asOf: '2026-11',
  },
  instagram: {
    name: 'Instagram',
    limit: 2200,
    counting: 'utf16',
    source:
      'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
    asOf: '2026-11',
  },
  threads: {
    name: 'Threads',
    limit: 500,
    counting: 'threads',
    source: 'https://developers.facebook.com/documentation/threads/posts',
    asOf: '2026-11',
  },
  tiktok: {
    name: 'TikTok',
    limit: 2200,
    counting: 'utf16',
    source: 'https://napoleoncat.com/dictionary/tiktok-character-count',
    asOf: '2026-11',
  },
  youtube: {
    name: 'YouTube',
    limit: 5000,
    counting: 'utf16',
    source: 'https://lettercounter.org/blog/youtube-character-limit-guide',
    asOf: '2026-11',
  },
  pinterest: {
    name: 'Pinterest',
    limit: 500,
    counting: 'utf16',
    source: 'https://bulkpublish.com/blog/pinterest-character-limit/',
    asOf: '2026-11',
  },
  reddit: {
    name: 'Reddit',
    limit: 40000,
    counting: 'utf16',
    source: 'https://postly.ai/reddit/guides/1',
    asOf: '2026-11',
  },
  bluesky: {
    name: 'Bluesky',
    limit: 300,
    counting: 'bluesky',
    source: 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json',
    asOf: '2026-11',
  },
  mastodon: {
    name: 'Mastodon',
    limit: 500,
    counting: 'mastodon',
    source: 'https://docs.joinmastodon.org/entities/Instance/#max_characters',
    asOf: '2026-11',
  },
};
