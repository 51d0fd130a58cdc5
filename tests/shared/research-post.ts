import type { MetricsSnapshot, ResearchPost } from '@/utils/db/records';

/** A saved research post of another account as the library stores it, with its numbers oldest first. */
export function researchPost(
  id: string,
  handle: string,
  metrics: MetricsSnapshot[],
  more: Partial<ResearchPost> = {},
): ResearchPost {
  return {
    id,
    platform: 'x',
    author: { handle },
    text: `A post by ${handle}`,
    metrics,
    media: { kind: 'none', count: 0 },
    hashtags: [],
    mentions: [],
    isAd: false,
    isRepost: false,
    missing: [],
    source: 'feed',
    tags: [],
    collections: [],
    savedAt: metrics.at(-1)?.readAt ?? 0,
    ...more,
  };
}
