import type { Page } from '@playwright/test';
import { badgeLabel } from './closed-shadow';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';

// Short cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

const badges = (page: Page) => page.locator('onbrand-badge');

test.beforeEach(async ({ context }) => {
  await serveFixture(context, 'https://x.com/home', 'x/home');
});

/** The user opens X's home and moves into the page (the badges come with that first move). */
async function openHome(page: Page) {
  await page.goto('https://x.com/home');
  await expect(page.getByTestId('tweetTextarea_0')).toBeVisible();
  await userArrives(page);
}

test('an empty composer gets a badge at the first move: count 0, state ok, 0 / 280', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await openHome(page);
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-onbrand-count', '0');
  await expect(badges(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 0 / 280 characters, no problems');
  expect(pageErrors).toEqual([]);
});

test("typing updates X's weighted count, and past 280 the badge turns to error", async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await openHome(page);
  const editor = page.getByTestId('tweetTextarea_0');
  await editor.click();
  await page.keyboard.type('Hello 👋 日本 https://example.com/launch');
  // 5 + 1 + 2 + 1 + 4 + 1 + 23 = 37 as X counts it (emoji 2, CJK 2 each, any URL 23).
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 37 / 280 characters, no problems');
  expect(await page.evaluate(() => window.__fixture.model())).toBe(
    'Hello 👋 日本 https://example.com/launch',
  );

  await page.keyboard.insertText(` ${'a'.repeat(250)}`);
  await expect(badges(page)).toHaveAttribute('data-onbrand-state', 'error');
  await expect(badges(page)).toHaveAttribute('data-onbrand-count', '1');
  await expect.poll(() => badgeLabel(page)).toBe('OnBrand: 288 / 280 characters, 1 problem');

  // Deleting back under the limit clears the error.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
  await expect(badges(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect(badges(page)).toHaveAttribute('data-onbrand-count', '0');
  expect(pageErrors).toEqual([]);
});

test('the compose dialog and its thread items each get their own badge, gone when the dialog closes', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await openHome(page);
  await page.getByTestId('SideNav_NewTweet_Button').click();
  const dialog = page.getByRole('dialog');
  await expect(badges(page)).toHaveCount(2);
  await dialog.getByTestId('addButton').click();
  await expect(badges(page)).toHaveCount(3);

  // Typing in the second thread item leaves the other badges alone.
  await dialog.getByTestId('tweetTextarea_1').click();
  await page.keyboard.insertText('x'.repeat(281));
  await expect(page.locator('onbrand-badge[data-onbrand-state="error"]')).toHaveCount(1);
  await expect(page.locator('onbrand-badge[data-onbrand-state="ok"]')).toHaveCount(2);

  await dialog.getByTestId('app-bar-close').click();
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-onbrand-state', 'ok');
  expect(pageErrors).toEqual([]);
});

test('the badge sits just outside the composer, beside its edge, never over the draft', async ({
  context,
}) => {
  const page = await context.newPage();
  await openHome(page);
  const editorBox = await page.getByTestId('tweetTextarea_0').boundingBox();
  const badgeBox = await badges(page).boundingBox();
  if (!editorBox || !badgeBox) throw new Error('no layout');
  // Right of the composer's box, a few pixels from its edge, level with it.
  expect(badgeBox.x).toBeGreaterThanOrEqual(editorBox.x + editorBox.width);
  expect(badgeBox.x).toBeLessThan(editorBox.x + editorBox.width + 24);
  expect(badgeBox.y).toBeGreaterThanOrEqual(editorBox.y - 1);
  expect(badgeBox.y).toBeLessThan(editorBox.y + editorBox.height);
});
