import type { Brand, ResearchPost, SavedReply } from '@/utils/db/records';
import { researchPost } from './research-post';

/**
 * A brand, a saved reply and a research post with every field their record schemas have, optional ones
 * included, so a round trip through a team document covers every field.
 */
export const FULL_BRAND: Brand = {
  id: 'brand-acme',
  name: 'Acme',
  guidelines: {
    name: 'Acme voice',
    version: 3,
    rules: [
      { id: 'tags', kind: 'occurrence', message: '%s hashtags.', severity: 'info', token: '#\\w+', max: 1 },
    ],
    marks: [],
  },
  disabledRules: ['tags'],
  jurisdictions: ['DE'],
  defaultRelationship: 'none',
  disclosureWording: { de: 'Anzeige', en: '#ad' },
  accounts: [{ platform: 'x', handle: 'acme' }],
  sites: ['linkedin'],
  isDefault: true,
  subscription: { url: 'https://packs.example/acme.json', etag: '"v3"', packVersion: 3, checkedAt: 5 },
  privacy: { supportContacts: ['help@acme.example'], orderPatterns: ['AC-\\d{6}'], dmReplyId: 'reply-dm' },
  utm: { enabled: true, campaign: 'always-on', domains: ['acme.example'] },
  contentMix: { promotionalPercent: 20, pillars: [{ name: 'Behind the scenes', promotional: false }] },
  watchTerms: ['recall'],
  createdAt: 1_770_000_000_000,
  updatedAt: 1_770_000_000_123,
};

export const FULL_REPLY: SavedReply = {
  id: 'reply-thanks',
  title: 'Thanks',
  body: 'Thank you, {name}! 🌱',
  shortcut: 'thanks',
  tags: ['support'],
  platforms: ['x', 'mastodon'],
  variants: { x: 'Thanks! 🌱' },
  usageCount: 7,
  lastUsedAt: 1_770_000_000_500,
  createdAt: 1_770_000_000_000,
  updatedAt: 1_770_000_000_123,
};

export const FULL_RESEARCH: ResearchPost = researchPost({
  id: 'post-1',
  postId: '1801',
  permalink: 'https://x.com/acme/status/1801',
  author: { name: 'Acme', handle: 'acme' },
  text: 'A launch that worked. #ad',
  metrics: [
    { readAt: 1, replies: 2, reposts: 3, likes: 4, views: 50 },
    { readAt: 2, replies: 3, reposts: 3, likes: 9, views: 80 },
  ],
  media: { kind: 'image', count: 2 },
  hashtags: ['#ad'],
  mentions: ['@partner'],
  isAd: true,
  isRepost: true,
  repostedBy: 'fan',
  missing: ['publishedAt'],
  tags: ['launch'],
  collections: ['best of 2026'],
  notes: 'Why it worked: the first line.',
  shared: true,
});
