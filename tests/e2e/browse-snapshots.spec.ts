import type { Page } from '@playwright/test';
import { downloadText } from './analytics-helpers';
import { createBrand } from './brand-helpers';
import { expect, serveFixture, test } from './extension';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

/** A brand listing its account on one platform, set the way a user does in its settings. */
async function brandWithAccount(
  openExtensionPage: (path: string) => Promise<Page>,
  name: string,
  account: string,
): Promise<Page> {
  const dashboard = await createBrand(openExtensionPage, name);
  const settings = dashboard.getByRole('form', { name: 'Brand settings' });
  await settings.getByLabel(/^Accounts, one per line/).fill(account);
  await settings.getByRole('button', { name: 'Save brand settings' }).click();
  await expect(dashboard.getByText('Saved. Open tabs use it now.')).toBeVisible();
  return dashboard;
}

test('browsing the brand’s own X profile keeps a snapshot of its posts, shown in Analytics and the crisis log', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await brandWithAccount(openExtensionPage, 'Acme', 'x: acmecoffee');

  await dashboard.getByRole('link', { name: 'Crisis mode' }).click();
  const start = dashboard.getByRole('form', { name: 'Start crisis mode' });
  await start.getByLabel('Reason (shown in every composer)').fill('Recall of Lot 42');
  await start.getByRole('button', { name: 'Start crisis mode' }).click();
  await expect(dashboard.getByRole('button', { name: 'End crisis mode' })).toBeVisible();

  // The profile shows the brand's posts and a post by @beanco that the brand reposted.
  await serveFixture(context, 'https://x.com/acmecoffee', 'x/profile');
  const profile = await context.newPage();
  await profile.goto('https://x.com/acmecoffee');
  await expect(profile.getByRole('article')).toHaveCount(4);

  await dashboard.goto(dashboard.url().replace(/#.*$/, '#/analytics'));
  const posts = dashboard.getByRole('table', { name: 'The brand’s posts' });
  const recall = posts.getByRole('row', { name: /An update on Lot 42/ });
  // Likes, replies, reposts and views as the page shows them, with where they came from.
  await expect(recall.getByRole('cell')).toHaveText([
    'X',
    /\d/,
    '410',
    '31',
    '120',
    '9,800',
    'Read on X',
    /\d/,
  ]);
  // "12.8K" and "1.2M" on the page: the full numbers of the counts' labels.
  await expect(posts.getByRole('row', { name: /winter menu/ }).getByRole('cell')).toHaveText([
    'X',
    /\d/,
    '12,800',
    '48',
    '2,345',
    '1,204,567',
    'Read on X',
    /\d/,
  ]);
  await expect(posts.getByRole('row')).toHaveCount(4);
  await expect(posts).not.toContainText('Huila');
  // The posts export says where each post's numbers came from.
  const exported = await downloadText(
    dashboard,
    dashboard.getByRole('button', { name: 'Export posts (.csv)' }),
  );
  expect(exported).toMatch(/^Platform,.*,Likes,Comments,Shares or reposts,Numbers from,/);
  expect(exported).toContain('https://x.com/acmecoffee/status/1865000000000000020');
  expect(exported).toMatch(/,410,31,120,Read on X,/);
  expect(exported).not.toContain('Huila');

  // The post that went out during the crisis is in its log, marked as read on the page, and in the export.
  await dashboard.getByRole('link', { name: 'Crisis mode' }).click();
  const log = dashboard.getByRole('region', { name: 'Published during the crisis' });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log.getByRole('listitem')).toContainText(
    'An update on Lot 42: we are recalling these oat latte cans. Refunds at every Acme shop. · read on X (snapshot)',
  );
  const csv = await downloadText(dashboard, log.getByRole('button', { name: 'Export the log (CSV)' }));
  expect(csv).toContain(
    'X,An update on Lot 42: we are recalling these oat latte cans. Refunds at every Acme shop.,snapshot read on X,https://x.com/acmecoffee/status/1865000000000000020',
  );
  expect(csv).not.toContain('winter menu');
  expect(pageErrors).toEqual([]);
});

/**
 * The brand's profile on a site whose page shows no views: each mixes the brand's posts with another account's
 * post the brand reposted (or boosted), which stays that account's and is never kept.
 */
const PROFILES_WITHOUT_VIEWS = [
  {
    title: 'browsing the brand’s own Bluesky profile keeps its posts, not the post it reposted',
    brand: 'Harbour Lights',
    // Written with @ and capitals: handles compare as the site treats them.
    account: 'bluesky: @HarbourLights.bsky.social',
    url: 'https://bsky.app/profile/harbourlights.bsky.social',
    fixture: 'bluesky/profile',
    postsOnPage: '[data-testid^="feedItem-by-"]',
    // Bluesky shows likes, replies and reposts; no views.
    read: {
      post: /lighthouse lamp/,
      cells: ['Bluesky', /\d/, '1,204', '6', '21', '—', 'Read on Bluesky', /\d/],
    },
    alsoKept: /Night walk tickets/,
    notKept: 'Gull Bay',
  },
  {
    title:
      'browsing the brand’s own Mastodon profile keeps its posts, the pinned one too, not the post it boosted',
    brand: 'Green Fingers',
    // Mastodon writes a handle with its server under each post; the brand lists it the same way.
    account: 'mastodon: @greenfingers@mastodon.social',
    url: 'https://mastodon.social/@greenfingers',
    fixture: 'mastodon/profile',
    postsOnPage: 'div.status[data-id]',
    // Mastodon shows favourites, replies and boosts; no views.
    read: {
      post: /allotment open day/,
      cells: ['Mastodon', /\d/, '230', '12', '64', '—', 'Read on Mastodon', /\d/],
    },
    alsoKept: /Garlic goes in/,
    notKept: 'Seed swap',
  },
  {
    title:
      'browsing the brand’s own LinkedIn company page keeps its posts, not the member’s post it reposted',
    brand: 'Lumen Labs',
    // LinkedIn links a post's author by its page's path; a member may have the same slug as a company.
    account: 'linkedin: company/lumen-labs',
    url: 'https://www.linkedin.com/company/lumen-labs/posts/',
    fixture: 'linkedin/profile',
    postsOnPage: 'div.feed-shared-update-v2[data-urn]',
    // A company’s posts show reactions, comments and reposts to a member; the reader reads no impressions.
    read: {
      post: /soil sensor kit/,
      cells: ['LinkedIn', /\d/, '1,204', '37', '58', '—', 'Read on LinkedIn', /\d/],
    },
    alsoKept: /firmware engineers in Ghent/,
    notKept: 'fully solar',
  },
  {
    title: 'browsing the brand’s own Threads profile keeps its posts, its quote too, not the post it quoted',
    brand: 'Fell & Field',
    account: 'threads: fellandfield',
    url: 'https://www.threads.com/@fellandfield',
    fixture: 'threads/profile',
    // The brand's two posts and the post quoted inside one of them.
    postsOnPage: '[data-pressable-container="true"]',
    // Threads shows likes, replies and reposts; no views.
    read: {
      post: /before you head up the fell/,
      cells: ['Threads', /\d/, '1,280', '41', '96', '—', 'Read on Threads', /\d/],
    },
    alsoKept: /Winter hours/,
    notKept: 'Avalanche',
  },
];

for (const site of PROFILES_WITHOUT_VIEWS)
  test(site.title, async ({ context, openExtensionPage, pageErrors }) => {
    const dashboard = await brandWithAccount(openExtensionPage, site.brand, site.account);

    await serveFixture(context, site.url, site.fixture);
    const profile = await context.newPage();
    await profile.goto(site.url);
    await expect(profile.locator(site.postsOnPage)).toHaveCount(3);

    await dashboard.goto(dashboard.url().replace(/#.*$/, '#/analytics'));
    const posts = dashboard.getByRole('table', { name: 'The brand’s posts' });
    await expect(posts.getByRole('row', { name: site.read.post }).getByRole('cell')).toHaveText(
      site.read.cells,
    );
    await expect(posts.getByRole('row', { name: site.alsoKept })).toBeVisible();
    // The header row and the brand's two posts.
    await expect(posts.getByRole('row')).toHaveCount(3);
    await expect(posts).not.toContainText(site.notKept);
    expect(pageErrors).toEqual([]);
  });

test('Settings switches browse snapshots off and on: the pages are told no handles while off', async ({
  openExtensionPage,
}) => {
  const dashboard = await brandWithAccount(openExtensionPage, 'Acme', 'x: acmecoffee');
  // What a page on x.com is told: asked as its content script asks (extension pages may ask for any site).
  const handles = () =>
    dashboard.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({
        type: 'analytics.ownAccounts',
        payload: { site: 'x' },
      });
      return reply.ok ? reply.data.handles : reply.error;
    });
  expect(await handles()).toEqual(['acmecoffee']);

  await dashboard.goto(dashboard.url().replace(/#.*$/, '#/settings'));
  const keep = dashboard.getByRole('checkbox', {
    name: 'Keep snapshots of the brand’s own posts while I browse',
  });
  await expect(keep).toBeChecked();
  await keep.uncheck();
  await expect.poll(handles).toEqual([]);
  await dashboard.reload();
  await expect(keep).not.toBeChecked();
  await keep.check();
  await expect.poll(handles).toEqual(['acmecoffee']);
});

/**
 * The brand's profile on YouTube, TikTok, Pinterest and Reddit, each as the site shows it to its owner: the
 * brand's posts with the numbers that page shows, and a post by another account the profile shows too (on a
 * tab the user opens, `otherTab`), which is never kept.
 */
test.describe('the brand’s own profile on sites whose profile grids differ from their feeds', () => {
  const PROFILES = [
    {
      title:
        'browsing the brand’s own TikTok profile keeps its videos with their views, not the videos it reposted',
      brand: 'Noodle Nights',
      account: 'tiktok: @noodlenights',
      url: 'https://www.tiktok.com/@noodlenights',
      fixture: 'tiktok/profile',
      postsOnPage: '[data-e2e="user-post-item"]',
      brandPosts: 3,
      // The Reposts tab swaps the grid for the videos the brand reposted.
      otherTab: { tab: 'Reposts', back: 'Videos', shows: 'a[href*="/@wokstar/video/"]' },
      // The grid shows the play count only ("45.2K"); likes, comments and shares are on the video's page.
      read: {
        post: /biang biang/,
        cells: ['TikTok', /\d/, '—', '—', '—', '45,200', 'Read on TikTok', /\d/],
      },
      alsoKept: /Chilli oil/,
      notKept: 'Wok hei',
    },
    {
      title:
        'browsing the brand’s own Reddit posts tab keeps its posts with their score and comments, not an ad',
      brand: 'Flour Mill',
      account: 'reddit: FlourMillCo',
      url: 'https://www.reddit.com/user/FlourMillCo/submitted/',
      fixture: 'reddit/profile',
      postsOnPage: 'shreddit-post[author="FlourMillCo"]',
      brandPosts: 2,
      otherTab: undefined,
      // Reddit shows the score (as likes) and the comment count; no shares or views on the page.
      read: {
        post: /stone-mill our rye/,
        cells: ['Reddit', /\d/, '1,204', '318', '—', '—', 'Read on Reddit', /\d/],
      },
      alsoKept: /spelt focaccia/,
      notKept: 'deck oven',
    },
    {
      title: 'browsing the brand’s own YouTube channel keeps its videos with the views the cards show',
      brand: 'Harbour Bakes',
      account: 'youtube: @harbourbakes',
      url: 'https://www.youtube.com/@harbourbakes/videos',
      fixture: 'youtube/profile',
      postsOnPage: 'ytd-rich-item-renderer',
      brandPosts: 2,
      otherTab: undefined,
      // A card shows views and an age only.
      read: {
        post: /Laminating croissant/,
        cells: ['YouTube', '—', '—', '—', '—', '12,000', 'Read on YouTube', /\d/],
      },
      alsoKept: /starter rescue/,
      // The Videos tab shows no other channel's video.
      notKept: undefined,
    },
  ];

  for (const site of PROFILES)
    test(site.title, async ({ context, openExtensionPage, pageErrors }) => {
      const dashboard = await brandWithAccount(openExtensionPage, site.brand, site.account);

      await serveFixture(context, site.url, site.fixture);
      const profile = await context.newPage();
      await profile.goto(site.url);
      await expect(profile.locator(site.postsOnPage)).toHaveCount(site.brandPosts);
      if (site.otherTab) {
        await profile.getByRole('tab', { name: site.otherTab.tab }).click();
        await expect(profile.locator(site.otherTab.shows)).toBeVisible();
        await profile.getByRole('tab', { name: site.otherTab.back }).click();
        await expect(profile.locator(site.postsOnPage)).toHaveCount(site.brandPosts);
      }

      await dashboard.goto(dashboard.url().replace(/#.*$/, '#/analytics'));
      const posts = dashboard.getByRole('table', { name: 'The brand’s posts' });
      await expect(posts.getByRole('row', { name: site.read.post }).getByRole('cell')).toHaveText(
        site.read.cells,
      );
      await expect(posts.getByRole('row', { name: site.alsoKept })).toBeVisible();
      // The header row and each of the brand's posts.
      await expect(posts.getByRole('row')).toHaveCount(site.brandPosts + 1);
      if (site.notKept) await expect(posts).not.toContainText(site.notKept);
      expect(pageErrors).toEqual([]);
    });
});
