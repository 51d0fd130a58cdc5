import type { Page } from '@playwright/test';
import { badgeText, closedRoot } from './closed-shadow';
import { EDITOR_PAGES } from './editor-pages';
import { expect, serveFixture, test } from './extension';

// Short cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

// OnBrand's fixes go through each editor library the sites use. X's own page is Draft.js; each other fixture
// page mounts one real editor with X's composer attributes at an x.com URL, so the X content script tracks it and X's 280 limit gives a finding
// whose fix ("trim to the limit") runs the product's insertion path: select, insert, read back, verify.

// 295 characters over four lines; X's limit falls inside "See you there", so the cut crosses line breaks
// and ends at the last sentence that fits.
const DRAFT = `Launch day!\n\n${'Our spring range lands today in every store. '.repeat(6).slice(0, 262)}\nSee you there\n\nTeam`;
const FITS = DRAFT.slice(0, DRAFT.lastIndexOf('.', 280) + 1);

const badge = (page: Page) => page.locator('onbrand-badge');
// The panel's root is closed: the user sees it, the page's scripts and Playwright's locators do not.
const panel = (page: Page) => closedRoot(page, 'onbrand-panel');
const model = (page: Page) => page.evaluate(() => window.__fixture.model());
const postEnabled = (page: Page) => page.getByTestId('tweetButtonInline').isEnabled();

/** Types line by line with Enter between lines, as a user would. */
async function typeLines(page: Page, text: string) {
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.insertText(line);
  }
}

for (const editor of EDITOR_PAGES) {
  test(`${editor.name}: Apply trims through the editor, its model and Post agree, Undo restores`, async ({
    context,
    pageErrors,
  }) => {
    await serveFixture(context, editor.url, editor.bundle);
    const page = await context.newPage();
    await page.goto(editor.url);
    await page.getByRole('textbox', { name: 'Post text' }).click();
    await typeLines(page, DRAFT);
    await expect.poll(() => model(page)).toBe(DRAFT);
    await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
    await expect.poll(() => badgeText(page)).toBe('1 problem295 / 280');
    expect(await postEnabled(page)).toBe(false);

    await badge(page).click();
    await panel(page).click({ role: 'button', name: /^Trim to the limit/ });
    await expect.poll(() => model(page)).toBe(FITS);
    expect(await postEnabled(page)).toBe(true);
    await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
    expect(await panel(page).count({ role: 'status' })).toBe(0);

    await panel(page).click({ role: 'button', name: /^Undo: Trim to the limit/ });
    await expect.poll(() => model(page)).toBe(DRAFT);
    expect(await postEnabled(page)).toBe(false);
    await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
    expect(await panel(page).count({ role: 'status' })).toBe(0);
    expect(pageErrors).toEqual([]);
  });
}
