import type { Locator, Page } from '@playwright/test';
import { seedCalendarEntries } from './analytics-helpers';
import { daysFromToday } from './calendar-days';
import { type DueDraftPage, openDueDraft, openDueDraftOnX } from './due-draft-panel';
import { expect, test } from './extension';

test.use({ reuseBrowser: true });

const draft = 'Launch day 🚀 Our new serum is here.';

/** The dashboard's calendar with one entry, "Launch teaser", due five minutes ago on `platform` with `draft`. */
async function calendarWithDueDraft(
  openExtensionPage: (path: string) => Promise<Page>,
  platform: string,
): Promise<Page> {
  const dashboard = await openExtensionPage('options.html#/calendar');
  await seedCalendarEntries(dashboard, [
    {
      id: 'due-now',
      title: 'Launch teaser',
      at: Date.now() - 5 * 60_000,
      platforms: [platform],
      status: 'scheduled',
      drafts: { [platform]: draft },
    },
  ]);
  return dashboard;
}

test('a due draft the user posts on X marks its entry published with the link X showed, and the calendar shows that link', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await calendarWithDueDraft(openExtensionPage, 'x');

  const { page, panel, insertDraft } = await openDueDraftOnX(context, 'Launch teaser', draft);
  await insertDraft();

  // A page script's click sends the draft as well, but it is not the user's: the link X shows for that
  // post (…0001) is not read. Were it read, the entry would keep it (the page reads one link per draft).
  await page.evaluate(() =>
    document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')?.click(),
  );
  const toastLink = page.getByTestId('toast').getByRole('link', { name: 'View' });
  await expect(toastLink).toHaveAttribute('href', '/acmecoffee/status/1866000000000000001');

  await insertDraft();
  await page.getByTestId('tweetButtonInline').click();
  await expect(page.getByTestId('toast')).toContainText('Your post was sent.');
  await expect(toastLink).toHaveAttribute('href', '/acmecoffee/status/1866000000000000002');
  // The panel, still open beside the emptied composer, says so.
  await expect
    .poll(() => panel.text({ role: 'region', name: 'Scheduled post' }))
    .toContain('Marked published in your calendar, with the link of the post you sent.');

  // The calendar: the entry is published, with the link of the post the user sent.
  await expect(await publishedLinkInCalendar(dashboard, 'X')).toHaveValue(
    'https://x.com/acmecoffee/status/1866000000000000002',
  );
  expect(pageErrors).toEqual([]);
});

/** The due entry's "Link to the post on PLATFORM" in the calendar's entry editor, once the entry is published. */
async function publishedLinkInCalendar(dashboard: Page, platform: string): Promise<Locator> {
  const [today] = await daysFromToday(dashboard, 0);
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=month&date=${today}`));
  const editor = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await expect(async () => {
    await dashboard.reload();
    await dashboard.locator('[data-entry-id="due-now"]').click();
    await expect(editor.getByLabel('Status')).toHaveValue('published', { timeout: 1_000 });
  }).toPass();
  return editor
    .getByRole('group', { name: 'Links to the published posts' })
    .getByLabel(`Link to the post on ${platform}`);
}

const BLUESKY_HOME: DueDraftPage = {
  url: 'https://bsky.app/',
  bundle: 'bluesky/home',
  editor: 'post',
  openComposer: (page) => page.getByTestId('composeFAB').click(),
};

test("a due draft the user posts on Bluesky marks its entry published with the link of the new post in the feed, not a followed account's", async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await calendarWithDueDraft(openExtensionPage, 'bluesky');

  const { page, insertDraft } = await openDueDraft(context, BLUESKY_HOME, 'Launch teaser', draft);
  await insertDraft();
  await page.getByTestId('composerPublishBtn').click();
  // Bluesky's toast has a button, no link; the feed refetched shows the post, under a followed account's newer one.
  await expect(page.getByRole('alert')).toContainText('Your post was sent');
  const feed = page.getByTestId('followingFeedPage-feed-flatlist');
  await expect(feed.locator('[data-testid^="feedItem-by-"]').first()).toHaveAttribute(
    'data-testid',
    'feedItem-by-tides.bsky.social',
  );
  const mine = feed.getByTestId('feedItem-by-acmecoffee.bsky.social').filter({ hasText: draft });
  const postPath = await mine.locator('a[href*="/post/"]').getAttribute('href');
  expect(postPath).toMatch(/^\/profile\/acmecoffee\.bsky\.social\/post\/[a-z2-7]{13}$/);

  await expect(await publishedLinkInCalendar(dashboard, 'Bluesky')).toHaveValue(
    `https://bsky.app${postPath}`,
  );
  expect(pageErrors).toEqual([]);
});

/** The state mastodon.social embeds in its page for the signed-in account (initial_state.ts: meta.me, accounts). */
const MASTODON_STATE = JSON.stringify({
  meta: { domain: 'mastodon.social', me: '109000000000000001' },
  accounts: {
    '109000000000000001': {
      id: '109000000000000001',
      username: 'acmecoffee',
      acct: 'acmecoffee',
      url: 'https://mastodon.social/@acmecoffee',
    },
  },
});

const MASTODON_HOME: DueDraftPage = {
  url: 'https://mastodon.social/home',
  bundle: 'mastodon/home',
  head: `<script id="initial-state" type="application/json">${MASTODON_STATE}</script>`,
  editor: 'post',
};

test('a due draft the user posts on Mastodon marks its entry published with the link of the new status in the home column, not a streamed one', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await calendarWithDueDraft(openExtensionPage, 'mastodon');

  const { page, panel, insertDraft } = await openDueDraft(context, MASTODON_HOME, 'Launch teaser', draft);
  await insertDraft();
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  // The alert's "Open" is a button; the status at the top of home links to the post.
  await expect(page.getByText('Post published.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open' })).toBeVisible();
  const home = page.getByRole('region', { name: 'Home' });
  // Mastodon draws emoji as images: the status's text is the rest.
  const mine = home.locator('.status').filter({ hasText: 'Our new serum is here.' });
  await expect(mine).toBeVisible();
  const statusPath = await mine.locator('a.status__relative-time').getAttribute('href');
  expect(statusPath).toMatch(/^\/@acmecoffee\/\d+$/);
  // A followed account's status came in by streaming after the click, before the user's.
  await expect(
    home.locator('.status').filter({ hasText: 'Seed potatoes are in at the shop.' }),
  ).toBeVisible();
  await expect
    .poll(() => panel.text({ role: 'region', name: 'Scheduled post' }))
    .toContain('Marked published in your calendar, with the link of the post you sent.');

  await expect(await publishedLinkInCalendar(dashboard, 'Mastodon')).toHaveValue(
    `https://mastodon.social${statusPath}`,
  );
  expect(pageErrors).toEqual([]);
});
