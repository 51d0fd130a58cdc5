import type { CalendarEntry } from '../db/records';
import { addDays, type Day, startOfDay, weekdayOf } from './time';

/** 0 = Sunday, 1 = Monday. */
export type WeekStart = 0 | 1;

export interface DayCell {
  day: Day;
  /** First instant of the day in the view's zone, and of the next day (days are 23–25 hours long). */
  start: number;
  end: number;
  /** False for the leading and trailing days a month grid shows from its neighbours. */
  inMonth: boolean;
  isToday: boolean;
  entries: CalendarEntry[];
}

/** Month grids always show six weeks, so the grid doesn't jump in height and the days after the month show. */
const MONTH_GRID_DAYS = 42;

/** The week's first day for a locale (Monday unless the locale says Sunday). */
export function weekStartFor(locale: string): WeekStart {
  try {
    const info = (
      new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }
    ).getWeekInfo?.();
    return info?.firstDay === 7 ? 0 : 1;
  } catch {
    return 1;
  }
}

export function startOfWeek(day: Day, weekStart: WeekStart): Day {
  return addDays(day, -((weekdayOf(day) - weekStart + 7) % 7));
}

/** The 42 days a month grid shows: from the week start on or before the 1st. */
export function monthGridDays(month: string, weekStart: WeekStart): Day[] {
  const first = startOfWeek(`${month}-01`, weekStart);
  return Array.from({ length: MONTH_GRID_DAYS }, (_, index) => addDays(first, index));
}

export function weekDays(day: Day, weekStart: WeekStart): Day[] {
  const first = startOfWeek(day, weekStart);
  return Array.from({ length: 7 }, (_, index) => addDays(first, index));
}

/** The instants [from, to) the days cover in the zone: the range to query the calendar with. */
export function rangeOf(days: Day[], timeZone: string): { from: number; to: number } {
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('No days to show.');
  return { from: startOfDay(first, timeZone), to: startOfDay(addDays(last, 1), timeZone) };
}

/**
 * Lays entries out on consecutive days of a zone: each day gets its entries in time order. Works out each
 * day's start once and walks the sorted entries, so the zone math is per day, not per entry.
 */
export function layoutDays(
  days: Day[],
  timeZone: string,
  entries: readonly CalendarEntry[],
  options: { month?: string; today?: Day } = {},
): DayCell[] {
  const starts = [...days, addDays(days.at(-1) ?? '1970-01-01', 1)].map((day) => startOfDay(day, timeZone));
  const cells = days.map(
    (day, index): DayCell => ({
      day,
      start: starts[index] as number,
      end: starts[index + 1] as number,
      inMonth: options.month === undefined || day.startsWith(options.month),
      isToday: day === options.today,
      entries: [],
    }),
  );
  const sorted = [...entries].sort((a, b) => a.at - b.at || a.title.localeCompare(b.title));
  let cell = 0;
  for (const entry of sorted) {
    while (cell < cells.length && entry.at >= (cells[cell] as DayCell).end) cell += 1;
    const target = cells[cell];
    if (!target) break;
    if (entry.at >= target.start) target.entries.push(entry);
  }
  return cells;
}

/** A month grid: six weeks of seven days. */
export function layoutMonth(
  month: string,
  timeZone: string,
  entries: readonly CalendarEntry[],
  options: { weekStart: WeekStart; today?: Day },
): DayCell[][] {
  const cells = layoutDays(monthGridDays(month, options.weekStart), timeZone, entries, {
    month,
    today: options.today,
  });
  return Array.from({ length: MONTH_GRID_DAYS / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
