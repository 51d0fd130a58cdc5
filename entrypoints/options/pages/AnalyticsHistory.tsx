import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext } from 'react';
import { type EntryResult, entryResults } from '@/utils/analytics/entry-results';
import { defaultBasis, groupByPlatform, type PostNumbers, type RateBasis } from '@/utils/analytics/kpis';
import type { PlatformId } from '@/utils/checks/types';
import { analyticsRepository } from '@/utils/db/analytics';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';

const db = getDatabase();
const analytics = analyticsRepository(db);
const settings = settingsRepository(db);

/** Matched entries' results, by entry id: what the calendar's chips and the entry's dialog show. */
const EntryResultsContext = createContext<ReadonlyMap<string, EntryResult[]> | undefined>(undefined);

/**
 * The results of the entries the calendar shows (and the one open in the editor), in a query of its own:
 * only the posts matched to those entries and the newest snapshot sets that hold their numbers are read,
 * not the whole history (docs/analytics.md, "Results in the calendar"); editing an entry's text re-reads
 * nothing, an import shows at once. `entryIds` is sorted, so the same entries are the same query.
 */
export function AnalyticsHistoryProvider({
  entryIds,
  children,
}: {
  entryIds: readonly string[];
  children: ReactNode;
}) {
  const key = entryIds.join('\n');
  const results = useLiveQuery(async () => {
    const [matched, basis, followers] = await Promise.all([
      analytics.postsOfEntries(new Set(entryIds)),
      settings.read('analyticsRateBasis'),
      settings.read('analyticsFollowers'),
    ]);
    return entryResults(await analytics.latestNumbersOf(matched), { basis, followers });
  }, [key]);
  return <EntryResultsContext.Provider value={results}>{children}</EntryResultsContext.Provider>;
}

/** The entries' results, or undefined while they are read (or outside the calendar page). */
export function useEntryResultsMap(): ReadonlyMap<string, EntryResult[]> | undefined {
  return useContext(EntryResultsContext);
}

/** One platform's history for the best times: each of its posts with its newest numbers. */
export interface PlatformHistory {
  rows: PostNumbers[];
  basis: RateBasis;
  followers?: number;
}

/**
 * The history of the platforms an entry plans, read when the editor offers best times for them: their posts
 * (by id prefix) and the newest sets until each has its numbers. Undefined while read.
 */
export function usePlatformHistory(
  platforms: readonly PlatformId[],
): ReadonlyMap<PlatformId, PlatformHistory> | undefined {
  const key = platforms.join(',');
  return useLiveQuery(async () => {
    const [basis, followers] = await Promise.all([
      settings.read('analyticsRateBasis'),
      settings.read('analyticsFollowers'),
    ]);
    // One pass over the sets for every platform: a cross-posted entry's platforms share their imports.
    const posts = (await Promise.all(platforms.map((platform) => analytics.postsOn(platform)))).flat();
    const groups = groupByPlatform(await analytics.latestNumbersOf(posts));
    const histories = new Map<PlatformId, PlatformHistory>();
    for (const platform of platforms) {
      const rows = groups.get(platform) ?? [];
      const count = followers[platform];
      histories.set(platform, {
        rows,
        basis: basis[platform] ?? defaultBasis(rows),
        ...(count ? { followers: count } : {}),
      });
    }
    return histories;
  }, [key]);
}
