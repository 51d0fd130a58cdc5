// Keys typed straight after the reply picker is asked for, before its frame is shown or has the keyboard: a
// user who knows the reply they want types Alt+Shift+R and its name in one go. Every key must reach the
// picker's search, in order, and none the site's editor.
import type { Locator, Page } from '@playwright/test';
import { COMPOSER_PAGES, type ComposerPage } from './composer-pages';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';
import { hasPickerFrame, model, pickerFrame, seedReplies } from './replies-helpers';

test.use({ reuseBrowser: true });

interface TypingCase extends ComposerPage {
  open?: (page: Page) => Promise<unknown>;
  main: (page: Page) => Locator;
  mainModel: string;
}

const CASES: TypingCase[] = [
  {
    // Draft.js
    ...COMPOSER_PAGES.x,
    main: (page) => page.getByTestId('tweetTextarea_0').first(),
    mainModel: 'main',
  },
  {
    // TipTap (ProseMirror)
    ...COMPOSER_PAGES.bluesky,
    open: (page) => page.getByTestId('composeFAB').click(),
    main: (page) => page.getByTestId('composerTextInput').first(),
    mainModel: 'post',
  },
  {
    // A plain textarea
    ...COMPOSER_PAGES.mastodon,
    main: (page) => page.locator('.compose-form textarea'),
    mainModel: 'post',
  },
];

for (const c of CASES) {
  test(`${c.site}: the words typed right after Alt+Shift+R all reach the picker's search, and after ;;shortcut its fill-in; none the editor`, async ({
    context,
    openExtensionPage,
    pageErrors,
  }) => {
    await serveFixture(context, c.host, c.bundle);
    await seedReplies(openExtensionPage, [
      { title: 'Thanks', body: 'Thanks for reaching out, we are on it.', shortcut: 'thanks' },
      { title: 'Order shipped', body: 'Your order is on its way.' },
      { title: 'Order number', body: 'Your order {field:Order number} is on its way.', shortcut: 'ship' },
    ]);
    const page = await context.newPage();
    await page.goto(c.url);
    await userArrives(page);
    await c.open?.(page);
    await c.main(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Hi ');
    await expect.poll(() => model(page, c.mainModel)).toBe('Hi ');

    // No pause between the shortcut and the word, as a user who knows the reply's name types it.
    await page.keyboard.press('Alt+Shift+R');
    await page.keyboard.type('order shipped');
    const picker = await pickerFrame(page);
    await expect(picker.getByRole('combobox', { name: 'Search saved replies' })).toHaveValue('order shipped');
    await expect(picker.getByRole('option', { selected: true })).toHaveText('Order shipped');
    expect(await model(page, c.mainModel)).toBe('Hi ');

    // Closed by a key: the key's release leaves nothing pending, and the editor takes the next keys at once.
    await page.keyboard.press('Escape');
    await expect.poll(() => hasPickerFrame(page)).toBe(false);
    await expect(c.main(page)).toBeFocused();
    await page.keyboard.type('there ');
    await expect.poll(() => model(page, c.mainModel)).toBe('Hi there ');

    // A shortcut whose reply has a fill-in opens the picker on it: what is typed next is the fill-in's.
    await page.keyboard.type(';;ship');
    await page.keyboard.press('Space');
    await page.keyboard.type('A-1009');
    const filling = await pickerFrame(page);
    await expect(filling.getByRole('textbox', { name: 'Order number' })).toHaveValue('A-1009');
    expect(await model(page, c.mainModel)).toBe('Hi there ;;ship');
    await page.keyboard.press('Enter');
    await expect.poll(() => model(page, c.mainModel)).toBe('Hi there Your order A-1009 is on its way. ');
    expect(pageErrors).toEqual([]);
  });
}
