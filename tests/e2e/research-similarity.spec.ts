import type { BrowserContext, Page } from '@playwright/test';
import { closedShadowTexts } from './closed-shadow';
import { expect, serveFixture, test } from './extension';

// The X feed fixture's first post (tests/fixtures/sites/x/feed.ts), by @acmecoffee.
const SAVED_POST_ID = '1859000000000000001';
const SAVED_AUTHOR = '@acmecoffee';
// Seven of its three-word sequences in a draft of twelve: a close paraphrase.
const PARAPHRASE = 'Seville orange marmalade latte is back 🍊 only until Sunday, come and try it! #coffee';
const OWN_WORDS = 'Our winter blend arrives next week with notes of cocoa, cherry and a little smoke.';

const FEED_URL = 'https://x.com/explore';
const COMPOSER_URL = 'https://x.com/home';

const badge = (page: Page) => page.locator('onbrand-badge');
const panel = (page: Page) => page.getByRole('dialog', { name: 'OnBrand findings' });
const similarFinding = (page: Page) => panel(page).locator('li[data-rule-id="similar-post"]');

test.beforeEach(async ({ context }) => {
  await serveFixture(context, FEED_URL, 'x/feed');
  await serveFixture(context, COMPOSER_URL, 'x/home');
});

/** Saves the post with the button OnBrand puts on it in the feed, in a tab of its own. */
async function savePostFromFeed(context: BrowserContext) {
  const feed = await context.newPage();
  await feed.goto(FEED_URL);
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

/** What the panel says about the similar post, read the only way it can be: from inside its closed root. */
async function similarMessage(page: Page): Promise<string> {
  const texts = await closedShadowTexts(page, 'onbrand-private');
  expect(texts).toHaveLength(1);
  return texts[0] ?? '';
}

test('a draft close to a saved post is flagged with the post’s author, out of the page’s reach; a draft in its own words is not', async ({
  context,
  pageErrors,
}) => {
  await savePostFromFeed(context);
  const page = await openComposer(context, PARAPHRASE);
  await badge(page).getByRole('button').click();
  const copyright = panel(page).getByRole('region', { name: 'Copyright' });
  await expect(copyright.locator('li[data-rule-id="similar-post"]')).toHaveAttribute(
    'data-severity',
    'warning',
  );
  expect(await similarMessage(page)).toMatch(
    new RegExp(
      `^This draft is \\d+% similar to ${SAVED_AUTHOR}'s saved post "Seville orange marmalade latte`,
    ),
  );
  // The flagged words are the page's own draft; the saved post's author and words are not the page's to read.
  await expect(copyright).toContainText('“Seville orange marmalade latte is back 🍊 only until Sunday');
  const pageSees = await page.evaluate(() => {
    const root = document.querySelector('onbrand-panel')?.shadowRoot;
    const item = root?.querySelector('li[data-rule-id="similar-post"]');
    return {
      item: item !== null && item !== undefined,
      text: root?.textContent ?? '',
      labels: [...(root?.querySelectorAll('[aria-label]') ?? [])].map((el) => el.getAttribute('aria-label')),
      privateRoot: item?.querySelector('onbrand-private')?.shadowRoot ?? null,
    };
  });
  expect(pageSees.item).toBe(true);
  expect(pageSees.privateRoot).toBeNull();
  expect(`${pageSees.text} ${pageSees.labels.join(' ')}`).not.toContain('acmecoffee');
  await expect(
    copyright.getByRole('button', {
      name: 'Dismiss for this draft: This draft is close to a post in your research library.',
    }),
  ).toBeVisible();

  // The same page, the library already loaded: a draft in its own words gets no such finding.
  await replaceDraft(page, OWN_WORDS);
  await badge(page).getByRole('button').click();
  await expect(panel(page)).toHaveCount(0);
  // Opening the panel checks the draft as it stands.
  await badge(page).getByRole('button').click();
  await expect(panel(page)).toBeVisible();
  await expect(similarFinding(page)).toHaveCount(0);
  expect(await closedShadowTexts(page, 'onbrand-private')).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a post saved in another tab while the composer is open flags the draft there without a keystroke', async ({
  context,
  pageErrors,
}) => {
  const page = await openComposer(context, PARAPHRASE);
  // The page asked for the (empty) library when the composer appeared, long before the save below.
  await badge(page).getByRole('button').click();
  await expect(panel(page)).toBeVisible();
  await expect(similarFinding(page)).toHaveCount(0);

  await savePostFromFeed(context);
  await page.bringToFront();
  await expect(similarFinding(page)).toHaveCount(1);
  expect(await similarMessage(page)).toContain(`similar to ${SAVED_AUTHOR}'s saved post`);
  await expect(badge(page)).not.toHaveAttribute('data-onbrand-count', '0');
  expect(pageErrors).toEqual([]);
});
