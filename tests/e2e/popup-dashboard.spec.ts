import { expect, newestTabId, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';

test.beforeEach(async ({ context }) => {
  await serveFixture(context, 'https://x.com/home', 'x/home');
});

test('the popup says OnBrand is active on X, and switching it off removes the badge at once and for good', async ({
  context,
  background,
  openExtensionPage,
}) => {
  const site = await context.newPage();
  await site.goto('https://x.com/home');
  await userArrives(site);
  await expect(site.locator('onbrand-badge')).toHaveCount(1);

  const popup = await openExtensionPage(`popup.html?tab=${await newestTabId(background)}`);
  await expect(popup.getByText('OnBrand is active on X.')).toBeVisible();
  const xSwitch = popup.getByRole('switch', { name: 'Check posts on X' });
  await expect(xSwitch).toBeChecked();
  await xSwitch.click();
  await expect(xSwitch).not.toBeChecked();
  await expect(popup.getByText('OnBrand is switched off on X.')).toBeVisible();
  await expect(site.locator('onbrand-badge')).toHaveCount(0);

  // Remembered across page loads: the reloaded page's content script asks whether X is on, is told no, and
  // draws no badge.
  await background.evaluate(() => {
    const asked = globalThis as unknown as { statusAsked: number };
    asked.statusAsked = 0;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message.type === 'site.status') asked.statusAsked++;
    });
  });
  await site.reload();
  await expect(site.getByTestId('tweetTextarea_0')).toBeVisible();
  await expect
    .poll(() => background.evaluate(() => (globalThis as unknown as { statusAsked: number }).statusAsked))
    .toBe(1);
  await site.getByTestId('tweetTextarea_0').click();
  await site.keyboard.type('Typed while OnBrand is off on X.');
  await expect(site.locator('onbrand-badge')).toHaveCount(0);

  // … and shown in the dashboard, where switching it back on brings the badge back.
  const dashboard = await openExtensionPage('options.html#/settings');
  const dashboardSwitch = dashboard.getByRole('switch', { name: 'X' });
  await expect(dashboardSwitch).not.toBeChecked();
  await dashboardSwitch.click();
  await expect(dashboardSwitch).toBeChecked();
  await expect(site.locator('onbrand-badge')).toHaveCount(1);
});

test('the popup on a site OnBrand does not support says so and opens the dashboard', async ({
  context,
  background,
  openExtensionPage,
}) => {
  // Close the dashboard the install opened, so the button has to open one.
  for (const page of context.pages()) if (page.url().includes('/options.html')) await page.close();
  const other = await context.newPage();
  await other.goto('https://example.org/');
  const popup = await openExtensionPage(`popup.html?tab=${await newestTabId(background)}`);
  await expect(popup.getByText(/OnBrand doesn’t run on this page/)).toBeVisible();
  const [dashboard] = await Promise.all([
    context.waitForEvent('page', (page) => page.url().includes('options.html')),
    popup.getByRole('button', { name: 'Open dashboard' }).click(),
  ]);
  await expect(dashboard.getByRole('navigation', { name: 'Dashboard sections' })).toBeVisible();
});

test('every dashboard route renders its section and marks its link as current', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  for (const [hash, heading] of [
    ['#/calendar', 'Calendar'],
    ['#/guidelines', 'Guidelines'],
    ['#/replies', 'Saved replies'],
    ['#/research', 'Research'],
    ['#/settings', 'Settings'],
  ] as const) {
    await dashboard.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect(dashboard.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(dashboard.getByRole('link', { name: heading })).toHaveAttribute('aria-current', 'page');
  }
});

test('a malformed message gets { ok: false } and the background keeps serving', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  const replies = await page.evaluate(async () => [
    await chrome.runtime.sendMessage({ type: 'site.status', payload: { site: 'myspace' } }),
    await chrome.runtime.sendMessage({ type: 'no.such.type', payload: {} }),
    await chrome.runtime.sendMessage('garbage'),
    await chrome.runtime.sendMessage({ type: 'site.status', payload: { site: 'x' } }),
  ]);
  expect(replies.slice(0, 3).map((reply) => reply.ok)).toEqual([false, false, false]);
  // The status also carries how the UI language writes whole numbers (utils/i18n/number-shape.ts).
  expect(replies[3]).toMatchObject({ ok: true, data: { site: 'x', enabled: true, numbers: { group: ',' } } });
});

test('after the extension reloads, the old content script stops quietly', async ({
  context,
  background,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await userArrives(page);
  await expect(page.locator('onbrand-badge')).toHaveCount(1);
  await background.evaluate(() => chrome.runtime.reload());
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('still typing after an update');
  await expect(page.locator('onbrand-badge')).toHaveCount(0);
  expect(await page.evaluate(() => window.__fixture.model())).toBe('still typing after an update');
  expect(pageErrors).toEqual([]);
});
