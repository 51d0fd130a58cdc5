import type { Locator, Page } from '@playwright/test';
import { hueOfCss } from '../shared/hue';
import { badgeText, closedRoot, textReadableByPage } from './closed-shadow';
import { expect, newestTabId, serveFixture, test } from './extension';

// Short cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

// The draft: 300 characters, 20 past what X's 280 allows. Trimming ends it at the last sentence that fits.
const OVER_LIMIT = 'Our spring range lands today in every store. '.repeat(7).slice(0, 300);
const FITS = OVER_LIMIT.slice(0, OVER_LIMIT.lastIndexOf('.', 280) + 1);
const OVERFLOW = OVER_LIMIT.slice(FITS.length);

const badge = (page: Page) => page.locator('onbrand-badge');
// The panel's root is closed: the user sees it, the page's scripts and Playwright's locators do not.
const panel = (page: Page) => closedRoot(page, 'onbrand-panel');
const panelHost = (page: Page) => page.locator('onbrand-panel');
const model = (page: Page) => page.evaluate(() => window.__fixture.model());
const postEnabled = (page: Page) => page.getByTestId('tweetButtonInline').isEnabled();

const xEditor = (page: Page) => page.getByTestId('tweetTextarea_0');

/**
 * The editor's text the user sees underlined as `kind`: each character with a drawn line of that kind
 * (inside the underline layer's closed root) right below it, spaces folded.
 */
async function underlined(page: Page, kind: string, editor: Locator = xEditor(page)): Promise<string> {
  const lines = await closedRoot(page, 'onbrand-underlines').boxes({ css: `.${kind}` });
  const text = await editor.evaluate((root, drawn) => {
    let found = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let index = 0; index < node.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        const middle = box.left + box.width / 2;
        const under = drawn.some(
          (line) =>
            middle >= line.left &&
            middle <= line.left + line.width &&
            line.top >= box.top &&
            line.top <= box.bottom + 2,
        );
        if (under) found += node.data[index];
      }
    }
    return found;
  }, lines);
  return text.replace(/\s+/g, ' ').trim();
}
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

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
  await expect.poll(() => badgeText(page)).toBe('1 problem300 / 280');
  // The underline is drawn under exactly the overflow, in a closed root the page cannot read (hostile-page.spec.ts).
  await expect.poll(() => underlined(page, 'error')).toBe(folded(OVERFLOW));
  // The editor's DOM is untouched: no marks, no extra nodes, the model is what was typed.
  expect(await page.getByTestId('tweetTextarea_0').locator('mark, onbrand-badge').count()).toBe(0);
  expect(await model(page)).toBe(OVER_LIMIT);
  expect(await postEnabled(page)).toBe(false);

  // Back under the limit: no underline left.
  await page.keyboard.press('End');
  for (let i = 0; i < 20; i++) await page.keyboard.press('Backspace');
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect.poll(() => underlined(page, 'error')).toBe('');
  expect(pageErrors).toEqual([]);
});

test('the badge opens the panel by keyboard, with the finding under Platform and its source', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  const expanded = () => closedRoot(page, 'onbrand-badge').attribute({ role: 'button' }, 'aria-expanded');
  await expect.poll(expanded).toBe('false');
  // Tab from the editor reaches the badge.
  await page.keyboard.press('Tab');
  await expect
    .poll(() => closedRoot(page, 'onbrand-badge').focusedText())
    .toMatch(/^1 problem\s*300 \/ 280$/);
  await page.keyboard.press('Enter');
  await expect(panelHost(page)).toBeVisible();
  await expect.poll(expanded).toBe('true');

  const platform = () => panel(page).text({ role: 'region', name: 'Platform' });
  await expect.poll(platform).toContain('300 / 280: 20 over the limit for X.');
  await expect.poll(platform).toContain(`Trimming to the limit cuts from “${OVERFLOW.trimStart()}”.`);
  await expect
    .poll(() =>
      panel(page).attribute({ role: 'link', name: 'Source: twitter/twitter-text on GitHub' }, 'href'),
    )
    .toBe('https://github.com/twitter/twitter-text/tree/master/config');
  expect(await panel(page).count({ role: 'region', name: 'Compliance' })).toBe(0);
  // The card's heading and its message share a line, with a word's gap between them: on a card where the
  // stylesheet ate the gap the user read "ErrorThe draft…".
  const gap = await panel(page).evaluate(function (this: ShadowRoot) {
    const card = this.querySelector('li.finding-card');
    const severity = card?.querySelector('.finding-severity')?.getBoundingClientRect();
    const message = card?.querySelector('.finding-message')?.firstChild;
    if (!severity || !message) return null;
    const range = document.createRange();
    range.setStart(message, 0);
    range.setEnd(message, 1);
    const first = range.getClientRects()[0];
    return first && Math.abs(first.top - severity.top) < 4 ? first.left - severity.right : null;
  });
  expect(gap).toBeGreaterThanOrEqual(3);
  // X shows whole posts: no fold section.
  expect(await panel(page).count({ role: 'region', name: 'The “…more” cut' })).toBe(0);

  // Escape closes it and puts the caret back in the editor; the site never sees the key.
  await page.keyboard.press('Escape');
  await expect(panelHost(page)).toHaveCount(0);
  await expect(page.getByTestId('tweetTextarea_0')).toBeFocused();
  expect(pageErrors).toEqual([]);
});

test('Apply trims the draft in the Draft.js model and enables Post; Undo puts the text back', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  await badge(page).click();
  await panel(page).click({ role: 'button', name: /^Trim to the limit/ });

  await expect.poll(() => model(page)).toBe(FITS);
  expect(await postEnabled(page)).toBe(true);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect.poll(() => badgeText(page)).toBe(`No problems${FITS.length} / 280`);
  await expect.poll(() => panel(page).text()).toContain('No problems found in this draft.');

  await panel(page).click({ role: 'button', name: /^Undo: Trim to the limit/ });
  await expect.poll(() => model(page)).toBe(OVER_LIMIT);
  expect(await postEnabled(page)).toBe(false);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
  await expect.poll(() => panel(page).count({ role: 'button', name: /^Undo/ })).toBe(0);

  // The editor still works normally afterwards: typing lands in the model.
  await page.getByTestId('tweetTextarea_0').press('End');
  await page.keyboard.type('?');
  await expect.poll(() => model(page)).toBe(`${OVER_LIMIT}?`);
  expect(pageErrors).toEqual([]);
});

test('after Apply the text the fix put in is tinted for a moment, where the user reads it, then the tint goes', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await xEditor(page).click();
  const draft = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';
  await page.keyboard.insertText(draft);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
  await badge(page).click();
  await panel(page).click({ role: 'button', name: 'Add “#ad” at the start' });
  await expect.poll(() => model(page)).toBe(`#ad ${draft}`);
  // The tint covers exactly the inserted label, drawn in the underline layer's closed root.
  await expect.poll(() => underlined(page, 'changed')).toBe('#ad');
  // It goes by itself; the draft stays as the fix left it.
  await expect.poll(() => closedRoot(page, 'onbrand-underlines').count({ css: '.changed' })).toBe(0);
  expect(await model(page)).toBe(`#ad ${draft}`);

  // Undo tints nothing where it only took text away, and the editor keeps working.
  await panel(page).click({ role: 'button', name: /^Undo: Add “#ad”/ });
  await expect.poll(() => model(page)).toBe(draft);
  expect(await closedRoot(page, 'onbrand-underlines').count({ css: '.changed' })).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('Dismiss hides the finding for this draft, typing does not bring it back, Undo does', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  await typeOverLimit(page);
  await badge(page).click();
  await panel(page).click({ role: 'button', name: /^Dismiss for this draft/ });
  await expect.poll(() => panel(page).count({ role: 'region', name: 'Platform' })).toBe(0);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '0');
  await expect.poll(() => underlined(page, 'error')).toBe('');
  // Dismissing changes nothing in the draft.
  expect(await model(page)).toBe(OVER_LIMIT);

  await page.getByTestId('tweetTextarea_0').press('End');
  await page.keyboard.type(' more');
  await expect.poll(() => badgeText(page)).toBe('No problems305 / 280');
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  // The panel stays open while the user types, and follows the draft.
  await expect.poll(() => panel(page).text()).toContain('305 / 280 on X');
  await expect.poll(() => panel(page).text()).toContain('No problems found in this draft.');

  await panel(page).click({ role: 'button', name: /^Undo: dismiss/ });
  await expect.poll(() => panel(page).text({ role: 'region', name: 'Platform' })).toContain('305 / 280');
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
  await expect.poll(() => badgeText(page)).toMatch(new RegExp(`${draft.length} / 3,000$`));
  // What may be cut is marked in the editor, from the start of the band to the end.
  await expect
    .poll(() => underlined(page, 'fold', page.getByRole('textbox', { name: 'Post text' })))
    .toBe(folded(draft.slice(140)));

  await badge(page).click();
  const fold = () => panel(page).text({ role: 'region', name: 'The “…more” cut' });
  await expect
    .poll(fold)
    .toContain(
      'LinkedIn cuts posts with “…more” somewhere between characters 140 and 210, depending on the screen.',
    );
  await expect
    .poll(fold)
    .toContain('Below the cut: @acme, #ad. A disclosure or a call to action there may never be seen.');

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

  const mirror = closedRoot(page, 'onbrand-underlines');
  await expect.poll(() => mirror.textContent({ css: '.error' })).toBe(OVERFLOW);
  // The mirror copies the textarea's layout: its text starts where the textarea's does and wraps the same.
  const mirrorText = await mirror.evaluate(function (this: ShadowRoot) {
    const copy = this.querySelector('.mirror') as HTMLElement;
    const range = document.createRange();
    range.setStart(copy.firstChild as Node, 0);
    range.setEnd(copy.firstChild as Node, 1);
    const first = range.getBoundingClientRect();
    return { left: first.left, top: first.top, height: copy.scrollHeight };
  });
  if (!mirrorText) throw new Error('no mirror');
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

for (const theme of ['light', 'dark'] as const) {
  test(`Undo refuses to guess after the user edited the fixed draft, and says so in a blue notice (${theme} page)`, async ({
    context,
    pageErrors,
  }) => {
    const page = await context.newPage();
    await typeOverLimit(page);
    if (theme === 'dark') {
      // The site's dark theme: the overlay follows what is painted behind the composer.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.addStyleTag({ content: 'html, body, body * { background-color: #15202b !important; }' });
    }
    await badge(page).click();
    await expect(badge(page)).toHaveAttribute('data-theme', theme);
    await panel(page).click({ role: 'button', name: /^Trim to the limit/ });
    await expect.poll(() => model(page)).toBe(FITS);
    // The fix is verified and undoable; then the user types on.
    const undo = { role: 'button', name: /^Undo: Trim to the limit/ } as const;
    await expect.poll(() => panel(page).count(undo)).toBe(1);
    await page.getByTestId('tweetTextarea_0').press('End');
    // The trim ended at a sentence, under 280: typing up to one character over again.
    const typed = ' Come say hi, all of you'.slice(0, 280 - FITS.length + 1);
    await page.keyboard.type(typed);
    // Over again: the panel lists the limit finding anew (and its rows move) once the check
    // after the typing pause has run. The user clicks what they see then, not mid-redraw.
    await expect.poll(() => panel(page).count({ role: 'button', name: /^Trim to the limit/ })).toBe(1);
    await panel(page).click(undo);
    await expect
      .poll(() => panel(page).text({ role: 'status' }))
      .toMatch(/^The draft changed since that fix, so OnBrand left it alone/);
    expect(await model(page)).toBe(`${FITS}${typed}`);
    // The notice is information, not an error: tinted blue, as on the light page so on the dark one.
    const tint = hueOfCss(await panel(page).css({ role: 'status' }, 'background-color'));
    expect(tint).toBeGreaterThan(195);
    expect(tint).toBeLessThan(235);
    expect(pageErrors).toEqual([]);
  });
}

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
  await expect
    .poll(() => closedRoot(page, 'onbrand-badge').css({ role: 'button' }, 'border-radius'))
    .toBe('999px');
  await badge(page).click();
  await expect.poll(() => panel(page).css({ role: 'dialog' }, 'width')).toBe('360px');
  // The underline layer's style is in its shadow root, set before attaching: applied despite style-src 'none'.
  await expect
    .poll(() => closedRoot(page, 'onbrand-underlines').css({ css: '.error' }, 'background-image'))
    .toMatch(/^linear-gradient/);
  await expect.poll(() => underlined(page, 'error')).toBe(folded(OVERFLOW));
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
  await badge(page).click();
  await expect(panelHost(page)).toBeVisible();
  await expect.poll(() => underlined(page, 'error')).toBe(folded(OVERFLOW));

  const popup = await openExtensionPage(`popup.html?tab=${await newestTabId(background)}`);
  await popup.getByRole('switch', { name: 'Check posts on X' }).click();
  await expect(badge(page)).toHaveCount(0);
  await expect(panelHost(page)).toHaveCount(0);
  await expect.poll(() => underlined(page, 'error')).toBe('');
  await expect(page.locator('onbrand-underlines')).toHaveCount(0);
  // The draft is the user's: untouched.
  expect(await model(page)).toBe(OVER_LIMIT);
});

test("the panel shows the brand's rule and the scheduled post to the user, and none of it to the page", async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const ruleMessage = 'Acme never says "synergy" in public.';
  const scheduled = { title: 'Secret launch teaser', draft: 'Our unannounced serum ships Friday.' };
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await dashboard.getByRole('textbox', { name: 'New brand name' }).fill('Acme');
  await dashboard.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Empty (no rules)' });
  await dashboard.getByRole('button', { name: 'Create brand' }).click();
  await dashboard.getByRole('button', { name: 'Add banned words rule' }).click();
  const form = dashboard.getByRole('form', { name: 'New rule: Banned words' });
  await form.getByLabel('Rule id').fill('no-synergy');
  await form.getByLabel(/^Message shown/).fill(ruleMessage);
  await form.getByLabel(/^Words or phrases/).fill('synergy');
  await form.getByRole('button', { name: 'Save rule' }).click();
  await expect(dashboard.locator('[data-rule-id="no-synergy"]')).toBeVisible();
  // A calendar entry due now, stored the way the dashboard saves one.
  await dashboard.evaluate(
    async (entry) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('onbrand');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('calendarEntries', 'readwrite');
      tx.objectStore('calendarEntries').put(entry);
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    },
    {
      id: 'due-now',
      title: scheduled.title,
      at: Date.now() - 60_000,
      timeZone: 'Europe/Berlin',
      platforms: ['x'],
      status: 'scheduled',
      drafts: { x: scheduled.draft },
      relationship: 'own-product',
      createdAt: 1,
      updatedAt: 1,
    },
  );

  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Our synergy plan');
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '1');
  await badge(page).click();
  // The user sees both.
  await expect.poll(() => panel(page).text({ role: 'listitem' })).toContain(ruleMessage);
  await expect
    .poll(() => panel(page).text({ role: 'region', name: 'Scheduled post' }))
    .toContain(scheduled.title);

  // The page's scripts reach the host, not its root, and nothing of what it shows.
  expect(await panelHost(page).evaluate((host) => host.shadowRoot)).toBeNull();
  const readable = await textReadableByPage(page);
  expect(readable).toContain('Our synergy plan');
  for (const secret of [ruleMessage, scheduled.title, scheduled.draft, 'Scheduled post', 'no-synergy']) {
    expect(readable).not.toContain(secret);
  }
  expect(pageErrors).toEqual([]);
});
