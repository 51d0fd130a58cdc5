import type { Page, Worker } from '@playwright/test';
import { closedRoot, textReadableByPage } from './closed-shadow';
import { expect, serveFixture, test } from './extension';

const POST_ID = '1859000000000000001';
const PERMALINK = 'https://x.com/acmecoffee/status/1859000000000000001';
const NOTE = 'Ask whether the marmalade latte comes with oat milk';
const HOUR = 3_600_000;

/** The follow-up alarms the background has set, read in the service worker itself. */
function followUpAlarms(background: Worker) {
  return background.evaluate(async () =>
    (await chrome.alarms.getAll())
      .filter((alarm) => alarm.name.startsWith('onbrand.followUp:'))
      .map(({ name, scheduledTime }) => ({ name, scheduledTime })),
  );
}

/** A follow-up stored straight into the extension's database, as the background stores them. */
async function storeFollowUp(page: Page, followUp: Record<string, unknown>) {
  await page.evaluate(async (row) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('followUps', 'readwrite');
    tx.objectStore('followUps').put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await chrome.runtime.sendMessage({ type: 'followUps.changed', payload: {} });
  }, followUp);
}

test('a follow-up saved from a feed post: its alarm, the dashboard list, its notification, snooze and done', async ({
  context,
  background,
  openExtensionPage,
  pageErrors,
}) => {
  await serveFixture(context, 'https://x.com/home', 'x/feed');
  const feed = await context.newPage();
  await feed.goto('https://x.com/home');
  // One follow-up button per post, beside its save button.
  await expect(feed.locator('onbrand-follow-up')).toHaveCount(4);
  const host = feed.locator(`[data-fixture-post="${POST_ID}"] onbrand-follow-up`);
  await expect(host).toHaveCount(1);
  expect(await host.evaluate((element) => element.shadowRoot)).toBeNull();
  const index = await feed
    .locator('onbrand-follow-up')
    .evaluateAll((hosts, id) => hosts.findIndex((h) => h.closest(`[data-fixture-post="${id}"]`)), POST_ID);
  const form = closedRoot(feed, 'onbrand-follow-up', index);

  await form.click({ role: 'button', name: 'Follow up' });
  expect(await form.text()).toContain('Tomorrow 9:00');
  await form.click({ css: 'input[value="hour"]' });
  await form.click({ css: 'textarea' });
  await feed.keyboard.type(NOTE);
  const before = Date.now();
  await form.click({ role: 'button', name: 'Add follow-up' });
  await expect(host).toHaveAttribute('data-onbrand-follow-up', 'set');
  await expect.poll(() => form.textContent({ role: 'status' })).toMatch(/^Follow-up set for /);
  // Typing in the note never navigated the feed, and the page can't read the note.
  expect(feed.url()).toBe('https://x.com/home');
  expect(await textReadableByPage(feed)).not.toContain(NOTE);

  // Its alarm, in the service worker, at the due time.
  await expect.poll(() => followUpAlarms(background).then((alarms) => alarms.length)).toBe(1);
  const [alarm] = await followUpAlarms(background);
  const id = alarm?.name.slice('onbrand.followUp:'.length) ?? '';
  expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + HOUR);
  expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + HOUR);

  // Another follow-up, overdue since yesterday: listed first, marked overdue.
  const dashboard = await openExtensionPage('options.html#/follow-ups');
  await storeFollowUp(dashboard, {
    id: 'overdue-1',
    platform: 'reddit',
    url: 'https://www.reddit.com/r/Breadit/comments/1abcde/my_first_sourdough_loaf_after_3_months_o/',
    author: { name: 'crumb_master', handle: 'u/crumb_master' },
    excerpt: 'Which flour did you use for this sourdough?',
    note: 'Reply with the recipe link',
    dueAt: Date.now() - 24 * HOUR,
    status: 'open',
    createdAt: Date.now() - 48 * HOUR,
  });
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await expect(dashboard.getByRole('link', { name: 'Follow-ups' })).toHaveAttribute('aria-current', 'page');
  const items = dashboard.getByRole('list', { name: 'Open follow-ups' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Overdue since');
  await expect(items.nth(0)).toContainText('crumb_master (u/crumb_master) on Reddit');
  await expect(items.nth(1)).toContainText('Due ');
  await expect(items.nth(1)).toContainText('Acme Coffee ☕ (@acmecoffee) on X');
  await expect(items.nth(1)).toContainText('marmalade');
  await expect(items.nth(1)).toContainText(NOTE);
  await expect(items.nth(1).getByRole('link', { name: 'Open the post' })).toHaveAttribute('href', PERMALINK);

  // The popup counts what is due now: the overdue one.
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByText('1 follow-up due')).toBeVisible();

  // Its time comes (the alarm set to ring now): the notification is shown.
  await background.evaluate(
    (name) => chrome.alarms.create(name, { when: Date.now() + 200 }),
    `onbrand.followUp:${id}`,
  );
  await expect
    .poll(() => background.evaluate(async () => Object.keys(await chrome.notifications.getAll())), {
      timeout: 15_000,
    })
    .toContain(`onbrand-follow-up:${id}`);

  // Snoozed for an hour in one click: no longer overdue, its alarm set an hour ahead.
  const overdue = items.filter({ hasText: 'crumb_master' });
  await overdue.getByRole('button', { name: 'Snooze 1 hour' }).click();
  await expect(overdue).toContainText('Snoozed until');
  await expect(overdue).not.toContainText('Overdue');
  await expect(popup.getByText('No follow-ups due')).toBeVisible();
  const snoozedAt = Date.now();
  await expect
    .poll(
      async () =>
        (await followUpAlarms(background)).find((a) => a.name === 'onbrand.followUp:overdue-1')
          ?.scheduledTime ?? 0,
    )
    .toBeGreaterThan(snoozedAt + HOUR - 60_000);

  // Done in one click: gone from the list, its alarm and notification with it.
  const saved = items.filter({ hasText: 'Acme Coffee' });
  await saved.getByRole('button', { name: 'Done' }).click();
  await expect(dashboard.getByRole('status')).toContainText(
    'Follow-up on Acme Coffee ☕ (@acmecoffee) done.',
  );
  await expect(items).toHaveCount(1);
  await expect
    .poll(async () => (await followUpAlarms(background)).map((a) => a.name))
    .toEqual(['onbrand.followUp:overdue-1']);
  await expect
    .poll(() => background.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
    .not.toContain(`onbrand-follow-up:${id}`);
  expect(pageErrors).toEqual([]);
});
