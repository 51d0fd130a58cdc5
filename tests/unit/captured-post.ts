import type { CapturedPost } from '@/utils/db/records';

/** A post as a content script would capture it from an X feed; tests override what they are about. */
export const capturedPost = (overrides: Partial<CapturedPost> = {}): CapturedPost => ({
  platform: 'x',
  postId: '1',
  permalink: 'https://x.com/acme/status/1',
  author: { name: 'Acme', handle: '@acme' },
  text: 'Launch day 🚀 #acme',
  publishedAt: 1_700_000_000_000,
  metrics: { readAt: 10, likes: 5, replies: 1 },
  media: { kind: 'image', count: 1 },
  hashtags: ['#acme'],
  mentions: [],
  isAd: false,
  isRepost: false,
  missing: ['reposts', 'views'],
  source: 'feed',
  ...overrides,
});
