import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutDays, layoutMonth, monthGridDays, rangeOf, weekDays } from '@/utils/calendar/layout';
import { resolveWallTime } from '@/utils/calendar/time';
import { CalendarEntryError, calendarEntryProblems, calendarRepository } from '@/utils/db/calendar';
import { OnBrandDatabase } from '@/utils/db/database';
import { freshDatabase } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';

const berlin = (day: string, time: string) => resolveWallTime({ day, time }, 'Europe/Berlin').at;

describe('laying out a month and a week (no recurrence: each entry is on exactly one day)', () => {
  it('shows six weeks from the week start, Monday or Sunday', () => {
    const monday = monthGridDays('2026-03', 1);
    expect(monday).toHaveLength(42);
    expect(monday[0]).toBe('2026-02-23');
    expect(monday.at(-1)).toBe('2026-04-05');
    expect(monthGridDays('2026-03', 0)[0]).toBe('2026-03-01');
    expect(weekDays('2026-03-29', 1)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });

  it('puts each entry on its day in the view’s zone, in time order, across the DST change', () => {
    const entries = [
      calendarEntry({ id: 'late', title: 'Late', at: berlin('2026-03-29', '23:59') }),
      calendarEntry({ id: 'gap', title: 'Gap', at: berlin('2026-03-29', '02:30') }),
      calendarEntry({ id: 'early', title: 'Early', at: berlin('2026-03-29', '00:00') }),
      calendarEntry({ id: 'next', title: 'Next', at: berlin('2026-03-30', '00:00') }),
      calendarEntry({ id: 'before', title: 'Before', at: berlin('2026-03-28', '23:59') }),
    ];
    const cells = layoutDays(weekDays('2026-03-29', 1), 'Europe/Berlin', entries, { today: '2026-03-29' });
    const byDay = Object.fromEntries(cells.map((cell) => [cell.day, cell.entries.map((e) => e.id)]));
    expect(byDay['2026-03-28']).toEqual(['before']);
    expect(byDay['2026-03-29']).toEqual(['early', 'gap', 'late']);
    expect(cells.find((cell) => cell.isToday)?.day).toBe('2026-03-29');
    // 2026-03-30 is outside this week.
    expect(cells.flatMap((cell) => cell.entries).map((e) => e.id)).not.toContain('next');
  });

  it('marks the neighbouring months’ days in a month grid and drops entries outside it', () => {
    const weeks = layoutMonth(
      '2026-03',
      'America/New_York',
      [
        calendarEntry({ id: 'in', at: Date.parse('2026-03-15T15:00:00Z') }),
        calendarEntry({ id: 'lead', at: Date.parse('2026-02-23T15:00:00Z') }),
        calendarEntry({ id: 'far', at: Date.parse('2026-06-01T15:00:00Z') }),
      ],
      { weekStart: 1 },
    );
    const cells = weeks.flat();
    expect(cells.find((c) => c.day === '2026-02-23')).toMatchObject({ inMonth: false });
    expect(cells.find((c) => c.day === '2026-02-23')?.entries.map((e) => e.id)).toEqual(['lead']);
    expect(cells.find((c) => c.day === '2026-03-15')).toMatchObject({ inMonth: true });
    expect(cells.flatMap((c) => c.entries.map((e) => e.id))).toEqual(['lead', 'in']);
  });
});

describe('the calendar table', () => {
  const NAME = 'calendar-scheduling-test';
  let db: OnBrandDatabase;
  beforeEach(async () => {
    db = await freshDatabase(NAME);
  });
  afterEach(() => db.close());

  it('returns exactly the entries of a view’s range, in time order', async () => {
    const calendar = calendarRepository(db);
    const days = weekDays('2026-10-25', 1);
    const range = rangeOf(days, 'Europe/Berlin');
    await calendar.save(calendarEntry({ id: 'sun-last', at: berlin('2026-10-25', '23:59') }));
    await calendar.save(calendarEntry({ id: 'mon-first', at: berlin('2026-10-19', '00:00') }));
    await calendar.save(calendarEntry({ id: 'next-mon', at: berlin('2026-10-26', '00:00') }));
    await calendar.save(calendarEntry({ id: 'prev-sun', at: berlin('2026-10-18', '23:59') }));
    expect((await calendar.between(range.from, range.to)).map((e) => e.id)).toEqual([
      'mon-first',
      'sun-last',
    ]);
  });

  it('marks an entry published with the time it was published', async () => {
    const calendar = calendarRepository(db);
    await calendar.save(calendarEntry());
    await calendar.markPublished('e1', 5000);
    expect(await calendar.get('e1')).toMatchObject({
      status: 'published',
      publishedAt: 5000,
      updatedAt: 5000,
    });
    await expect(calendar.markPublished('gone', 1)).rejects.toThrow('no longer exists');
  });
});

describe('validating an entry', () => {
  it('accepts a complete entry', () => {
    expect(calendarEntryProblems(calendarEntry())).toEqual([]);
  });

  it.each([
    [{ title: '   ' }, 'Title: Give the entry a title.'],
    [{ at: Number.NaN }, 'Date and time: Pick a date and time.'],
    [{ at: -1 }, 'Date and time: Pick a date after 1970.'],
    [{ at: 1e15 }, 'Date and time: Pick a date before the year 10000.'],
    [{ timeZone: 'Berlin' }, 'Time zone: Pick a time zone such as Europe/Berlin.'],
    [{ platforms: ['x', 'x'] }, 'Platforms: A platform is listed twice.'],
    [
      { relationship: 'paid', partnerBrand: ' ' },
      'Partner brand: Name the partner brand of a paid, gifted or affiliate post.',
    ],
    [
      { assets: [{ id: 'a', name: '', ready: false, licence: 'unknown' }] },
      'Asset 1: Give each asset a name.',
    ],
  ] as const)('refuses %o with “%s”', (change, message) => {
    expect(calendarEntryProblems(calendarEntry(change as never))).toContain(message);
  });

  it('names the platform of a draft that is too long to store, and the save writes nothing', async () => {
    const NAME = 'calendar-validation-test';
    await Dexie.delete(NAME);
    const db = new OnBrandDatabase(NAME);
    const bad = calendarEntry({ drafts: { x: 'a'.repeat(200_001) } });
    expect(calendarEntryProblems(bad)[0]).toMatch(/^Draft for X: /);
    await expect(calendarRepository(db).save(bad)).rejects.toBeInstanceOf(CalendarEntryError);
    expect(await db.calendarEntries.count()).toBe(0);
    db.close();
  });

  it('accepts a gifted post with its partner, and an employee post without one', () => {
    expect(calendarEntryProblems(calendarEntry({ relationship: 'gifted', partnerBrand: 'Acme' }))).toEqual(
      [],
    );
    expect(calendarEntryProblems(calendarEntry({ relationship: 'employee' }))).toEqual([]);
  });
});
