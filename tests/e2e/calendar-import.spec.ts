import { expect, test } from './extension';

/** Days as the extension sees them: in the browser's own time zone, `yyyy-mm-dd` and iCalendar's `yyyymmdd`. */
function dayFromToday(offset: number): { day: string; ics: string } {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return { day, ics: day.replaceAll('-', '') };
}

test('an Outlook file: the preview lists what it adds and skips, Cancel changes nothing, Add writes the rest', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  const first = dayFromToday(1);
  const file = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'BEGIN:VEVENT',
    'UID:weekly@outlook',
    `DTSTART;TZID=W. Europe Standard Time:${first.ics}T100000`,
    'RRULE:FREQ=WEEKLY;COUNT=3',
    'SUMMARY:Weekly tip',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:broken@outlook',
    'DTSTART:2026-13-45',
    'SUMMARY:Broken start',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const fileInput = dashboard.locator('input[type="file"]');
  const choose = () =>
    fileInput.setInputFiles({ name: 'outlook.ics', mimeType: 'text/calendar', buffer: Buffer.from(file) });

  await choose();
  const preview = dashboard.getByRole('dialog', { name: 'Import outlook.ics' });
  await expect(preview).toContainText('3 entries will be added; 1 is skipped.');
  await expect(preview.getByRole('list', { name: 'Skipped' })).toHaveText(
    'Event 2 (“Broken start”): Its start “DTSTART:2026-13-45” isn’t a date and time.',
  );
  await expect(preview).toContainText(
    'The Outlook time zone “W. Europe Standard Time” was read as Europe/Berlin.',
  );
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(dashboard.getByRole('status')).toHaveText('Nothing was imported from outlook.ics.');
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(0);

  await choose();
  await preview.getByRole('button', { name: 'Add 3 entries' }).click();
  await expect(dashboard.getByRole('status')).toHaveText('Imported 3 ideas from outlook.ics. 1 skipped.');
  await expect(dashboard.getByTestId(`day-${first.day}`).locator('[data-entry-id]')).toContainText(
    'Weekly tip',
  );
});
