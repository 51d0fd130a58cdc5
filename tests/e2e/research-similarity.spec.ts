import type { BrowserContext, Page } from '@playwright/test';
import { closedRoot, textReadableByPage } from './closed-shadow';
import { expect, serveFixture, test } from './extension';
import { userArrives } from './onbrand-started';

// Short cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

// The X feed fixture's first post (tests/fixtures/sites/x/feed.ts), by @acmecoffee.
const SAVED_POST_ID = '1859000000000000001';
const SAVED_AUTHOR = '@acmecoffee';
// Seven of its three-word sequences in a draft of twelve: a close paraphrase.
const PARAPHRASE = 'Seville orange marmalade latte is back 🍊 only until Sunday, come and try it! #coffee';
const OWN_WORDS = 'Our winter blend arrives next week with notes of cocoa, cherry and a little smoke.';

const FEED_URL = 'https://x.com/explore';
const COMPOSER_URL = 'https://x.com/home';

const badge = (page: Page) => page.locator('onbrand-badge');
// The panel's root is closed: the user sees it, the page's scripts and Playwright's locators do not.
const panel = (page: Page) => closedRoot(page, 'onbrand-panel');
const panelHost = (page: Page) => page.locator('onbrand-panel');
const SIMILAR_FINDING = { css: 'li[data-finding-rule="similar-post"]' };
const similarFindings = (page: Page) => panel(page).count(SIMILAR_FINDING);
/** What the panel says about the similar post, as the user reads it. */
const similarMessage = (page: Page) => panel(page).text({ css: `${SIMILAR_FINDING.css} .finding-message` });

test.beforeEach(async ({ context }) => {
  await serveFixture(context, FEED_URL, 'x/feed');
  await serveFixture(context, COMPOSER_URL, 'x/home');
});

/** Saves the post with the button OnBrand puts on it in the feed, in a tab of its own. */
async function savePostFromFeed(context: BrowserContext) {
  const feed = await context.newPage();
  await feed.goto(FEED_URL);
  await userArrives(feed);
  const button = feed.locator(`[data-fixture-post="${SAVED_POST_ID}"] onbrand-save`);
  await button.click();
  await expect(button).toHaveAttribute('data-onbrand-saved', 'true');
  return feed;
}

async function openComposer(context: BrowserContext, draft: string) {
  const page = await context.newPage();
  await page.goto(COMPOSER_URL);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.insertText(draft);
  await expect.poll(() => page.evaluate(() => window.__fixture.model())).toBe(draft);
  return page;
}

async function replaceDraft(page: Page, draft: string) {
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(draft);
  await expect.poll(() => page.evaluate(() => window.__fixture.model())).toBe(draft);
}

test('a draft close to a saved post is flagged with the post’s author, out of the page’s reach; a draft in its own words is not', async ({
  context,
  pageErrors,
}) => {
  await savePostFromFeed(context);
  const page = await openComposer(context, PARAPHRASE);
  await badge(page).click();
  const copyright = () => panel(page).text({ role: 'region', name: 'Copyright' });
  await expect.poll(() => panel(page).attribute(SIMILAR_FINDING, 'data-severity')).toBe('warning');
  const message = new RegExp(
    `^This draft is \\d+% similar to ${SAVED_AUTHOR}’s saved post "Seville orange marmalade latte`,
  );
  await expect.poll(() => similarMessage(page)).toMatch(message);
  // The flagged words are the page's own draft.
  await expect.poll(copyright).toContain('“Seville orange marmalade latte is back 🍊 only until Sunday');
  expect(await similarFindings(page)).toBe(1);
  expect(
    await panel(page).count({
      role: 'button',
      name: new RegExp(`^Dismiss for this draft: ${message.source.slice(1)}`),
    }),
  ).toBe(1);
  // The saved post's author and words are not the page's to read: it reaches the panel's host, not its root.
  expect(await panelHost(page).evaluate((host) => host.shadowRoot)).toBeNull();
  expect(await textReadableByPage(page)).not.toContain(`${SAVED_AUTHOR}’s saved post`);

  // The same page, the library already loaded: a draft in its own words gets no such finding.
  await replaceDraft(page, OWN_WORDS);
  await badge(page).click();
  await expect(panelHost(page)).toHaveCount(0);
  // Opening the panel checks the draft as it stands.
  await badge(page).click();
  await expect(panelHost(page)).toBeVisible();
  await expect.poll(() => panel(page).text()).toContain('OnBrand');
  expect(await similarFindings(page)).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('a post saved in another tab while the composer is open flags the draft there without a keystroke', async ({
  context,
  pageErrors,
}) => {
  const page = await openComposer(context, PARAPHRASE);
  // The page asked for the (empty) library when the composer appeared, long before the save below.
  await badge(page).click();
  await expect(panelHost(page)).toBeVisible();
  await expect.poll(() => panel(page).text()).toContain('OnBrand');
  expect(await similarFindings(page)).toBe(0);

  await savePostFromFeed(context);
  await page.bringToFront();
  await expect.poll(() => similarFindings(page)).toBe(1);
  await expect.poll(() => similarMessage(page)).toContain(`similar to ${SAVED_AUTHOR}’s saved post`);
  await expect(badge(page)).not.toHaveAttribute('data-onbrand-count', '0');
  expect(pageErrors).toEqual([]);
});
