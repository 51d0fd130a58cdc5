import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entriesToICalendar } from '@/utils/calendar/ical-export';
import { ICalendarImportError, parseICalendar } from '@/utils/calendar/ical-import';
import { resolveWallTime, wallTimeOf } from '@/utils/calendar/time';
import { calendarRepository } from '@/utils/db/calendar';
import type { OnBrandDatabase } from '@/utils/db/database';
import { freshDatabase } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const NAME = 'calendar-ical-test';
let db: OnBrandDatabase;
beforeEach(async () => {
  db = await freshDatabase(NAME);
});
afterEach(() => db.close());

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR'].join('\r\n');

describe('iCalendar export', () => {
  it('writes UTC start times, a UID per entry, platforms and campaign as categories', () => {
    const text = entriesToICalendar([
      calendarEntry({
        id: 'gap',
        at: resolveWallTime({ day: '2026-03-29', time: '02:30' }, 'Europe/Berlin').at,
      }),
    ]);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('UID:gap@calendar.onbrand');
    expect(text).toContain('DTSTART:20260329T013000Z');
    expect(text).toContain('SUMMARY:Spring launch teaser');
    expect(text).toContain('CATEGORIES:X,LinkedIn,Campaign: Spring launch');
  });
});

describe('iCalendar round trip', () => {
  it('brings entries back as ideas with the same title, moment, platforms, campaign and text', () => {
    const entries = [
      calendarEntry({
        id: 'a',
        title: 'Launch; day, “one” 🚀',
        campaign: 'Spring, 2026',
        at: resolveWallTime({ day: '2026-10-25', time: '02:30' }, 'Europe/Berlin').at,
      }),
      calendarEntry({
        id: 'b',
        title: 'NY post',
        platforms: ['bluesky'],
        drafts: { bluesky: 'Line one\nLine two, with a comma; and a semicolon' },
        campaign: undefined,
        at: resolveWallTime({ day: '2026-03-08', time: '03:15' }, 'America/New_York').at,
      }),
    ];
    const { entries: back } = parseICalendar(entriesToICalendar(entries), 'Europe/Berlin', NOW);
    expect(back).toHaveLength(2);
    for (const [index, original] of entries.entries()) {
      const imported = back[index];
      expect(imported).toMatchObject({
        title: original.title,
        at: original.at,
        platforms: original.platforms,
        status: 'idea',
        icalUid: `${original.id}@calendar.onbrand`,
        timeZone: 'Europe/Berlin',
      });
      expect(imported?.campaign).toBe(original.campaign);
      for (const draft of Object.values(original.drafts)) expect(imported?.notes).toContain(draft);
    }
  });

  it('stores an import once: a second import of the same file adds nothing', async () => {
    const calendar = calendarRepository(db);
    const file = entriesToICalendar([calendarEntry({ id: 'a' }), calendarEntry({ id: 'b' })]);
    expect(await calendar.importEntries(parseICalendar(file, 'Europe/Berlin', NOW).entries)).toEqual({
      added: 2,
      alreadyThere: 0,
    });
    expect(await calendar.importEntries(parseICalendar(file, 'Europe/Berlin', NOW).entries)).toEqual({
      added: 0,
      alreadyThere: 2,
    });
    expect(await db.calendarEntries.count()).toBe(2);
  });

  it('does not duplicate an entry that is still in the calendar it was exported from', async () => {
    const calendar = calendarRepository(db);
    await calendar.save(calendarEntry({ id: 'kept' }));
    const file = entriesToICalendar([calendarEntry({ id: 'kept' }), calendarEntry({ id: 'deleted' })]);
    expect(await calendar.importEntries(parseICalendar(file, 'Europe/Berlin', NOW).entries)).toEqual({
      added: 1,
      alreadyThere: 1,
    });
  });
});

describe('iCalendar import from other apps', () => {
  it('reads TZID times, UTC times, floating times and all-day events, and says how it read them', () => {
    const { entries, notes } = parseICalendar(
      ics(
        'BEGIN:VEVENT',
        'UID:1@other',
        'DTSTART;TZID=America/New_York:20261101T013000',
        'SUMMARY:Ambiguous NY',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:2@other',
        'DTSTART:20261124T080000Z',
        'SUMMARY:UTC',
        'RRULE:FREQ=WEEKLY',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:3@other',
        'DTSTART:20261124T101500',
        'SUMMARY:Floating',
        'DESCRIPTION:Some notes',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:4@other',
        'DTSTART;VALUE=DATE:20261225',
        'SUMMARY:Christmas',
        'CATEGORIES:Instagram,tiktok,Unrelated',
        'END:VEVENT',
      ),
      'Europe/Berlin',
      NOW,
    );
    expect(entries.map((e) => new Date(e.at).toISOString())).toEqual([
      '2026-11-01T05:30:00.000Z',
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T09:15:00.000Z',
      '2026-12-25T08:00:00.000Z',
    ]);
    expect(wallTimeOf(entries[3]?.at ?? 0, 'Europe/Berlin').time).toBe('09:00');
    expect(entries[3]?.platforms).toEqual(['instagram', 'tiktok']);
    expect(entries[2]?.notes).toBe('Some notes');
    expect(entries.every((e) => e.status === 'idea')).toBe(true);
    expect(notes).toEqual([
      '1 all-day event was planned for 09:00 (Europe/Berlin).',
      'Repeating events were imported with their first date only.',
    ]);
  });

  it('reads a zone the file defines itself (an Outlook-style name) with its VTIMEZONE', () => {
    const { entries } = parseICalendar(
      ics(
        'BEGIN:VTIMEZONE',
        'TZID:W. Europe Standard Time',
        'BEGIN:STANDARD',
        'DTSTART:16010101T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:16010101T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:o@outlook',
        'DTSTART;TZID=W. Europe Standard Time:20260715T100000',
        'SUMMARY:Summer',
        'END:VEVENT',
      ),
      'America/New_York',
      NOW,
    );
    expect(new Date(entries[0]?.at ?? 0).toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it.each([
    ['not a calendar', 'hello world', /not an iCalendar file/],
    ['an empty calendar', ics(), /no events/],
    [
      'an event without a start',
      ics('BEGIN:VEVENT', 'SUMMARY:No start', 'END:VEVENT'),
      /Event 1 \(“No start”\): It has no start time/,
    ],
    [
      'an unknown zone',
      ics('BEGIN:VEVENT', 'DTSTART;TZID=Atlantis/Capital:20261124T100000', 'SUMMARY:Lost', 'END:VEVENT'),
      /“Atlantis\/Capital”, which the file doesn’t define/,
    ],
  ])('refuses %s with the reason', (_name, text, message) => {
    expect(() => parseICalendar(text, 'Europe/Berlin', NOW)).toThrow(ICalendarImportError);
    expect(() => parseICalendar(text, 'Europe/Berlin', NOW)).toThrow(message);
  });

  it('leaves out an event the calendar can’t hold, says why, and imports the rest', async () => {
    const calendar = calendarRepository(db);
    await calendar.save(calendarEntry({ id: 'existing' }));
    const plan = parseICalendar(
      ics(
        'BEGIN:VEVENT',
        'UID:ok@x',
        'DTSTART:20261124T080000Z',
        'SUMMARY:Fine',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:long@x',
        'DTSTART:20261124T080000Z',
        `SUMMARY:${'x'.repeat(301)}`,
        'END:VEVENT',
      ),
      'Europe/Berlin',
      NOW,
    );
    expect(plan.entries.map((e) => e.title)).toEqual(['Fine']);
    expect(plan.skipped).toEqual([
      { label: `Event 2 (“${'x'.repeat(301)}”)`, reason: 'Title: A title is at most 300 characters.' },
    ]);
    expect(await calendar.importEntries(plan.entries)).toEqual({ added: 1, alreadyThere: 0 });
    expect((await calendar.list()).map((e) => e.title).sort()).toEqual(['Fine', 'Spring launch teaser']);
  });
});

describe('iCalendar files as real apps write them', () => {
  const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
  const startsOf = (text: string, repeats?: { from: number; to: number }) =>
    parseICalendar(text, 'Europe/Berlin', NOW, repeats).entries.map((e) => new Date(e.at).toISOString());

  it('reads a date-only start without VALUE=DATE as an all-day event', () => {
    const plan = parseICalendar(
      ics(...event('UID:h@x', 'DTSTART:20261225', 'DTEND:20261226', 'SUMMARY:Christmas Day')),
      'Europe/Berlin',
      NOW,
    );
    expect(plan.entries.map((e) => wallTimeOf(e.at, 'Europe/Berlin'))).toEqual([
      { day: '2026-12-25', time: '09:00' },
    ]);
    expect(plan.notes).toContain('1 all-day event was planned for 09:00 (Europe/Berlin).');
  });

  it('refuses a malformed start for its event only, quoting the line', () => {
    const plan = parseICalendar(
      ics(
        ...event('UID:bad@x', 'DTSTART:2026-11-24T10:00', 'SUMMARY:Dashes'),
        ...event('UID:month@x', 'DTSTART:20261324T100000', 'SUMMARY:Month 13'),
        ...event('UID:ok@x', 'DTSTART:20261124T100000Z', 'SUMMARY:Fine'),
      ),
      'Europe/Berlin',
      NOW,
    );
    expect(plan.entries.map((e) => e.title)).toEqual(['Fine']);
    expect(plan.skipped).toEqual([
      { label: 'Event 1 (“Dashes”)', reason: 'Its start “DTSTART:2026-11-24T10:00” isn’t a date and time.' },
      { label: 'Event 2 (“Month 13”)', reason: 'Its start “DTSTART:20261324T100000” isn’t a date and time.' },
    ]);
  });

  it('reads Outlook’s Windows zone names without a VTIMEZONE through CLDR’s mapping', () => {
    const plan = parseICalendar(
      ics(
        ...event('UID:w@x', 'DTSTART;TZID=W. Europe Standard Time:20260715T100000', 'SUMMARY:Berlin summer'),
        ...event('UID:e@x', 'DTSTART;TZID="Eastern Standard Time":20260115T100000', 'SUMMARY:NY winter'),
      ),
      'Asia/Tokyo',
      NOW,
    );
    expect(plan.entries.map((e) => new Date(e.at).toISOString())).toEqual([
      '2026-07-15T08:00:00.000Z',
      '2026-01-15T15:00:00.000Z',
    ]);
    expect(plan.notes).toContain(
      'The Outlook time zone “W. Europe Standard Time” was read as Europe/Berlin.',
    );
  });

  it('keeps the seconds of TZID, floating and UTC starts', () => {
    expect(
      startsOf(
        ics(
          ...event('UID:1@x', 'DTSTART;TZID=Europe/Paris:20261124T101530', 'SUMMARY:Zoned'),
          ...event('UID:2@x', 'DTSTART:20261124T101545', 'SUMMARY:Floating'),
          ...event('UID:3@x', 'DTSTART:20261124T101559Z', 'SUMMARY:UTC'),
        ),
      ),
    ).toEqual(['2026-11-24T09:15:30.000Z', '2026-11-24T09:15:45.000Z', '2026-11-24T10:15:59.000Z']);
  });

  it('reads two calendars in one file and ignores text after the end', () => {
    const text = `${ics(...event('UID:a@x', 'DTSTART:20261124T100000Z', 'SUMMARY:First'))}\r\n${ics(
      ...event('UID:b@x', 'DTSTART:20261125T100000Z', 'SUMMARY:Second'),
    )}\r\n<html>trailing junk</html>\r\n`;
    const plan = parseICalendar(text, 'Europe/Berlin', NOW);
    expect(plan.entries.map((e) => e.title)).toEqual(['First', 'Second']);
    expect(plan.notes).toEqual([
      'The file holds 2 calendars; all were read.',
      'Text outside the calendar (before BEGIN:VCALENDAR or after END:VCALENDAR) was ignored.',
    ]);
  });

  it('expands a repeating event over the picked range, with moved and cancelled dates', () => {
    const text = ics(
      ...event(
        'UID:weekly@x',
        'DTSTART;TZID=Europe/Berlin:20261105T090000',
        'RRULE:FREQ=WEEKLY;COUNT=10',
        'EXDATE;TZID=Europe/Berlin:20261119T090000',
        'SUMMARY:Weekly tip',
      ),
      ...event(
        'UID:weekly@x',
        'RECURRENCE-ID;TZID=Europe/Berlin:20261126T090000',
        'DTSTART;TZID=Europe/Berlin:20261127T140000',
        'SUMMARY:Weekly tip (moved)',
      ),
    );
    const range = { from: Date.parse('2026-11-10T00:00:00Z'), to: Date.parse('2026-12-01T00:00:00Z') };
    const plan = parseICalendar(text, 'Europe/Berlin', NOW, range);
    expect(plan.entries.map((e) => [e.title, new Date(e.at).toISOString()])).toEqual([
      ['Weekly tip', '2026-11-12T08:00:00.000Z'],
      ['Weekly tip (moved)', '2026-11-27T13:00:00.000Z'],
    ]);
    // Every date has its own UID, so importing the same range again adds nothing.
    expect(new Set(plan.entries.map((e) => e.icalUid)).size).toBe(2);
  });

  it('folds exported lines at 75 octets, never inside a character, and reads them back', () => {
    const title = `Launch 🚀 ${'東京の春キャンペーン'.repeat(6)} ${'é'.repeat(40)}`;
    const text = entriesToICalendar([calendarEntry({ id: 'fold', title })]);
    const lines = text.split('\r\n');
    const octets = lines.map((line) => new TextEncoder().encode(line).length);
    expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(text).not.toMatch(/\uFFFD/);
    expect(parseICalendar(text, 'Europe/Berlin', NOW).entries[0]?.title).toBe(title);
  });
});
