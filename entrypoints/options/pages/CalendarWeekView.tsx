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
  const byHour = days.map((cell) => {
    const hours = new Map<number, CalendarEntry[]>();
    for (const entry of cell.entries) {
      const hour = Number(wallTimeOf(entry.at, timeZone).time.slice(0, 2));
      hours.set(hour, [...(hours.get(hour) ?? []), entry]);
    }
    return hours;
  });
  return (
    <div className="week-view" style={{ gridTemplateColumns: `56px repeat(${days.length}, 1fr)` }}>
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
        <div key={`h${hour}`} className="week-hour">
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
