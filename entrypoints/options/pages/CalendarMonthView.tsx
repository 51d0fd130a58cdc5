import type { ColourBy } from '@/utils/calendar/colours';
import type { DayCell } from '@/utils/calendar/layout';
import type { CalendarEntry } from '@/utils/db/records';
import { plural, t } from '@/utils/i18n';
import { CalendarDropTarget } from './CalendarDropTarget';
import { CalendarEntryChip, type MoveBy } from './CalendarEntryChip';

/** More than this many entries on a day collapse into "+N more", which opens the day's week. */
export const MONTH_CELL_ENTRIES = 4;

export interface CalendarViewProps {
  timeZone: string;
  colourBy: ColourBy;
  locale: string;
  onOpen: (entry: CalendarEntry) => void;
  onMove: (entry: CalendarEntry, by: MoveBy) => void;
  onCreate: (day: string) => void;
}

interface Props extends CalendarViewProps {
  weeks: DayCell[][];
  onDropOnDay: (id: string, day: string) => void;
  onShowDay: (day: string) => void;
}

export function dayLabel(day: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Six weeks of days with up to four entries each. Pure: renders from its props only. */
export function CalendarMonthView({
  weeks,
  timeZone,
  colourBy,
  locale,
  onOpen,
  onMove,
  onCreate,
  onDropOnDay,
  onShowDay,
}: Props) {
  const firstWeek = weeks[0] ?? [];
  return (
    <div className="month-view">
      <div className="month-weekdays" aria-hidden="true">
        {firstWeek.map((cell) => (
          <div key={cell.day}>{dayLabel(cell.day, locale, { weekday: 'short' })}</div>
        ))}
      </div>
      {weeks.map((week) => (
        <div className="month-week" key={week[0]?.day}>
          {week.map((cell) => {
            const hidden = cell.entries.length - MONTH_CELL_ENTRIES;
            const label = dayLabel(cell.day, locale, { weekday: 'long', day: 'numeric', month: 'long' });
            return (
              <CalendarDropTarget
                key={cell.day}
                className={`month-day${cell.inMonth ? '' : ' outside'}${cell.isToday ? ' today' : ''}`}
                label={label}
                testId={`day-${cell.day}`}
                onDropEntry={(id) => onDropOnDay(id, cell.day)}
              >
                <button
                  type="button"
                  className="day-number"
                  aria-label={t('calendarNewEntryOn', label)}
                  onClick={() => onCreate(cell.day)}
                >
                  {Number(cell.day.slice(8))}
                </button>
                {cell.entries
                  .slice(0, hidden > 0 ? MONTH_CELL_ENTRIES - 1 : MONTH_CELL_ENTRIES)
                  .map((entry) => (
                    <CalendarEntryChip
                      key={entry.id}
                      entry={entry}
                      timeZone={timeZone}
                      colourBy={colourBy}
                      verticalStep={{ days: 7 }}
                      onOpen={onOpen}
                      onMove={onMove}
                    />
                  ))}
                {hidden > 0 && (
                  <button type="button" className="more" onClick={() => onShowDay(cell.day)}>
                    {plural('calendarMore', hidden + 1)}
                  </button>
                )}
              </CalendarDropTarget>
            );
          })}
        </div>
      ))}
    </div>
  );
}
