import type { Page } from '@playwright/test';
import { expect, serveFixture, test } from './extension';

// The draft: 300 characters, 20 past what X's 280 allows.
const OVER_LIMIT = 'Our spring range lands today in every store. '.repeat(7).slice(0, 300);
const FITS = OVER_LIMIT.slice(0, 280);
const OVERFLOW = OVER_LIMIT.slice(280);

const badge = (page: Page) => page.locator('onbrand-badge');
const panel = (page: Page) => page.getByRole('dialog', { name: 'OnBrand findings' });
const model = (page: Page) => page.evaluate(() => window.__fixture.model());
const postEnabled = (page: Page) => page.getByTestId('tweetButtonInline').isEnabled();

/** The text of each range in one of the page's named highlights, as the page itself sees the registry. */
const highlighted = (page: Page, name: string) =>
  page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, name);

test.beforeEach(async ({ context }) => {
  await serveFixture(context, 'https://x.com/home', 'x/home');
});

async function typeOverLimit(page: Page) {
  await page.goto('https://x.com/home');
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.insertText(OVER_LIMIT);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
}

test('an over-limit draft turns the badge red and underlines exactly what does not fit', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  await expect(badge(page).getByRole('button')).toHaveText('OnBrand300 / 280');
  // The content script registers its highlights in the page's own registry: the page can read them back.
  await expect.poll(() => highlighted(page, 'onbrand-error')).toEqual([OVERFLOW]);
  // The editor's DOM is untouched: no marks, no extra nodes, the model is what was typed.
  expect(await page.getByTestId('tweetTextarea_0').locator('mark, onbrand-badge').count()).toBe(0);
  expect(await model(page)).toBe(OVER_LIMIT);
  expect(await postEnabled(page)).toBe(false);

  // Back under the limit: no underline left.
  await page.keyboard.press('End');
  for (let i = 0; i < 20; i++) await page.keyboard.press('Backspace');
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect.poll(() => highlighted(page, 'onbrand-error')).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the badge opens the panel by keyboard, with the finding under Platform and its source', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  const button = badge(page).getByRole('button');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');

  const platform = panel(page).getByRole('region', { name: 'Platform' });
  await expect(platform).toContainText('300 / 280: 20 over the limit for this platform.');
  await expect(platform).toContainText(`“${OVERFLOW}”`);
  await expect(platform.getByRole('link', { name: 'Source: github.com' })).toHaveAttribute(
    'href',
    'https://github.com/twitter/twitter-text/tree/master/config',
  );
  await expect(panel(page).getByRole('region', { name: 'Compliance' })).toHaveCount(0);
  // X shows whole posts: no fold section.
  await expect(panel(page).getByRole('region', { name: 'The “…more” cut' })).toHaveCount(0);

  // Escape closes it and gives focus back to the badge; the site never sees the key.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(button).toBeFocused();
  expect(pageErrors).toEqual([]);
});

test('Apply trims the draft in the Draft.js model and enables Post; Undo puts the text back', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  await badge(page).getByRole('button').click();
  await panel(page)
    .getByRole('button', { name: /^Trim to the limit/ })
    .click();

  await expect.poll(() => model(page)).toBe(FITS);
  expect(await postEnabled(page)).toBe(true);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect(badge(page).getByRole('button')).toHaveText('OnBrand280 / 280');
  await expect(panel(page)).toContainText('No problems found in this draft.');

  await panel(page)
    .getByRole('button', { name: /^Undo: Trim to the limit/ })
    .click();
  await expect.poll(() => model(page)).toBe(OVER_LIMIT);
  expect(await postEnabled(page)).toBe(false);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
  await expect(panel(page).getByRole('button', { name: /^Undo/ })).toHaveCount(0);

  // The editor still works normally afterwards: typing lands in the model.
  await page.getByTestId('tweetTextarea_0').press('End');
  await page.keyboard.type('?');
  await expect.poll(() => model(page)).toBe(`${OVER_LIMIT}?`);
  expect(pageErrors).toEqual([]);
});

test('Dismiss hides the finding for this draft, typing does not bring it back, Undo does', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  await badge(page).getByRole('button').click();
  await panel(page)
    .getByRole('button', { name: /^Dismiss for this draft/ })
    .click();
  await expect(panel(page).getByRole('region', { name: 'Platform' })).toHaveCount(0);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '0');
  await expect.poll(() => highlighted(page, 'onbrand-error')).toEqual([]);
  // Dismissing changes nothing in the draft.
  expect(await model(page)).toBe(OVER_LIMIT);

  await page.getByTestId('tweetTextarea_0').press('End');
  await page.keyboard.type(' more');
  await expect(badge(page).getByRole('button')).toHaveText('OnBrand305 / 280');
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  // The panel stays open while the user types, and follows the draft.
  await expect(panel(page)).toContainText('305 / 280 on X');
  await expect(panel(page)).toContainText('No problems found in this draft.');

  await panel(page)
    .getByRole('button', { name: /^Undo: dismiss/ })
    .click();
  await expect(panel(page).getByRole('region', { name: 'Platform' })).toContainText('305 / 280');
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
  expect(pageErrors).toEqual([]);
});
