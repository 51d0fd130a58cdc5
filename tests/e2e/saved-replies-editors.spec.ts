import type { Page } from '@playwright/test';
import { expect, serveFixture, test } from './extension';
import { hasPickerFrame, model, pickerFrame, seedReplies } from './replies-helpers';

// Saved replies go in through each editor library the sites use. X's own page is Draft.js; the other pages
// mount one real editor with X's composer attributes at an x.com URL (tests/fixtures/sites/editors), so the X
// content script runs there and the product's insertion path drives that library.
const EDITORS = [
  { url: 'https://x.com/home', bundle: 'x/home', name: 'Draft.js 0.11 (X home)' },
  ...(
    [
      ['lexical', 'Lexical 0.52 rich text'],
      ['quill1', 'Quill 1.3.7'],
      ['quill2', 'Quill 2.0.3'],
      ['tiptap', 'TipTap 3'],
      ['textarea', 'React 18 textarea'],
    ] as const
  ).map(([page, name]) => ({
    url: `https://x.com/onbrand-editor-test/${page}`,
    bundle: `editors/${page}`,
    name,
  })),
];

const THANKS = 'Thanks for reaching out!\n\nWe are looking into it.';
const REPLIES = [
  { title: 'Thanks', body: THANKS, shortcut: 'thanks' },
  { title: 'Order shipped', body: 'Your order {field:Order number} is on its way.\nTrack it in the app.' },
];

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Post text' }).click();
  await expect(page.locator('onbrand-badge')).toHaveCount(1);
  // The replies were fetched at start; give the content script its first answer.
  await page.waitForTimeout(300);
}

for (const editor of EDITORS) {
  test(`${editor.name}: ;;shortcut + Space puts a multi-line reply in the editor's model once; Undo removes it`, async ({
    context,
    openExtensionPage,
    pageErrors,
  }) => {
    await serveFixture(context, editor.url, editor.bundle);
    await seedReplies(openExtensionPage, REPLIES);
    const page = await context.newPage();
    await openEditor(page, editor.url);
    await page.keyboard.type('Hello ;;thanks');
    await page.keyboard.press('Space');
    await expect.poll(() => model(page)).toBe(`Hello ${THANKS} `);
    expect(await page.evaluate(() => window.__fixture.canSubmit())).toBe(true);
    // Nothing more arrives later (a second method after a slow first one would duplicate it).
    await page.waitForTimeout(600);
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
    await serveFixture(context, editor.url, editor.bundle);
    await seedReplies(openExtensionPage, REPLIES);
    const page = await context.newPage();
    await openEditor(page, editor.url);
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
