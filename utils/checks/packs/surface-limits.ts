import type { PlatformId } from '../types';

/**
 * Limits of a platform's other fields (a title, a comment), counted the platform's way, where they differ
 * from the post limit in platform-limits.ts. Data with source, date checked and confidence; docs/platform-limits.md
 * says where each number comes from. Site adapters give their surfaces these limits.
 */
export interface SurfaceLimit {
  limit: number;
  source: string;
  asOf: string;
  confidence: 'high' | 'medium' | 'low';
}

export const SURFACE_LIMITS = {
  linkedin: {
    comment: {
      limit: 1250,
      source: 'https://developers.buffer.com/guides/character-limits.md',
      asOf: '2026-12-02',
      confidence: 'medium',
    },
  },
  pinterest: {
    title: {
      limit: 100,
      source: 'https://developers.buffer.com/guides/character-limits.md',
      asOf: '2026-12-02',
      confidence: 'high',
    },
  },
  reddit: {
    title: { limit: 300, source: 'https://postly.ai/reddit/guides/1', asOf: '2026-11', confidence: 'medium' },
  },
  youtube: {
    title: {
      limit: 100,
      source: 'https://developers.buffer.com/guides/character-limits.md',
      asOf: '2026-12-02',
      confidence: 'high',
    },
    comment: {
      limit: 10000,
      source: 'https://lettercounter.org/blog/youtube-character-limit-guide',
      asOf: '2026-11',
      confidence: 'low',
    },
  },
} as const satisfies Partial<Record<PlatformId, Record<string, SurfaceLimit>>>;
