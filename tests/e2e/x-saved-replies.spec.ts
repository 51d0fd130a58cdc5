import type { Page } from '@playwright/test';
import { closedRoot } from './closed-shadow';
import { type ExtensionFixtures, expect, serveFixture, test } from './extension';
import {
  hasPickerFrame,
  model,
  pickerFrame,
  type SeedReply,
  seedReplies,
  textBeforeCaret,
} from './replies-helpers';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

const THANKS = 'Thanks for reaching out!\n\nWe are looking into it.';
const LONG_REFUND =
  `Refunds: ${'You can return any item within 30 days for a full refund. '.repeat(6)}`.trim();

test.beforeEach(async ({ context }) => {
  await serveFixture(context, 'https://x.com/home', 'x/home');
  await serveFixture(context, 'https://x.com/danafan/status/1', 'x/status');
});

/** The "Used" figure of a reply's row, as the dashboard shows it once reloaded. */
async function expectUsage(dashboard: Page, title: RegExp, used: string) {
  await expect(async () => {
    await dashboard.reload();
    const row = dashboard.getByRole('row', { name: title });
    await expect(row.getByRole('cell').nth(2)).toHaveText(used, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

/** Seeds the replies, opens the page and focuses its composer; returns the page and the dashboard. */
async function composerWith(
  { context, openExtensionPage }: Pick<ExtensionFixtures, 'context' | 'openExtensionPage'>,
  replies: SeedReply[],
  { myName = '', url = 'https://x.com/home' } = {},
): Promise<{ page: Page; dashboard: Page }> {
  const dashboard = await seedReplies(openExtensionPage, replies, myName);
  const page = await context.newPage();
  await openComposer(page, url);
  return { page, dashboard };
}

async function openComposer(page: Page, url: string) {
  await page.goto(url);
  const editor = page.getByTestId('tweetTextarea_0');
  await expect(editor).toBeVisible();
  await editor.click();
  // The user types at once: a shortcut typed before the replies arrived waits for them.
  await expect(page.locator('onbrand-badge')).toHaveCount(1);
  return editor;
}

test(';;shortcut + Space expands a multi-line reply in place, once, keeps the space, and Undo removes it', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const { page, dashboard } = await composerWith({ context, openExtensionPage }, [
    { title: 'Thanks', body: THANKS, shortcut: 'thanks' },
  ]);
  await page.keyboard.type('Hello ;;thanks');
  await page.keyboard.press('Space');
  await expect.poll(() => model(page)).toBe(`Hello ${THANKS} `);
  expect(await page.evaluate(() => window.__fixture.canSubmit())).toBe(true);
  await expect.poll(() => textBeforeCaret(page)).toMatch(/looking into it\. ?$/);

  // Counted once, shown in the dashboard.
  await expectUsage(dashboard, /Thanks/, '1');

  // One Undo in the editor takes the whole reply out again.
  await page.bringToFront();
  await page.keyboard.press('Control+z');
  await expect.poll(() => model(page)).toBe('Hello ;;thanks');
  expect(pageErrors).toEqual([]);
});

test('typing on straight after the expansion keeps both the reply and the typing, with no false alarm', async ({
  context,
  openExtensionPage,
}) => {
  const { page, dashboard } = await composerWith({ context, openExtensionPage }, [
    { title: 'Thanks', body: 'Thanks!', shortcut: 'thanks' },
  ]);
  await page.keyboard.type(';;thanks');
  await page.keyboard.press('Space');
  await expect.poll(() => model(page)).toBe('Thanks! ');
  await page.keyboard.type('See you');
  await expect.poll(() => model(page)).toBe('Thanks! See you');
  await expectUsage(dashboard, /Thanks/, '1');
  await expect(page.locator('onbrand-reply-notice')).toHaveCount(0);
});

test(';;shortcut + Tab expands without adding anything and keeps focus in the composer', async ({
  context,
  openExtensionPage,
}) => {
  const { page } = await composerWith({ context, openExtensionPage }, [
    { title: 'Thanks', body: 'Thanks!', shortcut: 'thanks' },
  ]);
  await page.keyboard.type(';;THANKS');
  await page.keyboard.press('Tab');
  await expect.poll(() => model(page)).toBe('Thanks!');
  await expect.poll(() => textBeforeCaret(page)).toBe('Thanks!');
  await page.keyboard.type(' :)');
  await expect.poll(() => model(page)).toBe('Thanks! :)');
});

test('an unknown shortcut is left alone: the space is typed as usual', async ({
  context,
  openExtensionPage,
}) => {
  const { page } = await composerWith({ context, openExtensionPage }, [
    { title: 'Thanks', body: 'Thanks!', shortcut: 'thanks' },
  ]);
  await page.keyboard.type(';;thank you');
  await expect.poll(() => model(page)).toBe(';;thank you');
});

test('on a status page {author.*} is the tweet above the composer, {my.name} is filled, the caret lands at {cursor}', async ({
  context,
  openExtensionPage,
}) => {
  const { page } = await composerWith(
    { context, openExtensionPage },
    [
      {
        title: 'Sorry',
        body: 'Hi {author.name} ({author.handle}), {cursor}\n— {my.name}',
        shortcut: 'sorry',
      },
    ],
    { myName: 'Sam at Acme', url: 'https://x.com/danafan/status/1' },
  );
  await page.keyboard.type(';;sorry');
  await page.keyboard.press('Tab');
  await expect.poll(() => model(page)).toBe('Hi Dana Fan (@danafan), \n— Sam at Acme');
  await expect.poll(() => textBeforeCaret(page)).toBe('Hi Dana Fan (@danafan), ');
  await page.keyboard.type('it ships today.');
  await expect.poll(() => model(page)).toBe('Hi Dana Fan (@danafan), it ships today.\n— Sam at Acme');
});

test('Alt+Shift+R opens the picker: type to filter, arrows, a checked preview, Enter inserts at the caret', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const { page, dashboard } = await composerWith({ context, openExtensionPage }, [
    { title: 'Thanks', body: THANKS, shortcut: 'thanks' },
    {
      title: 'Refund policy',
      body: LONG_REFUND,
      variants: { x: 'Refunds within 30 days: DM us your order.' },
    },
    { title: 'Refund too long', body: LONG_REFUND },
  ]);
  await page.keyboard.type('Hi! ');
  await page.keyboard.press('Alt+Shift+R');
  const picker = await pickerFrame(page);

  await page.keyboard.type('refund');
  await expect(picker.getByRole('option')).toHaveText(['Refund policy', 'Refund too long']);
  // The preview is what would go in, checked by the engine: the body is over 280, so the X variant is used.
  await expect(picker.getByRole('region', { name: 'Reply preview' })).toHaveText(
    'Refunds within 30 days: DM us your order.',
  );
  await expect(picker.getByText('Shorter X version')).toBeVisible();
  await expect(picker.getByRole('list', { name: 'Checks on this reply' })).toHaveText('No problems found.');

  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { selected: true })).toHaveText('Refund too long');
  await expect(picker.getByRole('list', { name: 'Checks on this reply' })).toContainText('over the limit');
  // The panel's card: what the check found as its title, how serious, and its fix (a line: the picker applies none).
  const overLimit = picker
    .getByRole('list', { name: 'Checks on this reply' })
    .getByRole('listitem')
    .filter({ hasText: 'over the limit' });
  await expect(overLimit.locator('.finding-head')).toHaveText('Too long error');
  await expect(overLimit.locator('.finding-fix')).toHaveText(/^Trim to the limit/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');

  await expect.poll(() => model(page)).toBe('Hi! Refunds within 30 days: DM us your order.');
  await expect.poll(() => hasPickerFrame(page)).toBe(false);
  await expectUsage(dashboard, /Refund policy/, '1');
  expect(pageErrors).toEqual([]);
});

test("the picker can't be read by the page's scripts", async ({ context, openExtensionPage }) => {
  const { page } = await composerWith({ context, openExtensionPage }, [
    { title: 'Secret pricing answer', body: 'Our internal discount is 40%.' },
  ]);
  await page.keyboard.press('Alt+Shift+R');
  const picker = await pickerFrame(page);
  await expect(picker.getByRole('option')).toHaveText(['Secret pricing answer']);
  const seenByPage = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    frames: document.querySelectorAll('iframe').length,
    shadow: document.querySelector('onbrand-reply-picker')?.shadowRoot ?? null,
    // Frames in a shadow tree are not the page's child windows: there is nothing to postMessage to or probe.
    childWindows: window.length,
  }));
  expect(seenByPage.html).not.toContain('Secret pricing');
  expect(seenByPage.frames).toBe(0);
  expect(seenByPage.shadow).toBeNull();
  expect(seenByPage.childWindows).toBe(0);
});

test('Escape closes the picker and gives the composer its keyboard back; nothing is inserted', async ({
  context,
  openExtensionPage,
}) => {
  const { page } = await composerWith({ context, openExtensionPage }, [{ title: 'Thanks', body: 'Thanks!' }]);
  await page.keyboard.type('Draft');
  await page.keyboard.press('Alt+Shift+R');
  await pickerFrame(page);
  await page.keyboard.press('Escape');
  await expect.poll(() => hasPickerFrame(page)).toBe(false);
  await expect.poll(() => textBeforeCaret(page)).toBe('Draft');
  await page.keyboard.type(' goes on');
  await expect.poll(() => model(page)).toBe('Draft goes on');
});

test('fill-ins are asked in the picker, also when the reply was called by its shortcut', async ({
  context,
  openExtensionPage,
}) => {
  const { page } = await composerWith({ context, openExtensionPage }, [
    {
      title: 'Shipped',
      body: 'Order {field:Order number} has shipped via {field:Carrier}.',
      shortcut: 'shipped',
    },
  ]);

  // From the shortcut: the picker opens on this reply with its first fill-in focused.
  await page.keyboard.type(';;shipped');
  await page.keyboard.press('Space');
  const picker = await pickerFrame(page);
  await expect(picker.getByLabel('Order number')).toBeFocused();
  await page.keyboard.type('A-1009');
  await page.keyboard.press('Enter');
  await expect(picker.getByLabel('Carrier')).toBeFocused();
  await expect(picker.getByRole('region', { name: 'Reply preview' })).toHaveText(
    'Order A-1009 has shipped via {field:Carrier}.',
  );
  await page.keyboard.type('DHL');
  await page.keyboard.press('Enter');
  await expect.poll(() => model(page)).toBe('Order A-1009 has shipped via DHL. ');
});

test('when the draft changed under the picker, nothing is inserted: the reply goes to the clipboard and the user is told', async ({
  context,
  openExtensionPage,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
  const { page } = await composerWith({ context, openExtensionPage }, [
    { title: 'Thanks', body: 'Thanks for writing!' },
  ]);
  await page.keyboard.type('Draft');
  await page.keyboard.press('Alt+Shift+R');
  const picker = await pickerFrame(page);
  // The site changes the draft while the picker is open (here: a paste Draft.js handles itself).
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ' edited by the site');
    document
      .querySelector('[data-testid="tweetTextarea_0"]')
      ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => model(page)).toBe('Draft edited by the site');
  await picker.getByRole('combobox').press('Enter');

  // The notice is in a closed root: the user reads it, the page's scripts only find its host.
  const notice = page.locator('onbrand-reply-notice');
  await expect(notice).toBeVisible();
  await expect
    .poll(() => closedRoot(page, 'onbrand-reply-notice').text())
    .toMatch(/nothing was inserted.*on your clipboard/);
  expect(await notice.evaluate((host) => host.shadowRoot)).toBeNull();
  expect(await model(page)).toBe('Draft edited by the site');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Thanks for writing!');
});

test('with OnBrand switched off for X, ;; and Alt+Shift+R do nothing', async ({
  context,
  openExtensionPage,
}) => {
  const { page, dashboard } = await composerWith({ context, openExtensionPage }, [
    { title: 'Thanks', body: 'Thanks!', shortcut: 'thanks' },
  ]);
  await dashboard.evaluate(() => {
    location.hash = '#/settings';
  });
  await dashboard.getByRole('switch', { name: 'X' }).click();
  await expect(page.locator('onbrand-badge')).toHaveCount(0);

  await page.bringToFront();
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type(';;thanks');
  await page.keyboard.press('Space');
  await page.keyboard.press('Alt+Shift+R');
  await page.keyboard.type('ok');
  await expect.poll(() => model(page)).toBe(';;thanks ok');
  expect(await hasPickerFrame(page)).toBe(false);
});
