import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DayCell } from '@/utils/calendar/layout';
import { wallTimeOf } from '@/utils/calendar/time';
import type { CalendarEntry } from '@/utils/db/records';
import { t } from '@/utils/i18n';
import { CalendarDropTarget } from './CalendarDropTarget';
import { CalendarEntryChip } from './CalendarEntryChip';
import { type CalendarViewProps, dayLabel } from './CalendarMonthView';

interface Props extends CalendarViewProps {
  days: DayCell[];
  /** Drop on an hour: the entry keeps its minutes. */
  onDropAtHour: (id: string, day: string, hour: number) => void;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const pad = (n: number) => String(n).padStart(2, '0');
/** Where the working day starts: the view opens scrolled to it, or to an earlier entry of the week. */
const WORKDAY_START = 8;

/** The wall-clock time in the calendar's zone, again each minute, for the "now" line. */
function useNow(timeZone: string): { hour: number; minute: number } {
  const read = () => {
    const [hour, minute] = wallTimeOf(Date.now(), timeZone).time.split(':').map(Number);
    return { hour: hour ?? 0, minute: minute ?? 0 };
  };
  const [now, setNow] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read depends on timeZone only
  useEffect(() => {
    setNow(read());
    const timer = setInterval(() => setNow(read()), 60_000);
    return () => clearInterval(timer);
  }, [timeZone]);
  return now;
}

/** Seven days by 24 hours; each entry sits in the hour of its wall-clock time. */
export function CalendarWeekView({
  days,
  timeZone,
  colourBy,
  locale,
  onOpen,
  onMove,
  onCreate,
  onDropAtHour,
}: Props) {
  const now = useNow(timeZone);
  const view = useRef<HTMLDivElement>(null);
  const byHour = days.map((cell) => {
    const hours = new Map<number, CalendarEntry[]>();
    for (const entry of cell.entries) {
      const hour = Number(wallTimeOf(entry.at, timeZone).time.slice(0, 2));
      hours.set(hour, [...(hours.get(hour) ?? []), entry]);
    }
    return hours;
  });
  const firstHour = Math.min(WORKDAY_START, ...byHour.flatMap((hours) => [...hours.keys()]));
  // Opens at the working day (a week starting at midnight shows eight empty hours first); once per week shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls when the week changes, not on every edit
  useLayoutEffect(() => {
    const box = view.current;
    const row = box?.querySelector<HTMLElement>(`[data-hour="${firstHour}"]`);
    const head = box?.querySelector<HTMLElement>('.week-day-head');
    if (box && row) box.scrollTop = row.offsetTop - (head?.offsetHeight ?? 0);
  }, [days[0]?.day]);
  return (
    <div ref={view} className="week-view" style={{ gridTemplateColumns: `56px repeat(${days.length}, 1fr)` }}>
      <div />
      {days.map((cell) => (
        <button
          type="button"
          key={cell.day}
          className={`week-day-head${cell.isToday ? ' today' : ''}`}
          aria-label={t(
            'calendarNewEntryOn',
            dayLabel(cell.day, locale, { weekday: 'long', day: 'numeric', month: 'long' }),
          )}
          onClick={() => onCreate(cell.day)}
        >
          {dayLabel(cell.day, locale, { weekday: 'short', day: 'numeric' })}
        </button>
      ))}
      {HOURS.map((hour) => [
        <div key={`h${hour}`} className="week-hour" data-hour={hour}>
          {pad(hour)}:00
        </div>,
        ...days.map((cell, index) => (
          <CalendarDropTarget
            key={`${cell.day}-${hour}`}
            className="week-slot"
            label={`${dayLabel(cell.day, locale, { weekday: 'long', day: 'numeric', month: 'long' })}, ${pad(hour)}:00`}
            testId={`slot-${cell.day}-${pad(hour)}`}
            onDropEntry={(id) => onDropAtHour(id, cell.day, hour)}
          >
            {cell.isToday && hour === now.hour && (
              <div
                className="now-line"
                style={{ top: `${(now.minute / 60) * 100}%` }}
                title={t('calendarNow')}
                aria-hidden="true"
              />
            )}
            {(byHour[index]?.get(hour) ?? []).map((entry) => (
              <CalendarEntryChip
                key={entry.id}
                entry={entry}
                timeZone={timeZone}
                colourBy={colourBy}
                verticalStep={{ minutes: 60 }}
                onOpen={onOpen}
                onMove={onMove}
              />
            ))}
          </CalendarDropTarget>
        )),
      ])}
    </div>
  );
}
