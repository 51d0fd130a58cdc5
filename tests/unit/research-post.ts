import type { ResearchPost } from '@/utils/db/records';

let next = 0;

/** A saved research post as the library stores it: an X post by @acme unless the test says otherwise. */
export const researchPost = (overrides: Partial<ResearchPost>): ResearchPost => ({
  id: `p${++next}`,
  platform: 'x',
  permalink: `https://x.com/a/status/${next}`,
  author: { name: 'Acme', handle: '@acme' },
  text: '',
  publishedAt: Date.UTC(2026, 0, 1),
  metrics: [{ readAt: 1, likes: 0 }],
  media: { kind: 'none', count: 0 },
  hashtags: [],
  mentions: [],
  tags: [],
  collections: [],
  isAd: false,
  isRepost: false,
  missing: [],
  source: 'feed',
  savedAt: Date.UTC(2026, 0, 2),
  ...overrides,
});
