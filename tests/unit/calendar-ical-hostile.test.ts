import { describe, expect, it } from 'vitest';
import { parseICalendar } from '@/utils/calendar/ical-import';

/**
 * Small files that made the dashboard expand recurrence rules without limit (minutes of CPU and gigabytes
 * before this bound): each must be answered, event by event, well inside the 2 s test timeout.
 */

const NOW = Date.parse('2026-11-23T12:00:00Z');
const YEAR_2027 = { from: Date.parse('2027-01-01T00:00:00Z'), to: Date.parse('2028-01-01T00:00:00Z') };
const ics = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//hostile//EN', ...lines, 'END:VCALENDAR'].join('\r\n');

const fine = ['BEGIN:VEVENT', 'UID:fine@x', 'DTSTART:20270301T090000Z', 'SUMMARY:Fine', 'END:VEVENT'];

function zone(rule: string, since = '19700101T000000') {
  return [
    'BEGIN:VTIMEZONE',
    'TZID:Hostile Standard Time',
    'BEGIN:STANDARD',
    `DTSTART:${since}`,
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    `RRULE:${rule}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

describe('hostile iCalendar files are answered at once', { timeout: 2_000 }, () => {
  it('a VTIMEZONE whose clocks change every minute: its events are skipped with the reason', () => {
    const file = ics(
      ...zone('FREQ=MINUTELY'),
      'BEGIN:VEVENT',
      'UID:a@x',
      'DTSTART;TZID=Hostile Standard Time:20261124T100000',
      'SUMMARY:Minutely zone',
      'END:VEVENT',
      ...fine,
    );
    expect(file.length).toBeLessThan(500);
    const plan = parseICalendar(file, 'Europe/Berlin', NOW);
    expect(plan.entries.map((entry) => entry.title)).toEqual(['Fine']);
    expect(plan.skipped).toEqual([
      {
        label: 'Event 1 (“Minutely zone”)',
        reason:
          'It uses the time zone “Hostile Standard Time”, whose rules in the file repeat too often to work out.',
      },
    ]);
  });

  it('a later event in the same minutely zone is refused at once too (the zone is not expanded twice)', () => {
    const events = Array.from({ length: 50 }, (_, index) => [
      'BEGIN:VEVENT',
      `UID:${index}@x`,
      'DTSTART;TZID=Hostile Standard Time:20261124T100000',
      `SUMMARY:Copy ${index}`,
      'END:VEVENT',
    ]).flat();
    expect(() => parseICalendar(ics(...zone('FREQ=MINUTELY'), ...events), 'Europe/Berlin', NOW)).toThrow(
      /Nothing in the file can be imported\. Event 1 \(“Copy 0”\): It uses the time zone “Hostile Standard Time”/,
    );
  });

  it('an event in the year 9999 in a zone the file defines', () => {
    const plan = parseICalendar(
      ics(
        ...zone('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', '16010101T030000'),
        'BEGIN:VEVENT',
        'UID:far@x',
        'DTSTART;TZID=Hostile Standard Time:99991231T100000',
        'SUMMARY:Far future',
        'END:VEVENT',
        ...fine,
      ),
      'Europe/Berlin',
      NOW,
    );
    expect(plan.entries.map((entry) => entry.title)).toEqual(['Fine']);
    expect(plan.skipped).toEqual([
      {
        label: 'Event 1 (“Far future”)',
        reason: 'It starts in the year 9999; the calendar plans up to 2199.',
      },
    ]);
  });

  it('an event that repeats every minute since 1601, expanded over a year', () => {
    const plan = parseICalendar(
      ics(
        'BEGIN:VEVENT',
        'UID:minutely@x',
        'DTSTART:16010101T000000Z',
        'RRULE:FREQ=MINUTELY',
        'SUMMARY:Every minute',
        'END:VEVENT',
        ...fine,
      ),
      'Europe/Berlin',
      NOW,
      YEAR_2027,
    );
    expect(plan.entries.map((entry) => entry.title)).toEqual(['Fine']);
    expect(plan.skipped).toEqual([
      { label: 'Event 1 (“Every minute”)', reason: 'It repeats too often to work out its dates.' },
    ]);
  });

  it('a rule no date can satisfy (every 30 February)', () => {
    const plan = parseICalendar(
      ics(
        'BEGIN:VEVENT',
        'UID:never@x',
        'DTSTART:20260101T090000Z',
        'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
        'SUMMARY:Never',
        'END:VEVENT',
        ...fine,
      ),
      'Europe/Berlin',
      NOW,
      YEAR_2027,
    );
    expect(plan.entries.map((entry) => entry.title)).toEqual(['Fine']);
    expect(plan.skipped[0]?.label).toBe('Event 1 (“Never”)');
  });

  it('a daily event over a century stops at the cap per event, with a note', () => {
    const plan = parseICalendar(
      ics(
        'BEGIN:VEVENT',
        'UID:daily@x',
        'DTSTART:20270101T090000Z',
        'RRULE:FREQ=DAILY',
        'SUMMARY:Daily',
        'END:VEVENT',
      ),
      'Europe/Berlin',
      NOW,
      { from: YEAR_2027.from, to: Date.parse('2127-01-01T00:00:00Z') },
    );
    expect(plan.entries).toHaveLength(366);
    expect(plan.notes).toContain('A repeating event was cut to its first 366 dates in the range.');
  });
});
