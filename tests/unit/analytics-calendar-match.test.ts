import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { matchPostsToCalendar, sharedWords } from '@/utils/analytics/calendar-match';
import { dashboardView, latestNumbers } from '@/utils/analytics/kpis';
import { analyticsRepository } from '@/utils/db/analytics';
import type { OwnPost } from '@/utils/db/analytics-records';
import { OnBrandDatabase } from '@/utils/db/database';
import type { CalendarEntry } from '@/utils/db/records';
import { X_IMPORT_SOURCE } from '../shared/x-import-source';

const HOUR = 3_600_000;
const MONDAY = Date.UTC(2026, 2, 2, 9);
const SPRING =
  'Our spring collection is here: linen shirts and wool jackets, made to last for years. https://acme.example/spring #SpringDrop';

function entry(id: string, at: number, drafts: CalendarEntry['drafts'], more: Partial<CalendarEntry> = {}) {
  return {
    id,
    title: `Entry ${id}`,
    at,
    timeZone: 'Europe/Berlin',
    platforms: Object.keys(drafts) as CalendarEntry['platforms'],
    status: 'scheduled',
    drafts,
    relationship: 'none',
    createdAt: 1,
    updatedAt: 1,
    ...more,
  } as CalendarEntry;
}

function post(id: string, platform: OwnPost['platform'], publishedAt: number | undefined, text: string) {
  return {
    id: `${platform}:${id}`,
    platform,
    postId: id,
    text,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    createdAt: 1,
    updatedAt: 1,
  } as OwnPost;
}

const source = X_IMPORT_SOURCE;

const links = (posts: OwnPost[], entries: CalendarEntry[]) =>
  Object.fromEntries(matchPostsToCalendar(posts, entries).map((l) => [l.postId, l.calendarEntryId]));

describe('matching imported posts to the calendar entries they were planned as', () => {
  it('matches a post published two hours late with the draft’s text, link and tag as the site shows them', () => {
    const published =
      'Our spring collection is here: linen shirts and wool jackets, made to last for years. https://t.co/abc #SpringDrop';
    expect(
      links([post('1', 'x', MONDAY + 2 * HOUR, published)], [entry('e1', MONDAY, { x: SPRING })]),
    ).toEqual({
      'x:1': 'e1',
    });
  });

  it('matches LinkedIn’s export, whose title is only the first words of the post', () => {
    const title = 'Our spring collection is here: linen shirts and wool jackets';
    expect(
      links([post('2', 'linkedin', MONDAY, title)], [entry('e1', MONDAY, { linkedin: SPRING })]),
    ).toEqual({ 'linkedin:2': 'e1' });
  });

  it('uses another platform’s draft for a cross-posted text', () => {
    const planned = entry('e1', MONDAY, { x: SPRING }, { platforms: ['x', 'threads'] });
    expect(links([post('3', 'threads', MONDAY, SPRING)], [planned])).toEqual({ 'threads:3': 'e1' });
  });

  it('keeps to the window: 11 h early and 47 h late match, 13 h early and 49 h late do not', () => {
    const entries = [entry('e1', MONDAY, { x: SPRING })];
    expect(links([post('a', 'x', MONDAY - 11 * HOUR, SPRING)], entries)).toEqual({ 'x:a': 'e1' });
    expect(links([post('b', 'x', MONDAY + 47 * HOUR, SPRING)], entries)).toEqual({ 'x:b': 'e1' });
    expect(links([post('c', 'x', MONDAY - 13 * HOUR, SPRING)], entries)).toEqual({});
    expect(links([post('d', 'x', MONDAY + 49 * HOUR, SPRING)], entries)).toEqual({});
  });

  it('does not match another platform, an idea, a different text or a post without a date', () => {
    const entries = [entry('e1', MONDAY, { x: SPRING })];
    expect(links([post('1', 'linkedin', MONDAY, SPRING)], entries)).toEqual({});
    expect(
      links([post('1', 'x', MONDAY, SPRING)], [entry('e1', MONDAY, { x: SPRING }, { status: 'idea' })]),
    ).toEqual({});
    expect(
      links(
        [post('1', 'x', MONDAY, 'Behind the seams: a day in our Porto workshop with the tailors')],
        entries,
      ),
    ).toEqual({});
    expect(links([post('1', 'x', undefined, SPRING)], entries)).toEqual({});
  });

  it('gives a weekly series with the same text each week’s post, and each entry one post per platform', () => {
    const week = 7 * 24 * HOUR;
    const entries = [entry('w1', MONDAY, { x: SPRING }), entry('w2', MONDAY + week, { x: SPRING })];
    const posts = [
      post('1', 'x', MONDAY + HOUR, SPRING),
      post('2', 'x', MONDAY + week + 3 * HOUR, SPRING),
      // A second post of the same text on the first Monday: the entry already has its post.
      post('3', 'x', MONDAY + 5 * HOUR, SPRING),
    ];
    expect(links(posts, entries)).toEqual({ 'x:1': 'w1', 'x:2': 'w2' });
  });

  it('leaves a post already linked as it is, and its entry taken', () => {
    const linked = { ...post('1', 'x', MONDAY, SPRING), calendarEntryId: 'e1', matchedBy: 'user' as const };
    expect(
      links([linked, post('2', 'x', MONDAY + HOUR, SPRING)], [entry('e1', MONDAY, { x: SPRING })]),
    ).toEqual({});
  });

  it('needs the whole of a very short text: “Hi” is not “Hi there”, “Sale today” is “Sale today”', () => {
    const words = (text: string) => new Set(text.toLowerCase().split(' '));
    expect(sharedWords(words('hi'), words('hi there'))).toBe(0);
    expect(sharedWords(words('sale today'), words('sale today'))).toBe(1);
  });

  it('links the posts of an import as it is stored, so the campaign filter finds them', async () => {
    await Dexie.delete('calendar-match-test');
    const db = new OnBrandDatabase('calendar-match-test');
    await db.calendarEntries.add(entry('e1', MONDAY, { x: SPRING }, { campaign: 'Spring drop' }));
    const analytics = analyticsRepository(db);
    const outcome = await analytics.importExport(
      {
        posts: [
          post('1', 'x', MONDAY + HOUR, SPRING),
          post('2', 'x', MONDAY, 'Unplanned reply to a fan, thanks!'),
        ],
        snapshots: [
          { id: `x:1@${MONDAY}`, postId: 'x:1', readAt: MONDAY, likes: 7 },
          { id: `x:2@${MONDAY}`, postId: 'x:2', readAt: MONDAY, likes: 1 },
        ],
        source,
      },
      MONDAY,
    );
    expect(outcome.matched).toBe(1);
    expect(await analytics.posts.get('x:1')).toMatchObject({
      calendarEntryId: 'e1',
      matchedBy: 'time-and-text',
    });
    const rows = latestNumbers(await analytics.posts.list(), await analytics.allSnapshots());
    const campaignOf = (id: string) => (id === 'e1' ? 'Spring drop' : undefined);
    const view = dashboardView(rows, { campaign: 'Spring drop' }, 'UTC', campaignOf);
    expect(view.rows.map((row) => row.post.id)).toEqual(['x:1']);
    // The same file again keeps the link and links nothing twice.
    const again = await analytics.importExport(
      {
        posts: [post('1', 'x', MONDAY + HOUR, SPRING)],
        snapshots: [],
        source,
      },
      MONDAY + 2,
    );
    expect(again.matched).toBe(0);
    expect(await analytics.posts.get('x:1')).toMatchObject({ calendarEntryId: 'e1' });
    db.close();
  });
});
