import { TZDate, tzOffset } from '@date-fns/tz';
import { t } from '../i18n';

/**
 * Wall-clock time in a named time zone, and the instants behind it.
 *
 * @date-fns/tz does the zone arithmetic, but its own constructor resolves the ambiguous hour of a fall-back
 * day differently per zone (02:30 in Europe/Berlin became the second occurrence, 01:30 in America/New_York
 * the first), so wall times are resolved here, the way RFC 5545 §3.3.5 and Temporal's 'compatible' mode do:
 * a repeated time means its first occurrence, a skipped time is moved forward by the length of the gap.
 */

/** A calendar day as `yyyy-MM-dd`. */
export type Day = string;
/** A wall-clock time as `HH:mm`. */
export type ClockTime = string;

export interface WallTime {
  day: Day;
  time: ClockTime;
}

export interface ResolvedTime {
  at: number;
  /** `gap`: the time doesn't exist that day (spring forward); `overlap`: it happens twice (fall back). */
  kind: 'exact' | 'gap' | 'overlap';
  /** What the user should be told when the time isn't exactly what they picked. */
  note?: string;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const DAY_MS = 86_400_000;

/** Asking Intl costs ~0.1 ms and every stored entry is validated on read, so answers are remembered. */
const knownZones = new Map<string, boolean>();

export function isTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  let valid = knownZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    knownZones.set(timeZone, valid);
  }
  return valid;
}

/** The zone this browser is in, e.g. Europe/Berlin. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function parseDay(day: Day): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`"${day}" is not a date (yyyy-mm-dd).`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    throw new RangeError(`${day} is not a day of the calendar.`);
  return [y, m, d];
}

function parseClock(time: ClockTime): [number, number] {
  const match = TIME_PATTERN.exec(time);
  const [h, min] = match ? [Number(match[1]), Number(match[2])] : [Number.NaN, Number.NaN];
  if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59)) throw new RangeError(`"${time}" is not a time (hh:mm).`);
  return [h, min];
}

export function isDay(day: string): boolean {
  try {
    parseDay(day);
    return true;
  } catch {
    return false;
  }
}

/** Civil-day arithmetic: no zone involved, so UTC dates do it without DST surprises. */
export function addDays(day: Day, days: number): Day {
  const [y, m, d] = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  const [y, m, d] = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The wall-clock day and time of an instant in a zone. */
export function wallTimeOf(at: number, timeZone: string): WallTime {
  const date = new TZDate(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

export function dayOf(at: number, timeZone: string): Day {
  return wallTimeOf(at, timeZone).day;
}

/** The instant a wall-clock time in a zone names, resolved as RFC 5545 does (see the top of this file). */
export function resolveWallTime({ day, time }: WallTime, timeZone: string): ResolvedTime {
  if (!isTimeZone(timeZone)) throw new RangeError(`"${timeZone}" is not a time zone.`);
  const [y, m, d] = parseDay(day);
  const [h, min] = parseClock(time);
  const resolved = resolveLocalTime(Date.UTC(y, m - 1, d, h, min), (at) => tzOffset(timeZone, new Date(at)));
  if (resolved.kind === 'gap') {
    const shown = wallTimeOf(resolved.at, timeZone).time;
    return {
      ...resolved,
      note: t('calendarTimeGap', time, day, timeZone, shown),
    };
  }
  if (resolved.kind === 'overlap') {
    return {
      ...resolved,
      note: t('calendarTimeOverlap', time, day, timeZone),
    };
  }
  return resolved;
}

/**
 * The same resolution for any zone given as its UTC offset (minutes) at an instant, such as a time zone an
 * iCalendar file defines itself. `asUtc` is the wall-clock time written as if it were UTC.
 */
export function resolveLocalTime(asUtc: number, offsetAt: (at: number) => number): ResolvedTime {
  // Offsets in force a day either side cover every real transition (zones change at most once a day).
  const before = offsetAt(asUtc - DAY_MS);
  const after = offsetAt(asUtc + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((at) => offsetAt(at) * MINUTE === asUtc - at)
    .sort((a, b) => a - b);
  const first = candidates[0];
  // Skipped by a spring-forward: read with the offset from before the gap, which lands after it.
  if (first === undefined) return { at: asUtc - before * MINUTE, kind: 'gap' };
  return { at: first, kind: candidates.length > 1 ? 'overlap' : 'exact' };
}

/** Moves an instant to another day, keeping its wall-clock time in the zone. */
export function moveToDay(at: number, timeZone: string, day: Day): ResolvedTime {
  return resolveWallTime({ day, time: wallTimeOf(at, timeZone).time }, timeZone);
}

/** Moves an instant to another day and wall-clock time in the zone. */
export function moveToDayAndTime(day: Day, time: ClockTime, timeZone: string): ResolvedTime {
  return resolveWallTime({ day, time }, timeZone);
}

/** The first instant of a day in a zone (a zone whose midnight is skipped starts the day at 01:00). */
export function startOfDay(day: Day, timeZone: string): number {
  return resolveWallTime({ day, time: '00:00' }, timeZone).at;
}

/** Shifts the wall-clock time by whole minutes on the same or a neighbouring day. */
export function shiftClock(at: number, timeZone: string, minutes: number): ResolvedTime {
  const { day, time } = wallTimeOf(at, timeZone);
  const [h, min] = parseClock(time);
  const total = h * 60 + min + minutes;
  const dayShift = Math.floor(total / 1440);
  const inDay = total - dayShift * 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return resolveWallTime(
    { day: addDays(day, dayShift), time: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}` },
    timeZone,
  );
}
