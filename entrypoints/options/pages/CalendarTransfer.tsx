import { useRef, useState } from 'react';
import { type CalendarFilters, isFiltered, matchesFilters } from '@/utils/calendar/filters';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import type { Notice } from './CalendarPage';

const calendar = calendarRepository(getDatabase());

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Props {
  timeZone: string;
  filters: CalendarFilters;
  onDone: (notice: Notice) => void;
}

/** iCalendar export (everything, or what the filters match on any date) and import as ideas. */
export function CalendarTransfer({ timeZone, filters, onDone }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function exportEntries(onlyFiltered: boolean) {
    const entries = (await calendar.list()).filter(
      (entry) => !onlyFiltered || matchesFilters(entry, filters),
    );
    if (entries.length === 0) return onDone({ kind: 'error', text: 'There is nothing to export.' });
    // Loaded on demand: the dashboard opens without the iCalendar libraries.
    const { entriesToICalendar } = await import('@/utils/calendar/ical-export');
    download(
      entriesToICalendar(entries),
      onlyFiltered ? 'onbrand-calendar-filtered.ics' : 'onbrand-calendar.ics',
    );
    onDone({ kind: 'status', text: `Exported ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}.` });
  }

  async function importFile(file: File) {
    setBusy(true);
    try {
      const { parseICalendar } = await import('@/utils/calendar/ical-import');
      const parsed = parseICalendar(await file.text(), timeZone, Date.now());
      const { added, alreadyThere } = await calendar.importEntries(parsed.entries);
      const parts = [
        `Imported ${added} idea${added === 1 ? '' : 's'} from ${file.name}.`,
        alreadyThere > 0 ? `${alreadyThere} already in the calendar.` : '',
        ...parsed.notes,
      ];
      onDone({ kind: 'status', text: parts.filter(Boolean).join(' ') });
    } catch (error) {
      onDone({
        kind: 'error',
        text: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="calendar-transfer">
      <button type="button" className="button" onClick={() => void exportEntries(false)}>
        Export all (.ics)
      </button>
      <button
        type="button"
        className="button"
        disabled={!isFiltered(filters)}
        onClick={() => void exportEntries(true)}
      >
        Export filtered (.ics)
      </button>
      <label className="button">
        {busy ? 'Importing…' : 'Import .ics'}
        <input
          ref={input}
          type="file"
          accept=".ics,text/calendar"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
    </div>
  );
}
