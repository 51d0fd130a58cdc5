import { addDays, startOfDay } from '../calendar/time';
import type { PlatformId } from '../checks/types';
import type { CalendarEntry } from '../db/records';
import { dashboardView, engagementsOf, type PostNumbers } from './kpis';

/**
 * The month a manager reports on: the posts published in it (by the dashboard's own filter, so the figures
 * are the dashboard's), its best posts, and the plan of that month against what went out.
 */

/** A month as `yyyy-mm`, as `<input type="month">` gives it. */
export type Month = string;

/** The posts a report lists as the month's best. */
export const TOP_POSTS = 5;

/** From the first instant of the month's first day to the first instant of the next month, in the zone. */
export function monthRange(month: Month, timeZone: string): { from: number; to: number } {
  const first = `${month}-01`;
  // The 28th plus four days is always in the next month.
  const nextFirst = `${addDays(`${month}-28`, 4).slice(0, 7)}-01`;
  return { from: startOfDay(first, timeZone), to: startOfDay(nextFirst, timeZone) };
}

export interface PlanLine {
  platform: PlatformId;
  /** Entries of the month that plan the platform and are past the idea stage. */
  planned: number;
  /** Of those, the ones marked published. */
  published: number;
  /** Posts on the platform in the month's exports. */
  posts: number;
  /** Of those, the ones matched to a calendar entry. */
  matched: number;
}

export interface MonthlyReport {
  rows: PostNumbers[];
  groups: Map<PlatformId, PostNumbers[]>;
  /** The month's posts by engagements, most first (the earlier one first between equals). */
  top: PostNumbers[];
  /** The calendar entries planned in the month (any status), for the content mix. */
  entries: CalendarEntry[];
  plan: PlanLine[];
}

export function monthlyReport(
  all: readonly PostNumbers[],
  calendar: readonly CalendarEntry[],
  month: Month,
  timeZone: string,
): MonthlyReport {
  const { from, to } = monthRange(month, timeZone);
  const { rows, groups } = dashboardView(all, { from, to }, timeZone);
  const top = [...rows]
    .sort(
      (a, b) =>
        (engagementsOf(b.latest) ?? 0) - (engagementsOf(a.latest) ?? 0) ||
        (a.post.publishedAt ?? 0) - (b.post.publishedAt ?? 0),
    )
    .slice(0, TOP_POSTS);
  const entries = calendar.filter((entry) => entry.at >= from && entry.at < to);
  const lines = new Map<PlatformId, PlanLine>();
  const line = (platform: PlatformId) => {
    let found = lines.get(platform);
    if (!found) {
      found = { platform, planned: 0, published: 0, posts: 0, matched: 0 };
      lines.set(platform, found);
    }
    return found;
  };
  for (const entry of entries) {
    if (entry.status === 'idea') continue;
    for (const platform of entry.platforms) {
      line(platform).planned++;
      if (entry.status === 'published') line(platform).published++;
    }
  }
  for (const { post } of rows) {
    line(post.platform).posts++;
    if (post.calendarEntryId !== undefined) line(post.platform).matched++;
  }
  const plan = [...lines.values()].sort((a, b) => a.platform.localeCompare(b.platform));
  return { rows, groups, top, entries, plan };
}
