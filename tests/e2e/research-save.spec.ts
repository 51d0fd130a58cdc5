import type { Page } from '@playwright/test';
import { expect, serveFixture, test } from './extension';
import { onBrandStarted, userArrives } from './onbrand-started';

// Short cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

declare global {
  /** The feed fixtures' hook (tests/fixtures/sites/shared/feed.ts). */
  interface Window {
    __feed: { loadMore(): void; recycle(fromId: string, toId: string): void };
  }
}

interface PostCase {
  id: string;
  word: string;
  /** Absent where the site doesn't show who posted (Pinterest's grid). */
  name?: string;
  handle?: string;
  permalink: string;
}

interface SiteCase {
  site: string;
  /** The fixture page, tests/fixtures/sites/<site>/<page>.ts; `feed` unless named. */
  page?: string;
  url: string;
  /** Posts rendered before scrolling, and in all. */
  initial: number;
  total: number;
  post: PostCase;
  /** A post not on screen yet, shown by recycling the saved post's container. */
  recycled: PostCase;
  /** Sites without ads or reposts in this feed leave these out. */
  ad?: { id: string; word: string };
  repost?: { id: string; word: string; label: string };
}

// What each fixture page (tests/fixtures/sites/<site>/feed.ts) shows, as a user reads it.
const CASES: SiteCase[] = [
  {
    site: 'x',
    url: 'https://x.com/home',
    initial: 4,
    total: 6,
    post: {
      id: '1859000000000000001',
      word: 'marmalade',
      name: 'Acme Coffee ☕',
      handle: '@acmecoffee',
      permalink: 'https://x.com/acmecoffee/status/1859000000000000001',
    },
    recycled: {
      id: '1859000000000000006',
      word: 'pistachio',
      name: 'Oat Dairy',
      handle: '@oatdairy',
      permalink: 'https://x.com/oatdairy/status/1859000000000000006',
    },
    ad: { id: '1859000000000000004', word: 'burr' },
    repost: { id: '1859000000000000003', word: 'frothing', label: 'Repost by @acmecoffee' },
  },
  {
    site: 'reddit',
    url: 'https://www.reddit.com/',
    initial: 4,
    total: 5,
    post: {
      id: 't3_1abcde',
      word: 'sourdough',
      name: 'crumb_master',
      handle: 'u/crumb_master',
      permalink: 'https://www.reddit.com/r/Breadit/comments/1abcde/my_first_sourdough_loaf_after_3_months_o/',
    },
    recycled: {
      id: 't3_1abcdi',
      word: 'rugbrød',
      name: 'rye_guy',
      handle: 'u/rye_guy',
      permalink: 'https://www.reddit.com/r/Breadit/comments/1abcdi/danish_rugbr_d_24_hour_soak/',
    },
    ad: { id: 't3_1abcdh', word: 'stone-milled' },
    repost: { id: 't3_1abcdg', word: 'lamination', label: 'Repost by ovenspring' },
  },
  {
    site: 'bluesky',
    url: 'https://bsky.app/',
    initial: 4,
    total: 5,
    post: {
      id: '3lbq2ptq7ts2k',
      word: 'lighthouse',
      name: 'Harbour Lights',
      handle: '@harbourlights.bsky.social',
      permalink: 'https://bsky.app/profile/harbourlights.bsky.social/post/3lbq2ptq7ts2k',
    },
    recycled: {
      id: '3lbq2ptq7ts2o',
      word: 'crab',
      name: 'Pier Cafe',
      handle: '@piercafe.bsky.social',
      permalink: 'https://bsky.app/profile/piercafe.bsky.social/post/3lbq2ptq7ts2o',
    },
    repost: { id: '3lbq2ptq7ts2m', word: 'volunteers', label: 'Repost by @harbourlights.bsky.social' },
  },
  {
    site: 'mastodon',
    url: 'https://mastodon.social/home',
    initial: 4,
    total: 5,
    post: {
      id: '113500000000000001',
      word: 'allotment',
      name: 'Green Fingers',
      handle: '@greenfingers@mastodon.social',
      permalink: 'https://mastodon.social/@greenfingers/113500000000000001',
    },
    recycled: {
      id: '113500000000000005',
      word: 'frogs',
      name: 'Pond Life',
      handle: '@pondlife@mastodon.social',
      permalink: 'https://mastodon.social/@pondlife/113500000000000005',
    },
    repost: { id: '113500000000000002', word: 'envelopes', label: 'Repost by @greenfingers' },
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    initial: 4,
    total: 5,
    post: {
      id: '7265000000000000001',
      word: 'onboarding',
      name: 'Dana Whitfield',
      handle: 'in/dana-whitfield',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7265000000000000001/',
    },
    recycled: {
      id: '7265000000000000005',
      word: 'looks',
      name: 'Priya Raman',
      handle: 'in/priya-raman',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7265000000000000005/',
    },
    ad: { id: '7265000000000000003', word: 'payroll' },
    repost: { id: '7265000000000000002', word: 'lisbon', label: 'Repost by Dana Whitfield' },
  },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/',
    initial: 4,
    total: 5,
    post: {
      id: 'pfbid02acme1',
      word: 'brioche',
      name: 'Acme Bakery',
      handle: 'acmebakery',
      permalink: 'https://www.facebook.com/acmebakery/posts/pfbid02acme1',
    },
    recycled: {
      id: 'pfbid02tea5',
      word: 'scones',
      name: 'Tea Room',
      handle: 'tearoom',
      permalink: 'https://www.facebook.com/tearoom/posts/pfbid02tea5',
    },
    ad: { id: 'pfbid02oven3', word: 'steam' },
    repost: { id: 'pfbid02mill2', word: 'harvest', label: 'Repost by Acme Bakery' },
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/',
    initial: 4,
    total: 5,
    post: {
      id: 'DAcme0001',
      word: 'celadon',
      name: 'acmeceramics',
      handle: '@acmeceramics',
      permalink: 'https://www.instagram.com/p/DAcme0001/',
    },
    recycled: {
      id: 'DGlaze0005',
      word: 'tenmoku',
      name: 'glazelab',
      handle: '@glazelab',
      permalink: 'https://www.instagram.com/p/DGlaze0005/',
    },
    ad: { id: 'DClay0003', word: 'stoneware' },
  },
  {
    site: 'threads',
    url: 'https://www.threads.com/',
    initial: 4,
    total: 5,
    post: {
      id: 'DThr0001',
      word: 'ridge',
      name: 'trailrunner',
      handle: '@trailrunner',
      permalink: 'https://www.threads.com/@trailrunner/post/DThr0001',
    },
    recycled: {
      id: 'DThr0005',
      word: 'porridge',
      name: 'summitcafe',
      handle: '@summitcafe',
      permalink: 'https://www.threads.com/@summitcafe/post/DThr0005',
    },
    repost: { id: 'DThr0002', word: 'midsole', label: 'Repost by @trailrunner' },
  },
  {
    site: 'tiktok',
    url: 'https://www.tiktok.com/foryou',
    initial: 4,
    total: 5,
    post: {
      id: '7440000000000000001',
      word: 'biang',
      name: 'Noodle Nights',
      handle: '@noodlenights',
      permalink: 'https://www.tiktok.com/@noodlenights/video/7440000000000000001',
    },
    recycled: {
      id: '7440000000000000005',
      word: 'peppercorn',
      name: 'Spice Route',
      handle: '@spiceroute',
      permalink: 'https://www.tiktok.com/@spiceroute/video/7440000000000000005',
    },
    ad: { id: '7440000000000000003', word: 'carbon' },
    repost: { id: '7440000000000000002', word: 'heat', label: 'Repost' },
  },
  {
    site: 'youtube',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    initial: 4,
    total: 5,
    post: {
      id: 'UgzAcme0001',
      word: 'bassline',
      name: '@synthwavefan',
      handle: '@synthwavefan',
      permalink: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzAcme0001',
    },
    recycled: {
      id: 'UgzAcme0005',
      word: 'arpeggios',
      name: '@arpeggiator',
      handle: '@arpeggiator',
      permalink: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzAcme0005',
    },
  },
  {
    site: 'youtube',
    page: 'home',
    url: 'https://www.youtube.com/',
    initial: 4,
    total: 5,
    post: {
      id: 'vidAcme0001',
      word: 'modular',
      name: 'Acme Studio',
      handle: '@acmestudio',
      permalink: 'https://www.youtube.com/watch?v=vidAcme0001',
    },
    recycled: {
      id: 'vidAcme0005',
      word: 'compared',
      name: 'Drum Nerd',
      handle: '@drumnerd',
      permalink: 'https://www.youtube.com/watch?v=vidAcme0005',
    },
    ad: { id: 'vidAcme0003', word: 'interface' },
  },
  {
    site: 'pinterest',
    url: 'https://www.pinterest.com/',
    initial: 4,
    total: 5,
    post: {
      id: '1125000000000001',
      word: 'sheepskin',
      permalink: 'https://www.pinterest.com/pin/1125000000000001/',
    },
    recycled: {
      id: '1125000000000005',
      word: 'japandi',
      permalink: 'https://www.pinterest.com/pin/1125000000000005/',
    },
    ad: { id: '1125000000000003', word: 'linen' },
  },
];

const saveButton = (page: Page, id: string) => page.locator(`[data-fixture-post="${id}"] onbrand-save`);

async function save(page: Page, id: string) {
  await saveButton(page, id).click();
  await expect(saveButton(page, id)).toHaveAttribute('data-onbrand-saved', 'true');
}

async function findInDashboard(dashboard: Page, word: string) {
  await dashboard.getByRole('searchbox', { name: 'Search saved posts' }).fill(word);
  const rows = dashboard.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  return rows.first();
}

for (const c of CASES) {
  test(`${c.site}${c.page ? ` ${c.page}` : ''}: no save button at load, one per post once the user moves; saved posts are found in the dashboard by a word, with author and link`, async ({
    context,
    openExtensionPage,
    pageErrors,
  }) => {
    await serveFixture(context, c.url, `${c.site}/${c.page ?? 'feed'}`);
    const page = await context.newPage();
    await page.goto(c.url);
    // A feed's page load places no button while nobody is reading (no brand account on this site): the page
    // has been idle twice after OnBrand's start-up, which is when the buttons used to come.
    await onBrandStarted(page);
    await page.evaluate(async () => {
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
    });
    await expect(page.locator('onbrand-save')).toHaveCount(0);
    await userArrives(page);
    await expect(page.locator('onbrand-save')).toHaveCount(c.initial);

    await save(page, c.post.id);
    // The button's inside (and whether posts were saved before) is closed to the page's scripts.
    expect(await saveButton(page, c.post.id).evaluate((host) => host.shadowRoot)).toBeNull();
    // Saving the same post again records its numbers again instead of adding a row.
    await saveButton(page, c.post.id).click();
    await expect(saveButton(page, c.post.id)).toHaveAttribute('data-onbrand-saved', 'true');

    // The feed reuses the saved post's element for a post further down: the button follows the new post.
    await page.evaluate(([from, to]) => window.__feed.recycle(from, to), [c.post.id, c.recycled.id] as const);
    await expect(saveButton(page, c.recycled.id)).toHaveCount(1);
    await expect(saveButton(page, c.recycled.id)).not.toHaveAttribute('data-onbrand-saved');
    await save(page, c.recycled.id);

    // Posts that scroll in get their buttons, and no post gets two. The first post's element now shows
    // another post, so one post fewer is on screen.
    await page.evaluate(() => window.__feed.loadMore());
    await expect(page.locator('onbrand-save')).toHaveCount(c.total - 1);
    for (const element of await page.locator('[data-fixture-post]').all()) {
      await expect(element.locator('onbrand-save')).toHaveCount(1);
    }
    // Ads and reposts are recognised on the page too.
    await expect(saveButton(page, c.post.id)).toHaveCount(0);
    if (c.ad) await expect(saveButton(page, c.ad.id)).toHaveAttribute('data-onbrand-kind', 'ad');
    if (c.repost) await expect(saveButton(page, c.repost.id)).toHaveAttribute('data-onbrand-kind', 'repost');
    await expect(saveButton(page, c.recycled.id)).toHaveAttribute('data-onbrand-kind', 'post');
    if (c.ad) await save(page, c.ad.id);
    if (c.repost) await save(page, c.repost.id);

    const dashboard = await openExtensionPage('options.html#/research');
    const saved = 2 + (c.ad ? 1 : 0) + (c.repost ? 1 : 0);
    await expect(dashboard.getByRole('status')).toHaveText(`${saved} of ${saved} saved posts`);
    for (const post of [c.post, c.recycled]) {
      const row = await findInDashboard(dashboard, post.word);
      await expect(row.locator('.author-name')).toHaveText(post.name ?? 'Unknown author');
      if (post.handle && post.handle !== post.name)
        await expect(row.locator('.handle')).toHaveText(post.handle);
      await expect(row.getByRole('link', { name: 'Open original' })).toHaveAttribute('href', post.permalink);
    }
    const first = await findInDashboard(dashboard, c.post.word);
    await first.getByRole('button', { name: 'Details' }).click();
    await expect(dashboard.getByText('Metrics history (2 readings)')).toBeVisible();

    if (c.ad)
      await expect(
        (await findInDashboard(dashboard, c.ad.word)).getByText('Ad', { exact: true }),
      ).toBeVisible();
    if (c.repost) {
      await expect(
        (await findInDashboard(dashboard, c.repost.word)).getByText(c.repost.label, { exact: true }),
      ).toBeVisible();
    }
    expect(pageErrors).toEqual([]);
  });
}
