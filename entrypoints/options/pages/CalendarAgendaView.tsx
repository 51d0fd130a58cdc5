import type { DayCell } from '@/utils/calendar/layout';
import { plural } from '@/utils/i18n';
import { CalendarEntryChip } from './CalendarEntryChip';
import { type CalendarViewProps, dayLabel } from './CalendarMonthView';

interface Props extends CalendarViewProps {
  days: DayCell[];
}

/** The days ahead that have entries, as a list. */
export function CalendarAgendaView({ days, timeZone, colourBy, locale, onOpen, onMove }: Props) {
  const busy = days.filter((cell) => cell.entries.length > 0);
  if (busy.length === 0) return <p className="muted">{plural('calendarNothingPlanned', days.length)}</p>;
  return (
    <ol className="agenda-view">
      {busy.map((cell) => (
        <li key={cell.day} data-testid={`agenda-${cell.day}`}>
          <h3 className={cell.isToday ? 'today' : undefined}>
            {dayLabel(cell.day, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
          </h3>
          {cell.entries.map((entry) => (
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
        </li>
      ))}
    </ol>
  );
}
