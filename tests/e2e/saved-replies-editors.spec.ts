import type { Page } from '@playwright/test';
import { EDITOR_PAGES } from './editor-pages';
import { type ExtensionFixtures, expect, serveFixture, test } from './extension';
import { hasPickerFrame, model, pickerFrame, replyUsage, seedReplies } from './replies-helpers';

// Short cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

// Saved replies go in through each editor library the sites use (see ./editor-pages.ts).

const THANKS = 'Thanks for reaching out!\n\nWe are looking into it.';
const REPLIES = [
  { title: 'Thanks', body: THANKS, shortcut: 'thanks' },
  { title: 'Order shipped', body: 'Your order {field:Order number} is on its way.\nTrack it in the app.' },
];

/** Serves the editor's page, stores the replies and opens the page with its editor focused. */
async function openWithReplies(
  { context, openExtensionPage }: Pick<ExtensionFixtures, 'context' | 'openExtensionPage'>,
  editor: (typeof EDITOR_PAGES)[number],
): Promise<Page> {
  await serveFixture(context, editor.url, editor.bundle);
  await seedReplies(openExtensionPage, REPLIES);
  const page = await context.newPage();
  await page.goto(editor.url);
  await page.getByRole('textbox', { name: 'Post text' }).click();
  // Typed at once: a shortcut typed before the replies arrived waits for them.
  await expect(page.locator('onbrand-badge')).toHaveCount(1);
  return page;
}

for (const editor of EDITOR_PAGES) {
  test(`${editor.name}: ;;shortcut + Space puts a multi-line reply in the editor's model once; Undo removes it`, async ({
    context,
    openExtensionPage,
    background,
    pageErrors,
  }) => {
    const page = await openWithReplies({ context, openExtensionPage }, editor);
    await page.keyboard.type('Hello ;;thanks');
    await page.keyboard.press('Space');
    await expect.poll(() => model(page)).toBe(`Hello ${THANKS} `);
    expect(await page.evaluate(() => window.__fixture.canSubmit())).toBe(true);
    // Nothing more arrives once the insertion is over (a second method after a slow first one would duplicate
    // it): the use is recorded after the last attempt.
    await expect.poll(() => replyUsage(background, 'seed-0')).toBe(1);
    expect(await model(page)).toBe(`Hello ${THANKS} `);
    await expect(page.locator('onbrand-reply-notice')).toHaveCount(0);

    await page.keyboard.press('Control+z');
    // The reply goes; an editor whose history merges quick edits may take some of the typing with it.
    await expect.poll(() => model(page)).not.toContain('reaching out');
    expect('Hello ;;thanks'.startsWith(await model(page))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  test(`${editor.name}: the picker's reply, with a fill-in, goes in at the caret`, async ({
    context,
    openExtensionPage,
    pageErrors,
  }) => {
    const page = await openWithReplies({ context, openExtensionPage }, editor);
    await page.keyboard.type('Hi!');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+Shift+R');
    const picker = await pickerFrame(page);
    await page.keyboard.type('shipped');
    await expect(picker.getByRole('option', { selected: true })).toHaveText('Order shipped');
    await page.keyboard.press('Enter');
    await expect(picker.getByLabel('Order number')).toBeFocused();
    await page.keyboard.type('A-1009');
    await page.keyboard.press('Enter');
    await expect.poll(() => model(page)).toBe('Hi!\nYour order A-1009 is on its way.\nTrack it in the app.');
    await expect.poll(() => hasPickerFrame(page)).toBe(false);
    expect(pageErrors).toEqual([]);
  });
}
