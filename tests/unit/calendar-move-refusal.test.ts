import { afterEach, describe, expect, it } from 'vitest';
import { moveRefusalText } from '@/utils/calendar/move-refusal';
import { calendarRepository } from '@/utils/db/calendar';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';
import { calendarEntry } from './calendar-entry';

/**
 * What the calendar says when an entry dragged to another time is not moved (CalendarPage's moveEntry): the
 * drag saves the entry as shown, so a change made elsewhere meanwhile refuses it, and so can the database.
 */
const database = freshDatabaseEachTest('calendar-move-refusal');

afterEach(() => setTestUiLanguage('en'));

/** The refusal of a drag of `shown`, with the calendar's save as the page makes it. */
async function refusalOfMove(shown: ReturnType<typeof calendarEntry>): Promise<string> {
  try {
    await calendarRepository(database()).save(
      { ...shown, at: shown.at + 3_600_000, updatedAt: Date.now() },
      { basedOn: shown.updatedAt },
    );
  } catch (error) {
    return moveRefusalText(shown.title, error);
  }
  throw new Error('expected the move to be refused');
}

describe.each([
  {
    language: 'en' as const,
    changed:
      '“Spring launch” was changed elsewhere since the calendar showed it, so it was not moved. Drag it again to move it as it is now.',
    deleted: '“Spring launch teaser” was deleted elsewhere, so it was not moved.',
    failed:
      '“Spring launch teaser” could not be moved; nothing was changed. Try again; if it fails again, reload the dashboard. Details: ',
  },
  {
    language: 'de' as const,
    changed:
      '„Spring launch“ wurde an anderer Stelle geändert, seit der Kalender den Eintrag zeigte, und deshalb nicht verschoben. Ziehen Sie ihn erneut, um ihn so zu verschieben, wie er jetzt ist.',
    deleted: '„Spring launch teaser“ wurde an anderer Stelle gelöscht und deshalb nicht verschoben.',
    failed:
      '„Spring launch teaser“ ließ sich nicht verschieben; nichts wurde geändert. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie zuerst das Dashboard neu. Details: ',
  },
])('in $language, a dragged entry that was not moved', (expected) => {
  it('changed elsewhere since the calendar showed it: names it as it is now', async () => {
    setTestUiLanguage(expected.language);
    const shown = calendarEntry({ updatedAt: 1 });
    await calendarRepository(database()).save({ ...shown, title: 'Spring launch', updatedAt: 2 });
    expect(await refusalOfMove(shown)).toBe(expected.changed);
  });

  it('deleted elsewhere', async () => {
    setTestUiLanguage(expected.language);
    expect(await refusalOfMove(calendarEntry())).toBe(expected.deleted);
  });

  it('refused by the database: its own words only after “Details:”', async () => {
    setTestUiLanguage(expected.language);
    const shown = calendarEntry();
    await calendarRepository(database()).save(shown);
    database().close();
    const text = await refusalOfMove(shown);
    expect(text.startsWith(expected.failed), text).toBe(true);
    expect(text.length).toBeGreaterThan(expected.failed.length);
  });
});
