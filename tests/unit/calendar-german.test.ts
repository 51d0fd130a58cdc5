import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planCsvImport, readCsv } from '@/utils/calendar/csv-interchange';
import { ICalendarImportError, parseICalendar } from '@/utils/calendar/ical-import';
import { planSummary } from '@/utils/calendar/import-plan';
import { statusLabel } from '@/utils/calendar/status-labels';
import { resolveWallTime } from '@/utils/calendar/time';
import { setTestUiLanguage } from '../setup/i18n';

const NOW = Date.UTC(2026, 10, 20, 12);
const ics = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...events.flatMap((event) => ['BEGIN:VEVENT', ...event, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

/** What a German user reads when a calendar file is imported: the preview's sentences and the refusals. */
describe('the calendar’s import sentences in German', () => {
  beforeEach(() => setTestUiLanguage('de'));
  afterEach(() => setTestUiLanguage('en'));

  it('statuses are labels of their own: “In Prüfung”, never the id', () => {
    expect(statusLabel('in-review')).toBe('In Prüfung');
    expect(statusLabel('changes-requested')).toBe('Änderungen erbeten');
    expect(statusLabel('approved')).toBe('Freigegeben');
  });

  it('an iCalendar file with an unreadable event: the summary, the skipped event and the all-day note', () => {
    const plan = parseICalendar(
      ics(
        ['UID:a', 'SUMMARY:Launch', 'DTSTART;VALUE=DATE:20261124'],
        ['UID:b', 'SUMMARY:Monat 13', 'DTSTART:20261324T100000'],
      ),
      'Europe/Berlin',
      NOW,
    );
    expect(planSummary(plan)).toBe('1 Eintrag wird hinzugefügt; 1 wird übersprungen.');
    expect(plan.skipped).toEqual([
      {
        label: 'Termin 2 („Monat 13“)',
        reason: 'Sein Beginn „DTSTART:20261324T100000“ ist kein Datum mit Uhrzeit.',
      },
    ]);
    expect(plan.notes).toContain('1 ganztägiger Termin wurde für 09:00 Uhr (Europe/Berlin) geplant.');
  });

  it('a file that is no calendar is refused with a German sentence', () => {
    expect(() => parseICalendar('hello', 'Europe/Berlin', NOW)).toThrow(ICalendarImportError);
    expect(() => parseICalendar('hello', 'Europe/Berlin', NOW)).toThrow(
      'Das ist keine iCalendar-Datei: Sie hat keine Zeile BEGIN:VCALENDAR.',
    );
    expect(() => parseICalendar(ics(['UID:x', 'SUMMARY:Ohne Start']), 'Europe/Berlin', NOW)).toThrow(
      'Nichts in der Datei lässt sich importieren. Termin 1 („Ohne Start“): Er hat keine Startzeit (DTSTART).',
    );
  });

  it('a spreadsheet: rows skipped with German reasons, numbers written the German way', () => {
    const table = readCsv('Title,Date\nTeaser,2026-11-24\nOhne Datum,\nRätsel,03/04/2026\n');
    const plan = planCsvImport(table, { title: 'Title', date: 'Date' }, 'Europe/Berlin', NOW);
    expect(planSummary(plan)).toBe('1 Eintrag wird hinzugefügt; 2 werden übersprungen.');
    expect(plan.skipped).toEqual([
      { label: 'Zeile 3 („Ohne Datum“)', reason: 'Sie hat kein Datum.' },
      {
        label: 'Zeile 4 („Rätsel“)',
        reason:
          'Ihr Datum: „03/04/2026“ kann Tag/Monat oder Monat/Tag sein; schreiben Sie das Datum als JJJJ-MM-TT (z. B. 2026-04-03).',
      },
    ]);
    expect(() => planCsvImport(table, { title: 'Title' }, 'Europe/Berlin', NOW)).toThrow(
      'Wählen Sie die Spalte mit dem Datum.',
    );
  });

  it('a time the clocks skip says so in German', () => {
    expect(resolveWallTime({ day: '2026-03-29', time: '02:30' }, 'Europe/Berlin').note).toBe(
      '02:30 Uhr gibt es am 2026-03-29 in Europe/Berlin nicht (die Uhren werden vorgestellt); der Eintrag steht auf 03:30 Uhr.',
    );
  });
});
