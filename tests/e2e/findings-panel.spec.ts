import type { Page } from '@playwright/test';
import { expect, newestTabId, serveFixture, test } from './extension';

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

test('on a platform with a "…more" cut, the panel says what falls below it and the editor shows where', async ({
  context,
  pageErrors,
}) => {
  // LinkedIn's classic share box is Quill; its posts are cut between characters 140 and 210.
  await serveFixture(context, 'https://www.linkedin.com/onbrand-editor-test/quill2', 'editors/quill2');
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/onbrand-editor-test/quill2');
  const draft = `${'We spent a year on this. '.repeat(8)}Thanks to @acme for the kit #ad`;
  await page.getByRole('textbox', { name: 'Post text' }).click();
  await page.keyboard.insertText(draft);
  await expect(badge(page).getByRole('button')).toHaveText(`OnBrand${draft.length} / 3000`);
  // What may be cut is tinted in the editor, from the start of the band to the end.
  await expect.poll(() => highlighted(page, 'onbrand-below-fold')).toEqual([draft.slice(140)]);

  await badge(page).getByRole('button').click();
  const fold = panel(page).getByRole('region', { name: 'The “…more” cut' });
  await expect(fold).toContainText(
    'LinkedIn cuts posts with “…more” somewhere between characters 140 and 210, depending on the screen.',
  );
  await expect(fold).toContainText(
    'Below the cut: @acme, #ad. A disclosure or a call to action there may never be seen.',
  );

  // The marker sits on the editor's text, at the first character that may be cut.
  const marker = await page.locator('onbrand-fold').boundingBox();
  const editorBox = await page.getByRole('textbox', { name: 'Post text' }).boundingBox();
  if (!marker || !editorBox) throw new Error('no layout');
  expect(marker.x).toBeGreaterThan(editorBox.x);
  expect(marker.x).toBeLessThan(editorBox.x + editorBox.width);
  expect(marker.y).toBeGreaterThan(editorBox.y);
  expect(marker.y).toBeLessThan(editorBox.y + editorBox.height);
  expect(pageErrors).toEqual([]);
});

test('a textarea, which no Range can reach, gets its underline from a mirror laid over it', async ({
  context,
  pageErrors,
}) => {
  await serveFixture(context, 'https://x.com/onbrand-editor-test/textarea', 'editors/textarea');
  const page = await context.newPage();
  await page.goto('https://x.com/onbrand-editor-test/textarea');
  const textarea = page.getByRole('textbox', { name: 'Post text' });
  await textarea.click();
  await page.keyboard.insertText(OVER_LIMIT);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');

  const underline = page.locator('onbrand-underlines .error');
  await expect(underline).toHaveText(OVERFLOW);
  // The mirror copies the textarea's layout: its text starts where the textarea's does and wraps the same.
  const mirrorText = await page.locator('onbrand-underlines .mirror').evaluate((mirror) => {
    const range = document.createRange();
    range.setStart(mirror.firstChild as Node, 0);
    range.setEnd(mirror.firstChild as Node, 1);
    const first = range.getBoundingClientRect();
    return { left: first.left, top: first.top, height: mirror.scrollHeight };
  });
  const layout = await textarea.evaluate((field: HTMLTextAreaElement) => {
    const box = field.getBoundingClientRect();
    const style = getComputedStyle(field);
    return {
      left: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
      top: box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop),
      height: field.scrollHeight,
    };
  });
  expect(Math.abs(mirrorText.left - layout.left)).toBeLessThan(1);
  expect(Math.abs(mirrorText.top - layout.top)).toBeLessThan(3);
  expect(Math.abs(mirrorText.height - layout.height)).toBeLessThan(2);
  // The textarea itself is untouched.
  expect(await textarea.inputValue()).toBe(OVER_LIMIT);
  expect(await page.evaluate(() => window.__fixture.model())).toBe(OVER_LIMIT);
  expect(pageErrors).toEqual([]);
});

test('Undo refuses to guess after the user edited the fixed draft, and says so', async ({
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
  // The fix is verified and undoable; then the user types on.
  const undo = panel(page).getByRole('button', { name: /^Undo: Trim to the limit/ });
  await expect(undo).toBeVisible();
  await page.getByTestId('tweetTextarea_0').press('End');
  await page.keyboard.type('!');
  await undo.click();
  await expect(panel(page).getByRole('status')).toHaveText(
    /^The draft changed since that fix, so OnBrand left it alone/,
  );
  expect(await model(page)).toBe(`${FITS}!`);
  expect(pageErrors).toEqual([]);
});

test('under a strict page CSP the badge, the panel and the underline style still apply', async ({
  context,
}) => {
  await serveFixture(context, 'https://x.com/home', 'x/home', {
    csp: "default-src 'none'; script-src 'self'; style-src 'none'; require-trusted-types-for 'script'",
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await typeOverLimit(page);
  await expect(badge(page).getByRole('button')).toHaveCSS('border-radius', '999px');
  await badge(page).getByRole('button').click();
  await expect(panel(page)).toHaveCSS('width', '340px');
  // The ::highlight rule is ours, in the page document: its sheet was parsed despite style-src 'none'.
  const rules = await page.evaluate(
    () =>
      document.querySelector<HTMLStyleElement>('style[data-onbrand="highlights"]')?.sheet?.cssRules.length ??
      0,
  );
  expect(rules).toBe(4);
  await expect.poll(() => highlighted(page, 'onbrand-error')).toEqual([OVERFLOW]);
  // The policy is really on: the page's own inline styles were refused.
  expect(violations.some((text) => text.includes("style-src 'none'"))).toBe(true);
  await expect(page.getByTestId('primaryColumn')).not.toHaveCSS('width', '600px');
});

test('switching OnBrand off on the site takes the panel, the underlines and their style away at once', async ({
  context,
  background,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  await badge(page).getByRole('button').click();
  await expect(panel(page)).toBeVisible();
  await expect.poll(() => highlighted(page, 'onbrand-error')).toEqual([OVERFLOW]);

  const popup = await openExtensionPage(`popup.html?tab=${await newestTabId(background)}`);
  await popup.getByRole('switch', { name: 'Check posts on X' }).click();
  await expect(badge(page)).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'onbrand-error')).toEqual([]);
  await expect(page.locator('style[data-onbrand]')).toHaveCount(0);
  // The draft is the user's: untouched.
  expect(await model(page)).toBe(OVER_LIMIT);
});
