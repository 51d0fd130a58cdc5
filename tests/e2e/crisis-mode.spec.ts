import type { Page, Worker } from '@playwright/test';
import { createBrand } from './brand-helpers';
import { closedRoot } from './closed-shadow';
import { COMPOSER_PAGES } from './composer-pages';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';
import { pickerFrame, seedReplies } from './replies-helpers';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

const HOUR = 3_600_000;

/** The reminder alarm's time as the browser holds it, or null when there is none. */
const reminderAlarm = (background: Worker) =>
  background.evaluate(
    async () => (await chrome.alarms.get('onbrand.calendar.reminder'))?.scheduledTime ?? null,
  );

/** The crisis banner's text in the closed root of the composer's badge (empty while it is hidden). */
const banner = (page: Page) => closedRoot(page, 'onbrand-badge').textContent({ role: 'status' });

test('crisis mode: a banner in the composers of two sites; pausing updates the calendar and cancels the reminder', async ({
  context,
  openExtensionPage,
  background,
  pageErrors,
}) => {
  const dashboard = await createBrand(openExtensionPage, 'Acme');

  // A cheerful post scheduled for tomorrow, with its reminder set the way the calendar sets it.
  const at = Date.now() + 24 * HOUR;
  await dashboard.evaluate(async (at) => {
    const request = indexedDB.open('onbrand');
    const db: IDBDatabase = await new Promise((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('calendarEntries', 'readwrite');
    tx.objectStore('calendarEntries').put({
      id: 'flash-sale',
      title: 'Flash sale',
      at,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      platforms: ['x', 'mastodon'],
      status: 'scheduled',
      drafts: { x: 'Flash sale today only!' },
      relationship: 'none',
      createdAt: 1,
      updatedAt: 1,
    });
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
    await chrome.runtime.sendMessage({ type: 'calendar.remindersChanged', payload: {} });
  }, at);
  await expect.poll(() => reminderAlarm(background)).toBe(at);

  await dashboard.getByRole('link', { name: 'Crisis mode' }).click();
  const start = dashboard.getByRole('form', { name: 'Start crisis mode' });
  await start.getByLabel('Reason (shown in every composer)').fill('Product recall of Lot 42');
  await start.getByRole('button', { name: 'Start crisis mode' }).click();
  await expect(dashboard.getByText('Product recall of Lot 42')).toBeVisible();

  // Every composer of the brand says so, on two sites with different editors (Draft.js, a textarea).
  for (const site of [COMPOSER_PAGES.x, COMPOSER_PAGES.mastodon]) {
    await serveFixture(context, site.host, site.bundle);
    const page = await context.newPage();
    await page.goto(site.url);
    await userArrives(page);
    await expect(page.locator('onbrand-badge').first()).toBeVisible();
    await expect.poll(() => banner(page)).toBe('Crisis mode: Product recall of Lot 42');
    await page.close();
  }

  // The scheduled post is listed; one click pauses it and its reminder.
  const entries = dashboard.getByRole('region', {
    name: 'Scheduled and promotional posts since the crisis began',
  });
  await expect(entries).toContainText('Flash sale');
  await entries.getByRole('button', { name: 'Pause all (reminders included)' }).click();
  await expect(entries).toContainText('Flash sale (paused)');
  await expect.poll(() => reminderAlarm(background)).toBeNull();
  // The calendar shows it paused, in the week of its day.
  const day = await dashboard.evaluate((at) => new Date(at).toLocaleDateString('sv'), at);
  await dashboard.goto(dashboard.url().replace(/#.*$/, `#/calendar?view=week&date=${day}`));
  await expect(dashboard.locator('[data-entry-id="flash-sale"]').first()).toHaveAttribute(
    'data-paused',
    'true',
  );

  // Resumed: the reminder is back at the post's time.
  await dashboard.getByRole('link', { name: 'Crisis mode' }).click();
  await entries.getByRole('button', { name: 'Resume all' }).click();
  await expect(entries.getByRole('button', { name: 'Pause all (reminders included)' })).toBeVisible();
  await expect(entries).not.toContainText('(paused)');
  await expect.poll(() => reminderAlarm(background)).toBe(at);
  expect(pageErrors).toEqual([]);
});

test('the popup switches crisis mode on with a reason and off again; the composer follows at once', async ({
  context,
  openExtensionPage,
}) => {
  const dashboard = await createBrand(openExtensionPage, 'Acme');
  await serveFixture(context, COMPOSER_PAGES.x.host, COMPOSER_PAGES.x.bundle);
  const page = await context.newPage();
  await page.goto(COMPOSER_PAGES.x.url);
  // The user comes to write: the composer's tools (and its banner) load when it is first used.
  await page.getByTestId('tweetTextarea_0').click();
  await expect(page.locator('onbrand-badge').first()).toBeVisible();
  await expect.poll(() => banner(page)).toBe('');

  const popup = await openExtensionPage('popup.html');
  const start = popup.getByRole('form', { name: 'Start crisis mode' });
  await start.getByLabel('Crisis mode for Acme: reason').fill('Outage at checkout');
  await start.getByRole('button', { name: 'Start crisis mode' }).click();
  await expect(popup.getByRole('region', { name: 'Crisis mode' })).toContainText('Outage at checkout');
  await expect.poll(() => banner(page)).toBe('Crisis mode: Outage at checkout');
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#/crisis'));
  await expect(dashboard.getByRole('button', { name: 'End crisis mode' })).toBeVisible();

  await popup.getByRole('button', { name: 'End crisis mode' }).click();
  await expect(popup.getByRole('form', { name: 'Start crisis mode' })).toBeVisible();
  await expect.poll(() => banner(page)).toBe('');
});

test('during a crisis the reply picker puts the brand’s holding statements first, and back after it', async ({
  context,
  openExtensionPage,
}) => {
  await createBrand(openExtensionPage, 'Acme');
  await seedReplies(openExtensionPage, [
    { title: 'Thanks', body: 'Thanks for reaching out!', usageCount: 40 },
    { title: 'Shipping times', body: 'Orders ship within two days.', usageCount: 12 },
    { title: 'We are on it', body: 'We know checkout is down and are on it.', tags: ['Holding statement'] },
  ]);
  await serveFixture(context, COMPOSER_PAGES.x.host, COMPOSER_PAGES.x.bundle);
  const page = await context.newPage();
  const pickerTitles = async () => {
    await page.goto(COMPOSER_PAGES.x.url);
    await page.getByTestId('tweetTextarea_0').click();
    await expect(page.locator('onbrand-badge').first()).toBeVisible();
    await page.keyboard.press('Alt+Shift+R');
    return (await pickerFrame(page)).getByRole('option');
  };
  await expect(await pickerTitles()).toHaveText(['Thanks', 'Shipping times', 'We are on it']);

  const popup = await openExtensionPage('popup.html');
  const start = popup.getByRole('form', { name: 'Start crisis mode' });
  await start.getByLabel('Crisis mode for Acme: reason').fill('Outage at checkout');
  await start.getByRole('button', { name: 'Start crisis mode' }).click();
  await expect(popup.getByRole('region', { name: 'Crisis mode' })).toContainText('Outage at checkout');
  await expect(await pickerTitles()).toHaveText(['We are on it', 'Thanks', 'Shipping times']);

  await popup.getByRole('button', { name: 'End crisis mode' }).click();
  await expect(popup.getByRole('form', { name: 'Start crisis mode' })).toBeVisible();
  await expect(await pickerTitles()).toHaveText(['Thanks', 'Shipping times', 'We are on it']);
});
