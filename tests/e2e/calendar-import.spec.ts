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
  await expect(dashboard.getByRole('status').filter({ hasText: 'Nothing was imported' })).toHaveText(
    'Nothing was imported from outlook.ics.',
  );
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(0);

  await choose();
  await preview.getByRole('button', { name: 'Add 3 entries' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 3 entries from outlook.ics. 1 skipped.',
  );
  await expect(dashboard.getByTestId(`day-${first.day}`).locator('[data-entry-id]')).toContainText(
    'Weekly tip',
  );
});

test('a spreadsheet: its columns are mapped once, the preview shows the rows, the drafts land checked', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  const first = dayFromToday(1);
  const second = dayFromToday(2);
  const long = `Our winter sale is here ${'and it is big '.repeat(25)}`.trim();
  const sheet = [
    'When,Message,Network',
    `${first.day} 14:30,Short and sweet,Instagram`,
    `${second.day} 09:00,"${long}",Twitter`,
    'someday,No date,X',
  ].join('\r\n');
  const fileInput = dashboard.locator('input[type="file"]');
  const choose = () =>
    fileInput.setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });

  await choose();
  const columns = dashboard.getByRole('dialog', { name: 'Columns of plan.csv' });
  await columns.getByLabel('Date (or date and time)').selectOption('When');
  await columns.getByLabel('Post text').selectOption('Message');
  await columns.getByLabel('Platforms').selectOption('Network');
  await columns.getByRole('button', { name: 'Preview' }).click();
  const preview = dashboard.getByRole('dialog', { name: 'Import plan.csv' });
  await expect(preview).toContainText('2 entries will be added; 1 is skipped.');
  await expect(preview.getByRole('list', { name: 'Skipped' })).toHaveText(
    'Row 4 (“No date”): Its date “someday” isn’t a date (write it as yyyy-mm-dd, optionally with hh:mm).',
  );
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Add 2 entries' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 2 entries from plan.csv. 1 skipped.',
  );

  const short = dashboard.getByTestId(`day-${first.day}`).locator('[data-entry-id]');
  await expect(short).toHaveText(/14:30\s*Short and sweet/);
  await expect(short).toHaveAttribute('data-status', 'draft');
  await expect(short).not.toHaveAttribute('data-findings', 'empty');
  // Over X's 280 characters: the month view shows the draft's error like any other entry's.
  await expect(dashboard.getByTestId(`day-${second.day}`).locator('[data-entry-id]')).toHaveAttribute(
    'data-findings',
    'error',
  );

  // The same columns again: no questions, straight to the preview.
  await choose();
  await expect(preview).toContainText('2 entries will be added; 1 is skipped.');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(2);
});
