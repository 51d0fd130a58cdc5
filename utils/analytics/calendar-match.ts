import type { OwnPost } from '../db/analytics-records';
import type { CalendarEntry } from '../db/records';
import { permalinkKey } from './permalink-key';

/**
 * Which calendar entry each imported post was planned as, so the numbers know their campaign and the
 * calendar its results. No export carries OnBrand's entry id. A post whose link is the one the entry was
 * marked published with on that platform (`publishedLinks`, compared as `permalinkKey`s) is that entry's,
 * first and whatever its time or text. Any other post matches an entry by platform, time and text:
 * - the entry plans that platform and is past the idea stage;
 * - the post went out between 12 hours before and 48 hours after the entry's time (the time "Mark published"
 *   recorded, else the planned time): posts go out late more often than early;
 * - the post's words and the entry's draft for that platform (else its other drafts, for a cross-posted
 *   text) share at least 60 % of the shorter one's distinct words. Shorter, because exports cut texts
 *   (LinkedIn's "Post title" is the first line) and publishing adds tags and links to a draft.
 * Each entry is one post per platform: the best-scoring pairs are taken first. A post already linked
 * (by the user, or earlier) keeps its link.
 */

export const EARLIEST_BEFORE_MS = 12 * 3_600_000;
export const LATEST_AFTER_MS = 48 * 3_600_000;
export const MIN_SHARED_WORDS = 0.6;
/** Below this many distinct words on either side, only the same words in full count as a match. */
const FEW_WORDS = 3;

const LINK = /\bhttps?:\/\/\S+/giu;
const WORD = /[\p{L}\p{N}]{2,}/gu;

function wordsOf(text: string): Set<string> {
  return new Set(text.replace(LINK, ' ').toLocaleLowerCase().match(WORD) ?? []);
}

/** The share of the smaller word set found in the other (0 when either is empty). */
export function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  if (small.size < FEW_WORDS && shared < large.size) return 0;
  return shared / small.size;
}

export interface CalendarMatch {
  postId: string;
  calendarEntryId: string;
  matchedBy: 'permalink' | 'time-and-text';
}

function draftFor(entry: CalendarEntry, platform: OwnPost['platform']): string {
  const own = entry.drafts[platform];
  if (own?.trim()) return own;
  return Object.values(entry.drafts).find((text) => text?.trim()) ?? '';
}

/** The links to make: posts without a calendar entry, each to the entry it was most likely planned as. */
export function matchPostsToCalendar(
  posts: readonly OwnPost[],
  entries: readonly CalendarEntry[],
): CalendarMatch[] {
  const candidates: { postId: string; entryId: string; platform: string; score: number }[] = [];
  const taken = new Set<string>();
  for (const post of posts) {
    if (post.calendarEntryId !== undefined) taken.add(`${post.calendarEntryId}|${post.platform}`);
  }
  const links: CalendarMatch[] = [];
  const matched = new Set<string>();
  // First the links the user gave: `platform|key` to the entry marked published with it.
  const byLink = new Map<string, string>();
  for (const entry of entries)
    for (const [platform, link] of Object.entries(entry.publishedLinks ?? {})) {
      const key = link === undefined ? undefined : permalinkKey(link);
      if (key !== undefined) byLink.set(`${platform}|${key}`, entry.id);
    }
  for (const post of posts) {
    if (post.calendarEntryId !== undefined || post.permalink === undefined || byLink.size === 0) continue;
    const key = permalinkKey(post.permalink);
    const entryId = key === undefined ? undefined : byLink.get(`${post.platform}|${key}`);
    const slot = `${entryId}|${post.platform}`;
    if (entryId === undefined || taken.has(slot)) continue;
    matched.add(post.id);
    taken.add(slot);
    links.push({ postId: post.id, calendarEntryId: entryId, matchedBy: 'permalink' });
  }
  // Entries by time, so each post looks only at those inside its window (a year's export against a year's
  // calendar would otherwise be posts × entries comparisons).
  const timed = entries
    .filter((entry) => entry.status !== 'idea')
    .map((entry) => ({ entry, planned: entry.publishedAt ?? entry.at }))
    .sort((a, b) => a.planned - b.planned);
  const entryWords = new Map<string, Set<string>>();
  for (const post of posts) {
    if (post.calendarEntryId !== undefined || post.publishedAt === undefined || matched.has(post.id))
      continue;
    const postWords = wordsOf(post.text);
    const earliest = post.publishedAt - LATEST_AFTER_MS;
    let low = 0;
    for (let high = timed.length; low < high; ) {
      const middle = (low + high) >>> 1;
      if ((timed[middle] as (typeof timed)[number]).planned < earliest) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < timed.length; at++) {
      const { entry, planned } = timed[at] as (typeof timed)[number];
      const late = post.publishedAt - planned;
      if (late < -EARLIEST_BEFORE_MS) break;
      // An entry given its post's link on this platform is that post's alone, never a text look-alike's.
      if (!entry.platforms.includes(post.platform) || entry.publishedLinks?.[post.platform]) continue;
      const key = `${entry.id}|${post.platform}`;
      let words = entryWords.get(key);
      if (!words) {
        words = wordsOf(draftFor(entry, post.platform));
        entryWords.set(key, words);
      }
      const shared = sharedWords(postWords, words);
      if (shared < MIN_SHARED_WORDS) continue;
      // Nearer in time wins between equally similar entries (a weekly series with the same text).
      const score = shared - Math.abs(late) / LATEST_AFTER_MS / 10;
      candidates.push({ postId: post.id, entryId: entry.id, platform: post.platform, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.postId.localeCompare(b.postId));
  for (const { postId, entryId, platform } of candidates) {
    const slot = `${entryId}|${platform}`;
    if (matched.has(postId) || taken.has(slot)) continue;
    matched.add(postId);
    taken.add(slot);
    links.push({ postId, calendarEntryId: entryId, matchedBy: 'time-and-text' });
  }
  return links;
}
