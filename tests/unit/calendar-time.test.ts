import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOf,
  moveToDay,
  resolveWallTime,
  shiftClock,
  startOfDay,
  wallTimeOf,
} from '@/utils/calendar/time';

const iso = (at: number) => new Date(at).toISOString();

describe('wall-clock times in a time zone', () => {
  it('reads an ordinary time exactly, in winter and in summer', () => {
    expect(iso(resolveWallTime({ day: '2026-01-15', time: '10:00' }, 'Europe/Berlin').at)).toBe(
      '2026-01-15T09:00:00.000Z',
    );
    expect(iso(resolveWallTime({ day: '2026-07-15', time: '10:00' }, 'Europe/Berlin').at)).toBe(
      '2026-07-15T08:00:00.000Z',
    );
    expect(resolveWallTime({ day: '2026-07-15', time: '10:00' }, 'America/New_York')).toEqual({
      at: Date.parse('2026-07-15T14:00:00Z'),
      kind: 'exact',
    });
  });

  it.each([
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z', '03:30'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z', '03:30'],
  ])(
    'moves %s %s %s, skipped by spring-forward, to the same moment one hour later and says so',
    (zone, day, time, utc, shown) => {
      const resolved = resolveWallTime({ day, time }, zone);
      expect(resolved.kind).toBe('gap');
      expect(iso(resolved.at)).toBe(utc);
      expect(wallTimeOf(resolved.at, zone)).toEqual({ day, time: shown });
      expect(resolved.note).toContain(`it is set to ${shown}`);
    },
  );

  it.each([
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
  ])('takes the first of the two %s %s %s on the fall-back day', (zone, day, time, utc) => {
    const resolved = resolveWallTime({ day, time }, zone);
    expect(resolved.kind).toBe('overlap');
    expect(iso(resolved.at)).toBe(utc);
    expect(wallTimeOf(resolved.at, zone)).toEqual({ day, time });
  });

  it('keeps the wall-clock time when an entry moves across a DST change', () => {
    // Friday 27 March 09:00 CET → Monday 30 March 09:00 CEST: 71 hours later, not 72.
    const friday = resolveWallTime({ day: '2026-03-27', time: '09:00' }, 'Europe/Berlin').at;
    const monday = moveToDay(friday, 'Europe/Berlin', '2026-03-30');
    expect(wallTimeOf(monday.at, 'Europe/Berlin')).toEqual({ day: '2026-03-30', time: '09:00' });
    expect((monday.at - friday) / 3_600_000).toBe(71);
  });

  it('moves a 02:30 entry onto the spring-forward day at 03:30, with a note', () => {
    const saturday = resolveWallTime({ day: '2026-03-28', time: '02:30' }, 'Europe/Berlin').at;
    const moved = moveToDay(saturday, 'Europe/Berlin', '2026-03-29');
    expect(moved.kind).toBe('gap');
    expect(wallTimeOf(moved.at, 'Europe/Berlin')).toEqual({ day: '2026-03-29', time: '03:30' });
  });

  it('shifts by clock minutes across midnight and DST', () => {
    const late = resolveWallTime({ day: '2026-03-28', time: '23:30' }, 'Europe/Berlin').at;
    expect(wallTimeOf(shiftClock(late, 'Europe/Berlin', 60).at, 'Europe/Berlin')).toEqual({
      day: '2026-03-29',
      time: '00:30',
    });
    expect(wallTimeOf(shiftClock(late, 'Europe/Berlin', -24 * 60).at, 'Europe/Berlin')).toEqual({
      day: '2026-03-27',
      time: '23:30',
    });
  });

  it('has 23- and 25-hour days where the clocks change', () => {
    const length = (day: string, zone: string) =>
      (startOfDay(addDays(day, 1), zone) - startOfDay(day, zone)) / 3_600_000;
    expect(length('2026-03-29', 'Europe/Berlin')).toBe(23);
    expect(length('2026-10-25', 'Europe/Berlin')).toBe(25);
    expect(length('2026-03-08', 'America/New_York')).toBe(23);
    expect(length('2026-11-01', 'America/New_York')).toBe(25);
    expect(length('2026-06-01', 'Europe/Berlin')).toBe(24);
  });

  it('gives the day of an instant in the zone, not in UTC', () => {
    const at = Date.parse('2026-11-23T23:30:00Z');
    expect(dayOf(at, 'Europe/Berlin')).toBe('2026-11-24');
    expect(dayOf(at, 'America/New_York')).toBe('2026-11-23');
  });

  it('does civil-day arithmetic across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it.each([
    [{ day: '2026-02-30', time: '10:00' }, 'Europe/Berlin', /not a day of the calendar/],
    [{ day: '26-1-1', time: '10:00' }, 'Europe/Berlin', /not a date/],
    [{ day: '2026-01-01', time: '24:00' }, 'Europe/Berlin', /not a time/],
    [{ day: '2026-01-01', time: '10:00' }, 'Mars/Olympus_Mons', /not a time zone/],
  ])('refuses %o in %s', (wall, zone, message) => {
    expect(() => resolveWallTime(wall, zone)).toThrow(message);
  });
});
