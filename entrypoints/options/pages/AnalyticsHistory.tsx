import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext } from 'react';
import { type EntryResult, entryResults } from '@/utils/analytics/entry-results';
import { groupByPlatform, latestNumbers, type PostNumbers, type RateBasis } from '@/utils/analytics/kpis';
import type { PlatformId } from '@/utils/checks/types';
import { analyticsRepository } from '@/utils/db/analytics';
import { getDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';

const db = getDatabase();
const analytics = analyticsRepository(db);
const settings = settingsRepository(db);

/** What the calendar knows of the brand's published posts: their newest numbers and the dashboard's bases. */
export interface AnalyticsHistory {
  groups: ReadonlyMap<PlatformId, PostNumbers[]>;
  basis: Partial<Record<PlatformId, RateBasis>>;
  followers: Partial<Record<PlatformId, number>>;
  /** Matched entries' results, by entry id. */
  results: ReadonlyMap<string, EntryResult[]>;
}

const AnalyticsHistoryContext = createContext<AnalyticsHistory | undefined>(undefined);

/**
 * One read of the analytics tables for the whole calendar page (chips, the entry editor's results and best
 * times), in a query of its own: editing entries does not re-read the snapshots, an import shows at once,
 * and opening the editor costs no read.
 */
export function AnalyticsHistoryProvider({ children }: { children: ReactNode }) {
  const history = useLiveQuery(async (): Promise<AnalyticsHistory> => {
    const [posts, snapshots, basis, followers] = await Promise.all([
      analytics.posts.list(),
      analytics.allSnapshots(),
      settings.read('analyticsRateBasis'),
      settings.read('analyticsFollowers'),
    ]);
    const rows = latestNumbers(posts, snapshots);
    return {
      groups: groupByPlatform(rows),
      basis,
      followers,
      results: entryResults(rows, { basis, followers }),
    };
  });
  return <AnalyticsHistoryContext.Provider value={history}>{children}</AnalyticsHistoryContext.Provider>;
}

/** The history, or undefined while it is read (or outside the calendar page). */
export function useAnalyticsHistory(): AnalyticsHistory | undefined {
  return useContext(AnalyticsHistoryContext);
}
