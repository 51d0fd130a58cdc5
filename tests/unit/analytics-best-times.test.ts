import { describe, expect, it } from 'vitest';
import { bestTimes, nextSlotTime, slotSentence } from '@/utils/analytics/best-times';
import type { PostNumbers } from '@/utils/analytics/kpis';
import { setTestUiLanguage } from '../setup/i18n';

/** A post published at `at` whose newest snapshot has these engagements and impressions. */
function posted(at: string, engagements: number, impressions?: number): PostNumbers {
  const id = `x:${at}:${engagements}`;
  return {
    post: { id, platform: 'x', text: '', publishedAt: Date.parse(at), createdAt: 0, updatedAt: 0 },
    latest: { id: `${id}@1`, postId: id, readAt: 1, engagements, ...(impressions ? { impressions } : {}) },
  };
}

const BERLIN = 'Europe/Berlin';

// Winter in Berlin is UTC+1: 17:00 UTC is 18:00 there. 6 January 2026 was a Tuesday.
const TUESDAY_EVENINGS = [
  posted('2026-01-06T17:10:00Z', 20, 1000), // 2 %
  posted('2026-01-13T17:40:00Z', 50, 1000), // 5 %
  posted('2026-01-20T17:00:00Z', 41, 1000), // 4.1 %
];
const THURSDAY_MORNINGS = [
  posted('2026-01-08T08:00:00Z', 100, 1000), // 10 %
  posted('2026-01-15T08:00:00Z', 10, 1000), // 1 %
  posted('2026-01-22T08:00:00Z', 30, 1000), // 3 %
  posted('2026-01-29T08:00:00Z', 20, 1000), // 2 %
];
// Two posts of 50 %: the best rate, but too few to say anything.
const FRIDAY_NOONS = [posted('2026-01-09T11:00:00Z', 500, 1000), posted('2026-01-16T11:00:00Z', 500, 1000)];

describe('best times to post, from the brand’s own posts', () => {
  it('ranks the slots with enough posts by their median rate, computed by hand', () => {
    const times = bestTimes([...FRIDAY_NOONS, ...THURSDAY_MORNINGS, ...TUESDAY_EVENINGS], BERLIN, {
      basis: 'impressions',
    });
    expect(times.ratedPosts).toBe(9);
    // Tuesday 18:00: median of 2 %, 4.1 %, 5 %; Thursday 09:00: (2 % + 3 %) / 2 of four posts.
    expect(times.slots).toEqual([
      { weekday: 1, hour: 18, posts: 3, medianRate: 0.041 },
      { weekday: 3, hour: 9, posts: 4, medianRate: 0.025 },
    ]);
    expect(times.slots.map(slotSentence)).toEqual([
      'Tue 18:00: median engagement rate 4.1 % over 3 posts',
      'Thu 09:00: median engagement rate 2.5 % over 4 posts',
    ]);
  });

  it('says the basis in German', () => {
    setTestUiLanguage('de');
    try {
      const [slot] = bestTimes(TUESDAY_EVENINGS, BERLIN, { basis: 'impressions' }).slots;
      // ICU versions write the short weekday "Di" or "Di.".
      expect(slot && slotSentence(slot)).toMatch(
        /^Di\.? 18:00: Median der Engagement-Rate 4,1 % über 3 Beiträge$/,
      );
    } finally {
      setTestUiLanguage('en');
    }
  });

  it('breaks a tie on the median by the number of posts, then by the earlier slot in the week', () => {
    const monday = ['2026-01-05', '2026-01-12', '2026-01-19'].map((day) =>
      posted(`${day}T09:00:00Z`, 30, 1000),
    );
    const sunday = ['2026-01-04', '2026-01-11', '2026-01-18'].map((day) =>
      posted(`${day}T09:00:00Z`, 30, 1000),
    );
    const wednesday = ['2026-01-07', '2026-01-14', '2026-01-21', '2026-01-28'].map((day) =>
      posted(`${day}T09:00:00Z`, 30, 1000),
    );
    const { slots } = bestTimes([...sunday, ...monday, ...wednesday], 'UTC', { basis: 'impressions' });
    expect(slots.map(({ weekday, posts }) => [weekday, posts])).toEqual([
      [2, 4],
      [0, 3],
      [6, 3],
    ]);
  });

  it('offers nothing when no slot has enough posts, and leaves out posts without the rate’s basis', () => {
    const thin = [
      ...FRIDAY_NOONS,
      posted('2026-01-06T17:00:00Z', 20, 1000),
      posted('2026-01-13T17:00:00Z', 9),
    ];
    expect(bestTimes(thin, BERLIN, { basis: 'impressions' })).toEqual({ slots: [], ratedPosts: 3 });
    // By followers, the rate needs the follower count.
    expect(bestTimes(TUESDAY_EVENINGS, BERLIN, { basis: 'followers' })).toEqual({ slots: [], ratedPosts: 0 });
    expect(bestTimes(TUESDAY_EVENINGS, BERLIN, { basis: 'followers', followers: 2000 }).slots).toEqual([
      { weekday: 1, hour: 18, posts: 3, medianRate: 41 / 2000 },
    ]);
  });

  it('counts hours in the user’s zone across a DST change: 18:00 in Berlin is 17:00 UTC in winter, 16:00 in summer', () => {
    const acrossDst = [
      posted('2026-03-17T17:00:00Z', 30, 1000), // CET
      posted('2026-03-24T17:00:00Z', 40, 1000), // CET (Berlin changes on 29 March)
      posted('2026-03-31T16:00:00Z', 50, 1000), // CEST
    ];
    expect(bestTimes(acrossDst, BERLIN, { basis: 'impressions' }).slots).toEqual([
      { weekday: 1, hour: 18, posts: 3, medianRate: 0.04 },
    ]);
    // In UTC the same posts are two slots, neither with enough posts.
    expect(bestTimes(acrossDst, 'UTC', { basis: 'impressions' }).slots).toEqual([]);
  });
});

describe('the next time a slot comes round', () => {
  // Monday 23 March 2026, 10:00 in Berlin (CET).
  const mondayMorning = Date.parse('2026-03-23T09:00:00Z');

  it('is later this week, later today, or next week when today’s has gone by', () => {
    expect(nextSlotTime({ weekday: 1, hour: 18 }, mondayMorning, BERLIN)).toEqual({
      day: '2026-03-24',
      time: '18:00',
    });
    expect(nextSlotTime({ weekday: 0, hour: 11 }, mondayMorning, BERLIN)).toEqual({
      day: '2026-03-23',
      time: '11:00',
    });
    expect(nextSlotTime({ weekday: 0, hour: 10 }, mondayMorning, BERLIN)).toEqual({
      day: '2026-03-30',
      time: '10:00',
    });
  });

  it('takes the weekday in the user’s zone, not UTC’s', () => {
    // 02:00 UTC on Tuesday is still Monday 22:00 in New York (EDT since 8 March).
    expect(
      nextSlotTime({ weekday: 0, hour: 23 }, Date.parse('2026-03-24T02:00:00Z'), 'America/New_York'),
    ).toEqual({ day: '2026-03-23', time: '23:00' });
  });

  it('lands on the spring-forward day with the hour the slot names', () => {
    // Saturday 28 March, noon in Berlin; 02:00 on Sunday 29 March does not exist there.
    expect(nextSlotTime({ weekday: 6, hour: 2 }, Date.parse('2026-03-28T11:00:00Z'), BERLIN)).toEqual({
      day: '2026-03-29',
      time: '02:00',
    });
  });
});
