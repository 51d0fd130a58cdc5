import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

/**
 * Days as the extension sees them, in the browser's own time zone: `yyyy-mm-dd`, iCalendar's `yyyymmdd` and
 * the `mm/dd/yyyy` of Hootsuite's bulk composer.
 */
function dayFromToday(offset: number): { day: string; ics: string; hootsuite: string } {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) =>
    String(n).padStart(2, '0'),
  );
  return { day: `${y}-${m}-${d}`, ics: `${y}${m}${d}`, hootsuite: `${m}/${d}/${y}` };
}

/** A file chosen in the dashboard's import button, as the user picks it. */
function chooseFile(dashboard: Page, name: string, text: string) {
  const mimeType = name.endsWith('.ics') ? 'text/calendar' : 'text/csv';
  return dashboard.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

/** Clicks an export button and returns the file the browser downloaded. */
async function exported(dashboard: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/**
 * The month view shows imported drafts checked: the short one on `shortDay` has findings, the one on
 * `longDay`, over X's 280 characters, shows the draft's error like any other entry's.
 */
async function expectCheckedDrafts(dashboard: Page, shortDay: string, shortText: RegExp, longDay: string) {
  const short = dashboard.getByTestId(`day-${shortDay}`).locator('[data-entry-id]');
  await expect(short).toHaveText(shortText);
  await expect(short).toHaveAttribute('data-status', 'draft');
  await expect(short).not.toHaveAttribute('data-findings', 'empty');
  await expect(dashboard.getByTestId(`day-${longDay}`).locator('[data-entry-id]')).toHaveAttribute(
    'data-findings',
    'error',
  );
}

/** Deletes every entry in the month view through its editor, as the user would. */
async function deleteAll(dashboard: Page) {
  const chips = dashboard.locator('[data-entry-id]');
  for (let left = await chips.count(); left > 0; left--) {
    await chips.first().click();
    const edit = dashboard.getByRole('dialog', { name: 'Edit entry' });
    await edit.getByRole('button', { name: 'Delete' }).click();
    await edit.getByRole('button', { name: 'Really delete' }).click();
    await expect(chips).toHaveCount(left - 1);
  }
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

  await expectCheckedDrafts(dashboard, first.day, /14:30\s*Short and sweet/, second.day);

  // The same columns again: no questions, straight to the preview.
  await choose();
  await expect(preview).toContainText('2 entries will be added; 1 is skipped.');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(2);
});

test('a Hootsuite bulk file: no header row, the platform picked in the preview, the drafts land checked', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  const first = dayFromToday(1);
  const second = dayFromToday(2);
  const long = `Our winter sale is here ${'and it is big '.repeat(25)}`.trim();
  // A day over 12 in the same month shows the file writes month/day.
  const late = ['28', '27', '26'].find((day) => day !== first.day.slice(8) && day !== second.day.slice(8));
  const fixed = { hootsuite: `${first.hootsuite.slice(0, 3)}${late}${first.hootsuite.slice(5)}` };
  const file = [
    `${first.hootsuite} 14:30,"Short and sweet, with a link",https://example.com/sale`,
    `${second.hootsuite} 09:00,"${long}",`,
    `${fixed.hootsuite} 18:05,Month end wrap-up,`,
    `${first.hootsuite} 7:00 pm,A 12-hour time,`,
  ].join('\r\n');

  await chooseFile(dashboard, 'hootsuite.csv', file);
  const preview = dashboard.getByRole('dialog', { name: 'Import hootsuite.csv' });
  await expect(preview).toContainText('3 entries will be added; 1 is skipped.');
  await expect(preview.getByRole('list', { name: 'How the file was read' })).toContainText(
    'Read as a Hootsuite bulk composer file.',
  );
  await expect(preview.getByRole('list', { name: 'Skipped' })).toHaveText(
    `Row 4 (“A 12-hour time”): Its date “${first.hootsuite} 7:00 pm” isn’t a date (write it as yyyy-mm-dd, optionally with hh:mm).`,
  );
  await preview.getByLabel('Platform of these posts').selectOption('X');
  await expect(preview.getByRole('list', { name: 'How the file was read' })).not.toContainText('pick one');
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Add 3 entries' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 3 entries from hootsuite.csv. 1 skipped.',
  );

  await expectCheckedDrafts(dashboard, first.day, /14:30\s*Short and sweet, with a link/, second.day);

  // The next Hootsuite file goes to the same platform without asking again.
  await chooseFile(dashboard, 'hootsuite.csv', file);
  await expect(preview.getByLabel('Platform of these posts')).toHaveValue('x');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(3);
});

test('export and re-import round-trip through iCalendar, OnBrand CSV and Hootsuite’s and Buffer’s files', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  const first = dayFromToday(1);
  const second = dayFromToday(2);
  await chooseFile(
    dashboard,
    'plan.csv',
    [
      'Title,Date,Time,Post text,Platforms,Campaign,Notes',
      `Sale day,${first.day},14:30,"Sale, today only 🚀",X,Winter,`,
      `Thank-you note,${second.day},09:05,Thank you all!,LinkedIn,,Ask legal`,
    ].join('\r\n'),
  );
  const planPreview = dashboard.getByRole('dialog', { name: 'Import plan.csv' });
  await planPreview.getByRole('button', { name: 'Add 2 entries' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 2 entries from plan.csv.',
  );

  const files = [
    await exported(dashboard, 'Export all (.ics)'),
    await exported(dashboard, 'Export all (.csv)'),
    await exported(dashboard, 'Export for Hootsuite (.csv)'),
    await exported(dashboard, 'Export for Buffer (.csv)'),
  ];
  expect(files.map((file) => file.name)).toEqual([
    'onbrand-calendar.ics',
    'onbrand-calendar.csv',
    'onbrand-calendar-hootsuite.csv',
    'onbrand-calendar-buffer.csv',
  ]);
  expect(files[2]?.text.split('\r\n')[0]).toBe(`${first.hootsuite} 14:30,"Sale, today only 🚀",`);
  expect(files[3]?.text.split('\r\n')[0]).toBe('Text,Image URL,Tags,Posting Time');

  for (const file of files) {
    await deleteAll(dashboard);
    await chooseFile(dashboard, file.name, file.text);
    const preview = dashboard.getByRole('dialog', { name: `Import ${file.name}` });
    await expect(preview).toBeVisible();
    const bulk = /hootsuite|buffer/.test(file.name);
    if (bulk) {
      await preview.getByLabel('Platform of these posts').selectOption('X');
      await expect(preview.getByLabel('Platform of these posts')).toHaveValue('x');
      // Hootsuite's uploader asks whether dates are month/day or day/month; so does OnBrand when no date
      // says (whether one does depends on today's date: a day over 12 does).
      const order = preview.getByLabel('Dates are');
      if (file.name.includes('hootsuite') && (await order.count()) > 0) await order.selectOption('mdy');
    }
    await expect(preview).toContainText('2 entries will be added.');
    await preview.getByRole('button', { name: 'Add 2 entries' }).click();
    await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
      `Imported 2 entries from ${file.name}.`,
    );
    // Bulk files carry the post text only, so the title is its first line.
    await expect(dashboard.getByTestId(`day-${first.day}`).locator('[data-entry-id]')).toHaveText(
      new RegExp(`14:30\\s*${bulk ? 'Sale, today only' : 'Sale day'}`),
    );
    await expect(dashboard.getByTestId(`day-${second.day}`).locator('[data-entry-id]')).toHaveText(
      new RegExp(`09:05\\s*${bulk ? 'Thank you all!' : 'Thank-you note'}`),
    );
  }
});
