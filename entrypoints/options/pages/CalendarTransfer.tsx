import { useRef, useState } from 'react';
import type { BulkChoices, BulkExport, BulkFormat, DayOrder } from '@/utils/calendar/csv-formats';
import type { CsvMapping, CsvTable } from '@/utils/calendar/csv-interchange';
import { type CalendarFilters, isFiltered, matchesFilters } from '@/utils/calendar/filters';
import type { RepeatRange } from '@/utils/calendar/ical-import';
import type { ImportPlan } from '@/utils/calendar/import-plan';
import { addDays, dayOf, startOfDay } from '@/utils/calendar/time';
import { PLATFORM_IDS, type PlatformId } from '@/utils/checks/types';
import { calendarRepository } from '@/utils/db/calendar';
import { getDatabase } from '@/utils/db/database';
import type { CalendarEntry } from '@/utils/db/records';
import { settingsRepository } from '@/utils/db/settings';
import { formatNumber, plural, t } from '@/utils/i18n';
import { refusalText } from '@/utils/refusal';
import { CalendarCsvMapping } from './CalendarCsvMapping';
import { CalendarImportPreview } from './CalendarImportPreview';
import type { Notice } from './CalendarPage';

const calendar = calendarRepository(getDatabase());
const settings = settingsRepository(getDatabase());
/** Repeating events are expanded over the next three months unless the user picks other dates. */
const DEFAULT_REPEAT_DAYS = 91;

export function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
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

interface Pending {
  fileName: string;
  text: string;
  plan: ImportPlan;
  repeats?: RepeatRange;
  /** Another tool's bulk file: what the file doesn't say (platform, day order) is the user's pick in the preview. */
  bulk?: { table: CsvTable; format: BulkFormat; choices: BulkChoices; askDayOrder: boolean };
}

/** Where the choices made for a bulk format are remembered, beside the column mappings. */
const bulkKey = (format: BulkFormat) => `bulk:${format}`;
const isPlatform = (value: string | undefined): value is PlatformId =>
  (PLATFORM_IDS as readonly string[]).includes(value ?? '');
const isDayOrder = (value: string | undefined): value is DayOrder => value === 'dmy' || value === 'mdy';

function rememberedChoices(stored: Record<string, string> | undefined): BulkChoices {
  return {
    ...(isPlatform(stored?.platform) ? { platform: stored.platform } : {}),
    ...(isDayOrder(stored?.dayOrder) ? { dayOrder: stored.dayOrder } : {}),
  };
}

const nothingImported = (error: unknown) => t('calendarNothingImported', refusalText(error));
const nothingToExport = () => t('calendarNothingToExport');

/** iCalendar export (everything, or what the filters match on any date) and import as ideas, after a preview. */
export function CalendarTransfer({ timeZone, filters, onDone }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [mapping, setMapping] = useState<{ fileName: string; table: CsvTable }>();

  async function exportEntries(onlyFiltered: boolean) {
    const entries = (await calendar.list()).filter(
      (entry) => !onlyFiltered || matchesFilters(entry, filters),
    );
    if (entries.length === 0) return onDone({ kind: 'error', text: nothingToExport() });
    // Loaded on demand: the dashboard opens without the iCalendar libraries.
    const { entriesToICalendar } = await import('@/utils/calendar/ical-export');
    download(
      entriesToICalendar(entries),
      onlyFiltered ? 'onbrand-calendar-filtered.ics' : 'onbrand-calendar.ics',
      'text/calendar',
    );
    onDone({ kind: 'status', text: t('calendarExported', plural('calendarEntries', entries.length)) });
  }

  async function preview(fileName: string, text: string, repeats: RepeatRange) {
    const { parseICalendar } = await import('@/utils/calendar/ical-import');
    const plan = parseICalendar(text, timeZone, Date.now(), repeats);
    const hasRepeats = /^RRULE[;:]/im.test(text);
    setPending({ fileName, text, plan, ...(hasRepeats ? { repeats } : {}) });
  }

  async function exportCsv() {
    const entries = await calendar.list();
    if (entries.length === 0) return onDone({ kind: 'error', text: nothingToExport() });
    const { entriesToCsv } = await import('@/utils/calendar/csv-interchange');
    download(entriesToCsv(entries), 'onbrand-calendar.csv', 'text/csv');
    onDone({ kind: 'status', text: t('calendarExported', plural('calendarEntries', entries.length)) });
  }

  async function exportBulk(tool: string, write: (entries: CalendarEntry[]) => BulkExport, name: string) {
    const entries = await calendar.list();
    if (entries.length === 0) return onDone({ kind: 'error', text: nothingToExport() });
    const { text, exported, withoutText } = write(entries);
    download(text, name, 'text/csv');
    const done = t('calendarExportedFor', plural('calendarEntries', exported), tool);
    const left = withoutText > 0 ? ` ${t('calendarLeftOut', formatNumber(withoutText))}` : '';
    onDone({ kind: 'status', text: `${done}${left}` });
  }

  async function exportForTool(tool: 'Hootsuite' | 'Buffer') {
    try {
      const formats = await import('@/utils/calendar/csv-formats');
      if (tool === 'Hootsuite')
        await exportBulk(tool, formats.entriesToHootsuiteCsv, 'onbrand-calendar-hootsuite.csv');
      else await exportBulk(tool, formats.entriesToBufferCsv, 'onbrand-calendar-buffer.csv');
    } catch (error) {
      onDone({ kind: 'error', text: t('calendarNothingExported', refusalText(error)) });
    }
  }

  async function previewBulk(fileName: string, bulk: NonNullable<Pending['bulk']>) {
    const { planCsvImport } = await import('@/utils/calendar/csv-interchange');
    const plan = planCsvImport(bulk.table, bulk.format, timeZone, Date.now(), bulk.choices);
    setPending({ fileName, text: '', plan, bulk });
  }

  async function choose(pending: Pending, choices: BulkChoices) {
    if (!pending.bulk) return;
    await previewBulk(pending.fileName, { ...pending.bulk, choices });
    const all = await settings.read('csvColumnMappings');
    await settings.write('csvColumnMappings', { ...all, [bulkKey(pending.bulk.format)]: { ...choices } });
  }

  async function previewCsv(fileName: string, table: CsvTable, mapping: CsvMapping) {
    const { planCsvImport } = await import('@/utils/calendar/csv-interchange');
    setMapping(undefined);
    setPending({ fileName, text: '', plan: planCsvImport(table, mapping, timeZone, Date.now()) });
  }

  async function readCsvFile(fileName: string, text: string) {
    const { headerKey, knownMapping, readCsv } = await import('@/utils/calendar/csv-interchange');
    const table = readCsv(text);
    if (table.format) {
      const { needsDayOrder } = await import('@/utils/calendar/csv-formats');
      const stored = (await settings.read('csvColumnMappings'))[bulkKey(table.format)];
      return previewBulk(fileName, {
        table,
        format: table.format,
        choices: rememberedChoices(stored),
        askDayOrder: needsDayOrder(table.format, table),
      });
    }
    const remembered = (await settings.read('csvColumnMappings'))[headerKey(table.headers)];
    const mapping = knownMapping(table.headers) ?? remembered;
    if (mapping) return previewCsv(fileName, table, mapping);
    setMapping({ fileName, table });
  }

  async function rememberMapping(table: CsvTable, mapping: CsvMapping) {
    const { headerKey } = await import('@/utils/calendar/csv-interchange');
    const all = await settings.read('csvColumnMappings');
    await settings.write('csvColumnMappings', {
      ...all,
      [headerKey(table.headers)]: mapping as Record<string, string>,
    });
  }

  async function readFile(file: File) {
    setBusy(true);
    try {
      if (/\.csv$/i.test(file.name) || file.type === 'text/csv')
        return await readCsvFile(file.name, await file.text());
      const today = dayOf(Date.now(), timeZone);
      await preview(file.name, await file.text(), {
        from: startOfDay(today, timeZone),
        to: startOfDay(addDays(today, DEFAULT_REPEAT_DAYS), timeZone),
      });
    } catch (error) {
      onDone({ kind: 'error', text: nothingImported(error) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function confirm({ fileName, plan }: Pending) {
    try {
      const { added, alreadyThere } = await calendar.importEntries(plan.entries);
      const parts = [
        t('calendarImported', plural('calendarEntries', added), fileName),
        alreadyThere > 0 ? t('calendarAlreadyThere', formatNumber(alreadyThere)) : '',
        plan.skipped.length > 0 ? t('calendarSkippedShort', formatNumber(plan.skipped.length)) : '',
      ];
      onDone({ kind: 'status', text: parts.filter(Boolean).join(' ') });
    } catch (error) {
      onDone({ kind: 'error', text: nothingImported(error) });
    } finally {
      setPending(undefined);
    }
  }

  return (
    <div className="calendar-transfer">
      <button type="button" className="button" onClick={() => void exportEntries(false)}>
        {t('calendarExportAllIcs')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!isFiltered(filters)}
        onClick={() => void exportEntries(true)}
      >
        {t('calendarExportFilteredIcs')}
      </button>
      <button type="button" className="button" onClick={() => void exportCsv()}>
        {t('calendarExportAllCsv')}
      </button>
      <button type="button" className="button" onClick={() => void exportForTool('Hootsuite')}>
        {t('calendarExportFor', 'Hootsuite')}
      </button>
      <button type="button" className="button" onClick={() => void exportForTool('Buffer')}>
        {t('calendarExportFor', 'Buffer')}
      </button>
      <label className="button">
        {t(busy ? 'calendarReading' : 'calendarImportFile')}
        <input
          ref={input}
          type="file"
          accept=".ics,text/calendar,.csv,text/csv"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void readFile(file);
          }}
        />
      </label>
      {mapping && (
        <CalendarCsvMapping
          fileName={mapping.fileName}
          headers={mapping.table.headers}
          initial={{}}
          onDone={(chosen) =>
            void rememberMapping(mapping.table, chosen)
              .then(() => previewCsv(mapping.fileName, mapping.table, chosen))
              .catch((error) => {
                setMapping(undefined);
                onDone({ kind: 'error', text: nothingImported(error) });
              })
          }
          onCancel={() => {
            setMapping(undefined);
            onDone({ kind: 'status', text: t('calendarNothingImportedFrom', mapping.fileName) });
          }}
        />
      )}
      {pending && (
        <CalendarImportPreview
          fileName={pending.fileName}
          plan={pending.plan}
          timeZone={timeZone}
          {...(pending.repeats
            ? {
                repeats: pending.repeats,
                onRepeats: (range: RepeatRange) =>
                  void preview(pending.fileName, pending.text, range).catch((error) => {
                    setPending(undefined);
                    onDone({ kind: 'error', text: nothingImported(error) });
                  }),
              }
            : {})}
          {...(pending.bulk
            ? {
                choices: pending.bulk.choices,
                askDayOrder: pending.bulk.askDayOrder,
                onChoices: (choices: BulkChoices) =>
                  void choose(pending, choices).catch((error) => {
                    setPending(undefined);
                    onDone({ kind: 'error', text: nothingImported(error) });
                  }),
              }
            : {})}
          onConfirm={() => void confirm(pending)}
          onCancel={() => {
            setPending(undefined);
            onDone({ kind: 'status', text: t('calendarNothingImportedFrom', pending.fileName) });
          }}
        />
      )}
    </div>
  );
}
