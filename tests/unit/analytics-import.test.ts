import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf } from '@/utils/analytics/export-formats';
import {
  AnalyticsImportError,
  layoutOfFormat,
  layoutOfSource,
  planAnalyticsImport,
  readCount,
  readExport,
  readExportDate,
} from '@/utils/analytics/import-export';
import { setTestUiLanguage } from '../setup/i18n';

const fixture = (name: string) => readFileSync(`tests/fixtures/analytics/${name}`, 'utf8');
const READ_AT = Date.UTC(2026, 2, 20, 8, 0);
const options = { readAt: READ_AT, timeZone: 'Europe/Berlin', now: READ_AT, sourceId: 'source-1' };

function plan(name: string) {
  const table = readExport(fixture(name));
  const format = formatOf(table.headers);
  if (!format) throw new Error(`${name} is not recognised`);
  return { format, plan: planAnalyticsImport(table, layoutOfFormat(format, table.headers), options) };
}

describe('the platforms’ analytics exports', () => {
  it('reads X post activity: ids, links, UTC times, numbers; a row with a word for a number is refused', () => {
    const { format, plan: result } = plan('x-post-activity.csv');
    expect(format.name).toBe('X post activity');
    expect(result.posts.map((post) => post.id)).toEqual(['x:1861000000000000001', 'x:1861000000000000002']);
    expect(result.posts[0]).toMatchObject({
      platform: 'x',
      permalink: 'https://twitter.com/acme/status/1861000000000000001',
      text: 'Spring collection is here, made to last.',
      publishedAt: Date.UTC(2026, 2, 2, 9, 0),
    });
    expect(result.posts[1]?.text).toBe('Behind the seams, with an emoji 🧵');
    expect(result.snapshots[0]).toEqual({
      id: `x:1861000000000000001@${READ_AT}`,
      postId: 'x:1861000000000000001',
      readAt: READ_AT,
      sourceId: 'source-1',
      impressions: 2000,
      engagements: 80,
      likes: 40,
      shares: 10,
      comments: 5,
      clicks: 12,
    });
    expect(result.skipped).toEqual([{ label: 'Row 4', reason: 'Its impressions: “lots” isn’t a number.' }]);
  });

  it('reads a LinkedIn page’s posts saved as CSV: skips the explanation line, ids from the links, month-first dates', () => {
    const { format, plan: result } = plan('linkedin-page-posts.csv');
    expect(format.id).toBe('linkedin-page-posts');
    expect(result.posts.map((post) => post.id)).toEqual([
      'linkedin:7300000000000000001',
      'linkedin:7300000000000000002',
    ]);
    // 03/03/2026 is 3 March (LinkedIn writes month first), midnight in Berlin = 23:00 UTC the day before.
    expect(result.posts[0]?.publishedAt).toBe(Date.UTC(2026, 2, 2, 23, 0));
    expect(result.posts[0]?.format).toBe('Organic');
    expect(result.snapshots[0]).toMatchObject({
      impressions: 1500,
      clicks: 60,
      likes: 45,
      comments: 6,
      shares: 9,
    });
    expect(result.snapshots[1]).toMatchObject({ views: 120 });
  });

  it('tells Facebook from Instagram in Meta Business Suite exports by the post’s link', () => {
    const facebook = plan('meta-facebook.csv').plan;
    expect(facebook.perPlatform).toEqual({ facebook: 2 });
    // The caption is the longer of Title and Description.
    expect(facebook.posts[0]?.text).toBe('Spring is here: the new collection, made to last.');
    expect(facebook.posts[1]?.text).toBe('Behind the seams');
    expect(facebook.posts[0]?.publishedAt).toBe(Date.UTC(2026, 2, 2, 9, 0));
    expect(facebook.snapshots[0]).toMatchObject({
      views: 4000,
      reach: 3000,
      likes: 120,
      comments: 20,
      shares: 10,
      clicks: 90,
      engagements: 150,
    });
    const instagram = plan('meta-instagram.csv').plan;
    expect(instagram.perPlatform).toEqual({ instagram: 2 });
    expect(instagram.posts[1]).toMatchObject({ id: 'instagram:18000000000000002', format: 'IG reel' });
    expect(instagram.snapshots[1]).toMatchObject({ impressions: 8000, reach: 5000, likes: 400, saves: 60 });
  });

  it('reads TikTok Studio content: 1.2K is 1,200, ids from the video links; a date without a year is refused', () => {
    const { plan: result } = plan('tiktok-studio-content.csv');
    expect(result.posts.map((post) => post.id)).toEqual([
      'tiktok:7480000000000000001',
      'tiktok:7480000000000000002',
    ]);
    expect(result.snapshots[0]).toMatchObject({ views: 18400, likes: 1200, comments: 48, shares: 31 });
    expect(result.skipped).toEqual([
      {
        label: 'Row 4',
        reason:
          'Its publish time: “10 de febrero” isn’t a date with a year (such as 2026-03-01 14:00 or 03/01/2026).',
      },
    ]);
    expect(result.notes).toContain(
      'This file has no impressions, so click-through rate and engagement by impressions can’t be computed for it.',
    );
  });

  it('reads YouTube Studio’s table data, leaving out the totals row and linking each video', () => {
    const { plan: result } = plan('youtube-studio-table-data.csv');
    expect(result.posts).toHaveLength(2);
    expect(result.posts[0]).toMatchObject({
      id: 'youtube:dQw4w9WgXcA',
      permalink: 'https://www.youtube.com/watch?v=dQw4w9WgXcA',
      text: 'How our jackets are made',
      publishedAt: Date.UTC(2026, 2, 2, 23, 0),
    });
    expect(result.snapshots[0]).toMatchObject({ views: 10000, impressions: 120000 });
    expect(result.notes).toContain('The “Total” row (the channel’s totals, not a video) is left out.');
  });

  it('imports an unknown layout through the mapping the user gave', () => {
    const table = readExport(
      'Pin,URL,Published,Impressions,Saves\n1,https://www.pinterest.com/pin/1/,2026-03-01,500,20\n',
    );
    expect(formatOf(table.headers)).toBeUndefined();
    const result = planAnalyticsImport(
      table,
      layoutOfSource({
        id: 's',
        name: 'My Pinterest sheet',
        headerKey: 'pin',
        platform: 'pinterest',
        mapping: {
          postId: 'Pin',
          permalink: 'URL',
          publishedAt: 'Published',
          impressions: 'Impressions',
          saves: 'Saves',
        },
        dateOrder: 'iso',
        createdAt: 1,
      }),
      options,
    );
    expect(result.posts[0]).toMatchObject({ id: 'pinterest:1', platform: 'pinterest' });
    expect(result.snapshots[0]).toMatchObject({ impressions: 500, saves: 20 });
  });

  it('refuses a file with nothing importable, with the reasons', () => {
    const table = readExport('Pin,Impressions\n,5\n');
    expect(() =>
      planAnalyticsImport(
        table,
        {
          name: 'Sheet',
          platform: 'pinterest',
          columns: { postId: ['Pin'], impressions: ['Impressions'] },
          dateOrder: 'iso',
        },
        options,
      ),
    ).toThrow(
      new AnalyticsImportError(
        'Nothing in the file can be imported. Row 2: It has no post id and no link, so it can’t be told apart from other posts.',
      ),
    );
    expect(() => readExport('just one line')).toThrow(AnalyticsImportError);
  });
});

describe('cells as exports write them', () => {
  it('reads counts with thousands separators, decimals and K/M suffixes; a dash is “not given”', () => {
    expect(readCount('1,203')).toBe(1203);
    expect(readCount('1203.0')).toBe(1203);
    expect(readCount('3.4M')).toBe(3_400_000);
    expect(readCount('-')).toBeUndefined();
    expect(readCount('')).toBeUndefined();
    expect(readCount('-5')).toBe('“-5” isn’t a number');
  });

  it('reads dates in the layout’s order and the user’s zone; an offset wins over the zone', () => {
    expect(readExportDate('2026-03-02 09:00 +0000', 'iso', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 2, 9));
    expect(readExportDate('2026-03-02 09:00:00', 'iso', 'America/New_York')).toBe(Date.UTC(2026, 2, 2, 14));
    expect(readExportDate('03/04/2026 1:30 pm', 'month-first', 'UTC')).toBe(Date.UTC(2026, 2, 4, 13, 30));
    expect(readExportDate('03/04/2026', 'day-first', 'UTC')).toBe(Date.UTC(2026, 3, 3));
    expect(readExportDate('02/30/2026', 'month-first', 'UTC')).toBe(
      '“02/30/2026” is not a day and time that exists.',
    );
  });
});

describe('refusals in the UI language', () => {
  it('says in German why a cell is refused', () => {
    setTestUiLanguage('de');
    try {
      expect(readCount('viele')).toBe('„viele“ ist keine Zahl');
      expect(readExportDate('10 de febrero', 'iso', 'UTC')).toBe(
        '„10 de febrero“ ist kein Datum mit Jahr (etwa 2026-03-01 14:00 oder 03/01/2026).',
      );
    } finally {
      setTestUiLanguage('en');
    }
  });
});
