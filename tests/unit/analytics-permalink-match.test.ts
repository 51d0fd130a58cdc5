// Matching by the published post's link (utils/analytics/permalink-key.ts, calendar-match.ts): the forms each
// platform's links take in its exports, on its pages and when copied, and the match made on them first.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { matchPostsToCalendar } from '@/utils/analytics/calendar-match';
import { permalinkKey } from '@/utils/analytics/permalink-key';
import { analyticsRepository } from '@/utils/db/analytics';
import type { OwnPost } from '@/utils/db/analytics-records';
import { OnBrandDatabase } from '@/utils/db/database';
import type { CalendarEntry } from '@/utils/db/records';
import { X_IMPORT_SOURCE } from '../shared/x-import-source';
import { calendarEntry } from './calendar-entry';

const HOUR = 3_600_000;
const MONDAY = Date.UTC(2026, 2, 2, 9);

describe('the key of a post’s link', () => {
  const same: [string, string[]][] = [
    [
      'https://x.com/acmecoffee/status/1861000000000000001',
      [
        'https://twitter.com/acmecoffee/status/1861000000000000001',
        'https://twitter.com/acme/status/1861000000000000001?s=20&t=AbCdEf',
        'https://mobile.twitter.com/AcmeCoffee/status/1861000000000000001/',
        'https://x.com/i/web/status/1861000000000000001',
        'https://x.com/acmecoffee/status/1861000000000000001/photo/1',
      ],
    ],
    [
      'https://www.linkedin.com/feed/update/urn:li:activity:7172000000000000000/',
      [
        'https://www.linkedin.com/feed/update/urn:li:activity:7172000000000000000',
        'https://linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7172000000000000000?utm_source=share&utm_medium=member_desktop',
        'https://www.linkedin.com/posts/acme-coffee_spring-collection-activity-7172000000000000000-AbCd?utm_source=share',
      ],
    ],
    [
      'https://www.instagram.com/p/C4xYzAbCdEf/',
      [
        'https://instagram.com/p/C4xYzAbCdEf?igsh=MWQ1ZGUxMzBkMA==',
        'https://www.instagram.com/reel/C4xYzAbCdEf/',
        'https://www.instagram.com/acmecoffee/p/C4xYzAbCdEf/',
      ],
    ],
    [
      'https://www.tiktok.com/@acmecoffee/video/7340000000000000000',
      ['https://m.tiktok.com/@acme/video/7340000000000000000?is_from_webapp=1&sender_device=pc'],
    ],
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      [
        'https://youtu.be/dQw4w9WgXcQ?si=AbCdEf',
        'https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
        'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      ],
    ],
    [
      'https://www.threads.net/@acmecoffee/post/C4xYzAbCdEf',
      ['https://www.threads.com/@acmecoffee/post/C4xYzAbCdEf/'],
    ],
    [
      'https://www.pinterest.com/pin/1234567890123456/',
      ['https://de.pinterest.com/pin/1234567890123456/', 'https://www.pinterest.de/pin/1234567890123456'],
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=100064000000000',
      ['https://m.facebook.com/permalink.php?id=100064000000000&story_fbid=pfbid0abc&mibextid=Nif5oz'],
    ],
    [
      'https://bsky.app/profile/acmecoffee.bsky.social/post/3kabc2def3g2x',
      ['https://bsky.app/profile/acmecoffee.bsky.social/post/3kabc2def3g2x/#replies'],
    ],
    [
      'https://mastodon.social/@acmecoffee/112000000000000000',
      ['https://MASTODON.social/@acmecoffee/112000000000000000/'],
    ],
  ];
  it.each(same)('is one for every form of %s', (link, forms) => {
    for (const form of forms) expect(permalinkKey(form), form).toBe(permalinkKey(link));
  });

  it('tells different posts apart, whatever is dropped', () => {
    const different = [
      'https://x.com/acmecoffee/status/1861000000000000001',
      'https://x.com/acmecoffee/status/1861000000000000002',
      'https://www.linkedin.com/feed/update/urn:li:activity:7172000000000000000',
      'https://www.linkedin.com/feed/update/urn:li:share:7172000000000000000',
      'https://www.instagram.com/p/C4xYzAbCdEf/',
      'https://www.instagram.com/p/C4xYzAbCdEg/',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcR',
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=100064000000000',
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0abd&id=100064000000000',
      'https://mastodon.social/@acmecoffee/112000000000000000',
      'https://mastodon.social/@acmecoffee/112000000000000001',
    ];
    expect(new Set(different.map(permalinkKey)).size).toBe(different.length);
  });

  it('is none for what is not a web address', () => {
    expect(permalinkKey('javascript:alert(1)')).toBeUndefined();
    expect(permalinkKey('x.com/acme/status/1')).toBeUndefined();
  });
});

function entry(id: string, at: number, more: Partial<CalendarEntry> = {}): CalendarEntry {
  const text = 'Spring collection is here, made to last.';
  return calendarEntry({ id, at, status: 'published', drafts: { x: text, linkedin: text }, ...more });
}

function post(
  id: string,
  platform: OwnPost['platform'],
  permalink: string,
  text: string,
  publishedAt = MONDAY,
) {
  return {
    id: `${platform}:${id}`,
    platform,
    postId: id,
    permalink,
    text,
    publishedAt,
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('matching a post to the entry marked published with its link', () => {
  const SAME_TEXT = 'Spring collection is here, made to last.';

  it('takes the link first: the entry given the link gets its post, not the nearer one with the same text', () => {
    // A weekly series: both entries have the same text; the post went out 30 h after "week 2" was planned, so
    // by time it would be week 2's, but week 1 was marked published with its link.
    const week1 = entry('week-1', MONDAY - 10 * HOUR, {
      publishedLinks: { x: 'https://x.com/acmecoffee/status/1861000000000000001' },
    });
    const week2 = entry('week-2', MONDAY - 2 * HOUR);
    const exported = post(
      '1861000000000000001',
      'x',
      'https://twitter.com/acmecoffee/status/1861000000000000001',
      SAME_TEXT,
    );
    expect(matchPostsToCalendar([exported], [week2, week1])).toEqual([
      { postId: 'x:1861000000000000001', calendarEntryId: 'week-1', matchedBy: 'permalink' },
    ]);
  });

  it('matches by link whatever the time or text, and per platform', () => {
    const launch = entry('launch', MONDAY - 20 * 24 * HOUR, {
      publishedLinks: {
        linkedin: 'https://www.linkedin.com/posts/acme-coffee_spring-activity-7172000000000000000-AbCd',
      },
    });
    const onLinkedIn = post(
      '7172000000000000000',
      'linkedin',
      'https://www.linkedin.com/feed/update/urn:li:activity:7172000000000000000/',
      'Spring is here',
    );
    // The same id on another platform is another post.
    const onX = post('9', 'x', 'https://x.com/acme/status/9', 'Something else entirely, about autumn.');
    expect(matchPostsToCalendar([onLinkedIn, onX], [launch])).toEqual([
      { postId: 'linkedin:7172000000000000000', calendarEntryId: 'launch', matchedBy: 'permalink' },
    ]);
  });

  it('keeps an entry given a link on a platform from a text look-alike there, and matches the rest by text', () => {
    const given = entry('given', MONDAY, { publishedLinks: { x: 'https://x.com/acme/status/1' } });
    const lookAlike = post('2', 'x', 'https://x.com/acme/status/2', SAME_TEXT, MONDAY + HOUR);
    const onLinkedIn = post(
      '3',
      'linkedin',
      'https://www.linkedin.com/feed/update/urn:li:activity:3',
      SAME_TEXT,
    );
    expect(matchPostsToCalendar([lookAlike, onLinkedIn], [given])).toEqual([
      { postId: 'linkedin:3', calendarEntryId: 'given', matchedBy: 'time-and-text' },
    ]);
  });

  it('leaves a post already linked as it is', () => {
    const given = entry('given', MONDAY, { publishedLinks: { x: 'https://x.com/acme/status/1' } });
    const linked = { ...post('1', 'x', 'https://x.com/acme/status/1', SAME_TEXT), calendarEntryId: 'other' };
    expect(matchPostsToCalendar([linked], [given])).toEqual([]);
  });
});

describe('an import stored beside an entry marked published with its post’s link', () => {
  it('links the post to that entry, matched by its permalink', async () => {
    await Dexie.delete('permalink-match-test');
    const db = new OnBrandDatabase('permalink-match-test');
    await db.calendarEntries.bulkPut([
      entry('week-1', MONDAY - 10 * HOUR, {
        publishedLinks: { x: 'https://x.com/acmecoffee/status/1861000000000000001' },
      }),
      entry('week-2', MONDAY - 2 * HOUR),
    ]);
    const exported = post(
      '1861000000000000001',
      'x',
      'https://twitter.com/acmecoffee/status/1861000000000000001',
      'Spring collection is here, made to last.',
    );
    const outcome = await analyticsRepository(db).importExport(
      {
        posts: [exported],
        snapshots: [
          { id: `${exported.id}@${MONDAY}`, postId: exported.id, readAt: MONDAY, sourceId: 's', likes: 3 },
        ],
        source: X_IMPORT_SOURCE,
      },
      MONDAY,
    );
    expect(outcome.matched).toBe(1);
    expect(await analyticsRepository(db).posts.get(exported.id)).toMatchObject({
      calendarEntryId: 'week-1',
      matchedBy: 'permalink',
    });
    db.close();
  });
});
