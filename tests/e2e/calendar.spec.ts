import { readFileSync } from 'node:fs';
import { daysFromToday } from './calendar-days';
import { openDueDraftOnX } from './due-draft-panel';
import { expect, test } from './extension';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

test('an entry created in the dashboard shows in the popup, moves by drag and keyboard, and survives export, delete and re-import', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  const [tomorrow, dayAfter, thirdDay] = await daysFromToday(dashboard, 1, 2, 3);
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=month&date=${tomorrow}`));
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();

  // Create, with the X draft checked live as in the composer.
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill('Launch teaser');
  await editor.getByLabel('Date').fill(tomorrow as string);
  await editor.getByLabel('Time').fill('10:00');
  await editor.getByLabel('Status').selectOption('scheduled');
  await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
  const draft = editor.getByLabel('Draft for X');
  await draft.fill(`Launch day 🚀 ${'a'.repeat(280)}`);
  await expect(editor.getByTestId('findings-x')).toHaveAttribute('data-state', 'error');
  await expect(editor.getByTestId('findings-x')).toContainText('294 / 280');
  await expect(editor.getByTestId('findings-x').locator('li[data-severity="error"]')).not.toHaveCount(0);
  await draft.fill('Launch day 🚀 Something new is here.');
  await expect(editor.getByTestId('findings-x')).toHaveAttribute('data-state', 'ok');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();

  const chip = dashboard.locator('[data-entry-id]', { hasText: 'Launch teaser' });
  await expect(dashboard.getByTestId(`day-${tomorrow}`).locator('[data-entry-id]')).toHaveText(
    /10:00\s*Launch teaser/,
  );
  await expect(chip).toHaveAttribute('data-findings', 'ok');
  await expect(chip).toContainText('Scheduled · X');
  await expect(dashboard.getByRole('list', { name: 'What the dots say' }).getByRole('listitem')).toHaveText([
    'drafts pass the checks',
    'drafts have warnings',
    'drafts have errors',
    'no draft yet',
  ]);

  // The popup lists it under tomorrow, with its findings state.
  const popup = await openExtensionPage('popup.html');
  const popupDay = popup.locator(`[data-day="${tomorrow}"]`);
  await expect(popupDay.getByRole('heading', { name: 'Tomorrow' })).toBeVisible();
  await expect(popupDay.getByRole('listitem')).toContainText('Launch teaser');
  await expect(popupDay.getByRole('listitem')).toContainText('scheduled · X');
  await expect(popupDay.getByText('Checks pass')).toBeVisible();

  // Drag it to the next day: same time, new day.
  // Scrolled into view first, as the user would (see the week-view drag below for why).
  await dashboard.getByTestId(`day-${dayAfter}`).scrollIntoViewIfNeeded();
  await chip.dragTo(dashboard.getByTestId(`day-${dayAfter}`));
  await expect(dashboard.getByTestId(`day-${dayAfter}`).locator('[data-entry-id]')).toHaveText(
    /10:00\s*Launch teaser/,
  );
  await expect(dashboard.getByTestId(`day-${tomorrow}`).locator('[data-entry-id]')).toHaveCount(0);
  await expect(dashboard.getByRole('status')).toContainText('Moved “Launch teaser” to');
  await expect(popup.locator(`[data-day="${dayAfter}"]`)).toContainText('Launch teaser');
  await expect(popup.locator(`[data-day="${tomorrow}"]`)).toHaveCount(0);

  // And one more day from the keyboard; the focus stays on it.
  await chip.focus();
  await dashboard.keyboard.press('Alt+ArrowRight');
  await expect(dashboard.getByTestId(`day-${thirdDay}`).locator('[data-entry-id]')).toHaveText(
    /Launch teaser/,
  );
  await expect(chip).toBeFocused();

  // In the week view, drag it to another hour of that day.
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=week&date=${thirdDay}`));
  await expect(dashboard.getByRole('list', { name: 'Colours by platform' })).toHaveText('X');
  // The user scrolls the 14:00 row into view before dragging onto it; a drag that has to scroll the page
  // on its way is lost in Chromium (the drop lands nowhere), so the test does what the user does.
  await dashboard.getByTestId(`slot-${thirdDay}-14`).scrollIntoViewIfNeeded();
  await chip.dragTo(dashboard.getByTestId(`slot-${thirdDay}-14`));
  await expect(dashboard.getByTestId(`slot-${thirdDay}-14`).locator('[data-entry-id]')).toHaveText(
    /14:00\s*Launch teaser/,
  );
  await dashboard.getByRole('button', { name: 'Month' }).click();

  // Export all.
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Export all (.ics)' }).click(),
  ]);
  const file = await download.path();
  const ics = readFileSync(file, 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain('SUMMARY:Launch teaser');
  expect(ics).toContain('CATEGORIES:X');

  // Delete it …
  await chip.click();
  const edit = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await edit.getByRole('button', { name: 'Delete' }).click();
  await edit.getByRole('button', { name: 'Really delete' }).click();
  await expect(chip).toHaveCount(0);

  // … a broken file changes nothing and says why …
  const fileInput = dashboard.locator('input[type="file"]');
  await fileInput.setInputFiles({
    name: 'broken.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from('not a calendar'),
  });
  await expect(dashboard.getByRole('alert')).toContainText(
    'Nothing was imported: This is not an iCalendar file',
  );
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(0);

  // … and the export brings it back as an idea on the same day and time.
  await fileInput.setInputFiles({
    name: 'onbrand-calendar.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(ics),
  });
  const preview = dashboard.getByRole('dialog', { name: 'Import onbrand-calendar.ics' });
  await expect(preview).toContainText('1 entry will be added. Nothing is added until you confirm.');
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Add 1 entry' }).click();
  await expect(preview).toBeHidden();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 1 entry from onbrand-calendar.ics.',
  );
  const back = dashboard.getByTestId(`day-${thirdDay}`).locator('[data-entry-id]');
  await expect(back).toHaveText(/14:00\s*Launch teaser/);
  await expect(back).toHaveAttribute('data-status', 'idea');

  // Importing the same file again adds nothing.
  await fileInput.setInputFiles({
    name: 'onbrand-calendar.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(ics),
  });
  await preview.getByRole('button', { name: 'Add 1 entry' }).click();
  // The preview's own status line may still be closing: read the dashboard's notice.
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 0 entries from onbrand-calendar.ics. 1 already in the calendar.',
  );
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('the week view opens at the working day, with a line at the current time in today’s column', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar?view=week');
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await dashboard.reload();
  const week = dashboard.locator('.week-view');
  const eight = week.getByText('08:00', { exact: true });
  await expect(eight).toBeVisible();
  // 08:00 is the first row under the sticky day heads; midnight to 07:00 are scrolled away above it.
  const [weekBox, eightBox, headBox] = [
    await week.boundingBox(),
    await eight.boundingBox(),
    await week.locator('.week-day-head').first().boundingBox(),
  ];
  expect(Math.abs((eightBox?.y ?? 0) - ((weekBox?.y ?? 0) + (headBox?.height ?? 0)))).toBeLessThan(3);
  await expect(week.getByText('00:00', { exact: true })).not.toBeInViewport();

  const nowLine = week.locator('.now-line');
  await expect(nowLine).toHaveCount(1);
  await expect
    .poll(async () => {
      const slot = await nowLine.evaluate((line) => line.parentElement?.dataset.testid ?? '');
      const expected = await dashboard.evaluate(() => {
        const now = new Date();
        const pad = (n: number) => String(n).padStart(2, '0');
        return `slot-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}`;
      });
      return slot === expected;
    })
    .toBe(true);
  expect(pageErrors).toEqual([]);
});

test('the editor refuses an entry it can’t save and says why', async ({ openExtensionPage }) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Relationship').selectOption('paid');
  await editor.getByRole('button', { name: 'Save' }).click();
  const problems = editor.getByRole('alert');
  await expect(problems).toContainText('Title: Give the entry a title.');
  await expect(problems).toContainText(
    'Partner brand: Name the partner brand of a paid, gifted or affiliate post.',
  );
  await editor.getByLabel('Title').fill('Sponsored unboxing');
  await editor.getByLabel('Partner brand (required)').fill('Acme');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await dashboard.getByRole('button', { name: 'Agenda' }).click();
  const entry = dashboard.locator('[data-entry-id]');
  await expect(entry).toHaveText(/Sponsored unboxing/);

  // Duplicate, then filter: the copy is on X, the original on no platform.
  await entry.click();
  await dashboard
    .getByRole('dialog', { name: 'Edit entry' })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  const copy = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await expect(copy.getByLabel('Title')).toHaveValue('Sponsored unboxing (copy)');
  await copy.getByRole('checkbox', { name: 'X', exact: true }).check();
  await copy.getByRole('button', { name: 'Save' }).click();
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(2);
  await expect(dashboard.getByRole('button', { name: 'Export filtered (.ics)' })).toBeDisabled();
  await dashboard.getByRole('combobox', { name: 'Platform', exact: true }).selectOption('x');
  await expect(dashboard.locator('[data-entry-id]')).toHaveText([/Sponsored unboxing \(copy\)/]);
  await expect(dashboard.getByText('Showing 1 of 2 entries.')).toBeVisible();
  await expect(dashboard.getByRole('button', { name: 'Export filtered (.ics)' })).toBeEnabled();
});

test('at an entry’s time the background shows a notification for each of its platforms', async ({
  openExtensionPage,
  background,
}) => {
  const page = await openExtensionPage('popup.html');
  // Written straight to the extension's database (the dashboard's own path is tested above), two seconds ahead.
  await page.evaluate(async () => {
    const request = indexedDB.open('onbrand');
    const db: IDBDatabase = await new Promise((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('calendarEntries', 'readwrite');
    tx.objectStore('calendarEntries').put({
      id: 'due-soon',
      title: 'Flash sale',
      at: Date.now() + 2_000,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      platforms: ['x', 'bluesky'],
      status: 'scheduled',
      drafts: { x: 'Flash sale today only' },
      relationship: 'none',
      createdAt: 1,
      updatedAt: 1,
    });
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    await chrome.runtime.sendMessage({ type: 'calendar.remindersChanged', payload: {} });
  });
  await expect
    .poll(() => background.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort()), {
      timeout: 15_000,
    })
    .toEqual(['onbrand-calendar:due-soon:bluesky', 'onbrand-calendar:due-soon:x']);
});

test('the popup adds an idea for today and marks a planned post published', async ({
  context,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByLabel('New idea').fill('Behind the scenes reel');
  await popup.getByRole('button', { name: 'Add idea' }).click();
  await expect(popup.getByRole('status')).toContainText('Idea “Behind the scenes reel” added.');
  const idea = popup.locator('li', { hasText: 'Behind the scenes reel' });
  await expect(idea).toContainText('idea');
  await expect(idea).toContainText('No draft');
  await expect(idea.getByRole('button', { name: /Mark/ })).toHaveCount(0);

  // Planned in the dashboard, published from the popup.
  const dashboard = await openExtensionPage('options.html#/calendar?view=agenda');
  await dashboard.locator('[data-entry-id]', { hasText: 'Behind the scenes reel' }).click();
  const editor = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await editor.getByLabel('Status').selectOption('approved');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(idea).toContainText('approved');
  await idea.getByRole('button', { name: 'Mark “Behind the scenes reel” published' }).click();
  await expect(idea).toContainText('published');
  await expect(dashboard.locator('[data-entry-id]', { hasText: 'Behind the scenes reel' })).toHaveAttribute(
    'data-status',
    'published',
  );

  // Its title opens it in the dashboard.
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    idea.getByRole('button', { name: 'Behind the scenes reel' }).click(),
  ]);
  await opened.waitForURL(/options\.html#\/calendar\?/);
  await expect(opened.getByRole('dialog', { name: 'Edit entry' }).getByLabel('Title')).toHaveValue(
    'Behind the scenes reel',
  );
});

test('a post due now: the X composer offers its draft, inserts it through the editor and marks it published', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const draft = 'Launch day 🚀 Our new serum is here.';
  const dashboard = await openExtensionPage('options.html#/calendar');
  // Stored the way the dashboard saves an entry, due five minutes ago.
  const store = (script: (entry: unknown) => Promise<unknown>, entry?: unknown) =>
    dashboard.evaluate(script, entry);
  await store(
    async (entry) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('onbrand');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('calendarEntries', 'readwrite');
      tx.objectStore('calendarEntries').put(entry);
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    },
    {
      id: 'due-now',
      title: 'Launch teaser',
      at: Date.now() - 5 * 60_000,
      timeZone: 'Europe/Berlin',
      platforms: ['x'],
      status: 'scheduled',
      drafts: { x: draft },
      relationship: 'own-product',
      createdAt: 1,
      updatedAt: 1,
    },
  );

  const { page, panel, insertDraft } = await openDueDraftOnX(context, 'Launch teaser', draft);
  await insertDraft();
  expect(await page.evaluate(() => window.__fixture.canSubmit())).toBe(true);

  await panel.click({ role: 'button', name: 'Mark published' });
  await expect
    .poll(() => panel.text({ role: 'region', name: 'Scheduled post' }))
    .toContain('Marked published in your calendar.');
  await dashboard.reload();
  const status = await dashboard.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const row = await new Promise<{ status: string }>((resolve) => {
      const request = db.transaction('calendarEntries').objectStore('calendarEntries').get('due-now');
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return row.status;
  });
  expect(status).toBe('published');
  expect(pageErrors).toEqual([]);
});
