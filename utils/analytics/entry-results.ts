import type { PlatformId } from '../checks/types';
import { postRate } from './best-times';
import { defaultBasis, engagementsOf, groupByPlatform, type PostNumbers, type RateBasis } from './kpis';

/**
 * What the calendar shows of a published entry: the newest numbers of the posts matched to it
 * (calendar-match.ts), one per platform, with the engagement rate by the basis the dashboard uses there.
 */

export interface EntryResult {
  platform: PlatformId;
  /** When the numbers were read (the export's date). */
  readAt: number;
  permalink?: string;
  likes?: number;
  comments?: number;
  shares?: number;
  engagements?: number;
  /** Engagements ÷ the basis; undefined when the post's numbers lack it. */
  rate?: number;
  basis: RateBasis;
}

export interface RateSettings {
  basis: Partial<Record<PlatformId, RateBasis>>;
  followers: Partial<Record<PlatformId, number>>;
}

/** The results of every matched entry, by entry id, in platform id order. */
export function entryResults(
  rows: readonly PostNumbers[],
  settings: RateSettings,
): Map<string, EntryResult[]> {
  const results = new Map<string, EntryResult[]>();
  for (const [platform, platformRows] of groupByPlatform(rows)) {
    // The basis is the platform's, as on the dashboard: what its export gives unless the user picked another.
    const basis = settings.basis[platform] ?? defaultBasis(platformRows);
    for (const { post, latest } of platformRows) {
      if (post.calendarEntryId === undefined) continue;
      const rate = postRate(latest, basis, settings.followers[platform]);
      const engagements = engagementsOf(latest);
      const result: EntryResult = {
        platform,
        readAt: latest.readAt,
        basis,
        ...(post.permalink !== undefined ? { permalink: post.permalink } : {}),
        ...(latest.likes !== undefined ? { likes: latest.likes } : {}),
        ...(latest.comments !== undefined ? { comments: latest.comments } : {}),
        ...(latest.shares !== undefined ? { shares: latest.shares } : {}),
        ...(engagements !== undefined ? { engagements } : {}),
        ...(rate !== undefined ? { rate } : {}),
      };
      results.set(post.calendarEntryId, [...(results.get(post.calendarEntryId) ?? []), result]);
    }
  }
  for (const list of results.values()) list.sort((a, b) => a.platform.localeCompare(b.platform));
  return results;
}
