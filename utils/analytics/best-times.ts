import { addDays, dayOf, resolveWallTime, type WallTime, weekdayOf } from '../calendar/time';
import type { PostSnapshot } from '../db/analytics-records';
import { pluralWith, uiLocale } from '../i18n';
import { weekdayNames } from '../i18n/weekdays';
import { engagementsOf, type PostNumbers, type RateBasis, weekdayHour } from './kpis';

/**
 * When the brand's own posts did best on a platform, to offer when scheduling: each post's engagement rate
 * (by the basis the dashboard uses for that platform) grouped by the weekday and hour it went out in the
 * user's zone. A slot is offered only when enough posts went out in it, and by its median: one viral post
 * must not make a slot look good, and an average would let it.
 */

/** Fewer posts than this in a slot say nothing about it (one good or bad day decides a median of two). */
export const MIN_POSTS_PER_SLOT = 3;
/** The scheduling form offers this many slots. */
export const BEST_SLOTS_OFFERED = 3;

export interface BestSlot {
  /** 0 = Monday, as `weekdayHour` counts. */
  weekday: number;
  hour: number;
  posts: number;
  /** The median of the slot's posts' engagement rates (0.041 = 4.1 %). */
  medianRate: number;
}

export interface BestTimes {
  /** The slots with enough posts, best first; empty when the history is too thin. */
  slots: BestSlot[];
  /** Posts with a rate (published time, engagements and the basis): what the slots were made from. */
  ratedPosts: number;
}

/** One post's engagement rate by a basis, or undefined when its snapshot lacks what that needs. */
export function postRate(latest: PostSnapshot, basis: RateBasis, followers?: number): number | undefined {
  const engagements = engagementsOf(latest);
  const under = basis === 'followers' ? followers : latest[basis];
  if (engagements === undefined || !under) return undefined;
  return engagements / under;
}

/** The middle value (the mean of the middle two); `values` is not empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The best slots of one platform's posts (the caller passes that platform's rows). Ties on the median go to
 * the slot with more posts (more evidence), then to the earlier one in the week, so the order is stable.
 */
export function bestTimes(
  rows: readonly PostNumbers[],
  timeZone: string,
  options: { basis: RateBasis; followers?: number; minPosts?: number; top?: number },
): BestTimes {
  const { basis, followers, minPosts = MIN_POSTS_PER_SLOT, top = BEST_SLOTS_OFFERED } = options;
  const rates = new Map<number, number[]>();
  let ratedPosts = 0;
  for (const { post, latest } of rows) {
    if (post.publishedAt === undefined) continue;
    const rate = postRate(latest, basis, followers);
    if (rate === undefined) continue;
    ratedPosts++;
    const [weekday, hour] = weekdayHour(post.publishedAt, timeZone);
    const key = weekday * 24 + hour;
    rates.set(key, [...(rates.get(key) ?? []), rate]);
  }
  const slots = [...rates.entries()]
    .filter(([, list]) => list.length >= minPosts)
    .map(([key, list]) => ({
      weekday: Math.floor(key / 24),
      hour: key % 24,
      posts: list.length,
      medianRate: median(list),
    }))
    .sort(
      (a, b) =>
        b.medianRate - a.medianRate ||
        b.posts - a.posts ||
        a.weekday * 24 + a.hour - (b.weekday * 24 + b.hour),
    )
    .slice(0, top);
  return { slots, ratedPosts };
}

/**
 * The next time a slot comes round after `now`, as the wall time the entry editor holds (day and `HH:00` in
 * the zone). On a spring-forward day the hour may not exist; the editor's save then says where it moved it.
 */
export function nextSlotTime(
  slot: Pick<BestSlot, 'weekday' | 'hour'>,
  now: number,
  timeZone: string,
): WallTime {
  const today = dayOf(now, timeZone);
  const time = `${String(slot.hour).padStart(2, '0')}:00`;
  // weekdayOf counts from Sunday, the slots from Monday.
  const day = addDays(today, (slot.weekday - ((weekdayOf(today) + 6) % 7) + 7) % 7);
  // Today's slot already gone by: the same weekday next week.
  return resolveWallTime({ day, time }, timeZone).at > now ? { day, time } : { day: addDays(day, 7), time };
}

/** "Tue 18:00" in the UI language. */
export function slotName(slot: Pick<BestSlot, 'weekday' | 'hour'>): string {
  return `${weekdayNames('short')[slot.weekday]} ${String(slot.hour).padStart(2, '0')}:00`;
}

/** A rate as the calendar writes it, one decimal: 0.041 → "4.1 %" ("4,1 %" in German). */
export function ratePercent(rate: number): string {
  return `${(rate * 100).toLocaleString(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

/** The basis of a suggestion in words: "Tue 18:00: median engagement rate 4.1 % over 6 posts". */
export function slotSentence(slot: BestSlot): string {
  return pluralWith('bestTimeSlot', slot.posts, slotName(slot), ratePercent(slot.medianRate));
}
