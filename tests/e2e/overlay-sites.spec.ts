// The composer badge inside each site's real editor, one shared suite with a few lines per site. Each case
// names the site's composers and the user's steps to bring them up, take them away and navigate.
import type { Locator, Page } from '@playwright/test';
import { expect, serveFixture, test } from './extension';

interface SiteCase {
  site: string;
  /** The page the user starts on, and the fixture served for every page of that host. */
  url: string;
  host: RegExp;
  bundle: string;
  /** Brings the main composer up (opens a dialog, clicks a placeholder). */
  open?: (page: Page) => Promise<unknown>;
  main: (page: Page) => Locator;
  mainModel: string;
  /** The main composer's limit as the badge counts it, and what the site put in it before the user typed. */
  limit: number;
  initialText?: string;
  /** Composers on the page once the main one is up (the exactness check), and once it is removed. */
  badgesOpen: number;
  badgesRemoved?: number;
  /** Steps that leave two composers open at once; returns them. Absent where a site shows only one. */
  two?: (page: Page) => Promise<[Locator, Locator]>;
  /** Takes the main composer away and brings it back, the way the user does on that site. */
  remove: (page: Page) => Promise<unknown>;
  readd: (page: Page) => Promise<unknown>;
  /** In-app navigation to a page without the main composer, and back to it. */
  away: (page: Page) => Promise<unknown>;
  back: (page: Page) => Promise<unknown>;
  awayUrl: RegExp;
}

const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

const CASES: SiteCase[] = [
  {
    site: 'x',
    url: 'https://x.com/home',
    host: /^https:\/\/x\.com\//,
    bundle: 'x/home',
    main: (page) => page.getByTestId('tweetTextarea_0').first(),
    mainModel: 'main',
    limit: 280,
    badgesOpen: 1,
    two: async (page) => {
      await page.getByTestId('SideNav_NewTweet_Button').click();
      return [
        page.getByTestId('tweetTextarea_0').first(),
        page.getByRole('dialog').getByTestId('tweetTextarea_0'),
      ];
    },
    remove: (page) => link(page, 'Explore').click(),
    readd: (page) => link(page, 'Home').click(),
    away: (page) => link(page, 'Explore').click(),
    back: (page) => page.goBack(),
    awayUrl: /\/explore$/,
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    host: /^https:\/\/www\.linkedin\.com\//,
    bundle: 'linkedin/feed',
    open: (page) => button(page, 'Start a post').click(),
    main: (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    mainModel: 'share',
    limit: 3000,
    badgesOpen: 2,
    two: async (page) => [
      page.locator('.share-creation-state__text-editor .ql-editor'),
      page.locator('.comments-comment-box__form .ql-editor'),
    ],
    remove: (page) => page.getByRole('button', { name: 'Dismiss' }).click(),
    readd: (page) => button(page, 'Start a post').click(),
    away: (page) => link(page, 'My Network').click(),
    back: async (page) => {
      await link(page, 'Home').click();
      await button(page, 'Start a post').click();
    },
    awayUrl: /\/mynetwork\/$/,
  },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/',
    host: /^https:\/\/www\.facebook\.com\//,
    bundle: 'facebook/home',
    open: (page) => page.getByText("What's on your mind, Ana?").click(),
    main: (page) => page.getByRole('dialog').getByRole('textbox'),
    mainModel: 'post',
    limit: 63206,
    // The post dialog and the comment box; the Messenger chat box with the same attributes gets none.
    badgesOpen: 2,
    two: async (page) => [
      page.getByRole('dialog').getByRole('textbox'),
      page.getByRole('textbox', { name: 'Write a comment…' }),
    ],
    remove: (page) => page.getByRole('button', { name: 'Close' }).click(),
    readd: (page) => page.getByText("What's on your mind, Ana?").click(),
    away: (page) => link(page, 'Marketplace').click(),
    back: async (page) => {
      await page.goBack();
      await page.getByText("What's on your mind, Ana?").click();
    },
    awayUrl: /\/marketplace\/$/,
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/',
    host: /^https:\/\/www\.instagram\.com\//,
    bundle: 'instagram/home',
    open: (page) => button(page, 'Create').click(),
    main: (page) => page.getByRole('textbox', { name: 'Write a caption...' }),
    mainModel: 'caption',
    limit: 2200,
    badgesOpen: 2,
    two: async (page) => [
      page.getByRole('textbox', { name: 'Write a caption...' }),
      page.getByRole('textbox', { name: 'Add a comment…' }),
    ],
    remove: (page) => page.getByRole('button', { name: 'Close' }).click(),
    readd: (page) => button(page, 'Create').click(),
    away: (page) => link(page, 'Explore').click(),
    back: async (page) => {
      await link(page, 'Home').click();
      await button(page, 'Create').click();
    },
    awayUrl: /\/explore\/$/,
  },
  {
    site: 'threads',
    url: 'https://www.threads.com/',
    host: /^https:\/\/www\.threads\.com\//,
    bundle: 'threads/home',
    open: (page) => page.getByText("What's new?").click(),
    main: (page) => page.getByRole('menu').getByRole('textbox').first(),
    mainModel: 'post',
    limit: 500,
    badgesOpen: 1,
    two: async (page) => {
      await page.getByText('Add to thread').click();
      return [
        page.getByRole('menu').getByRole('textbox').nth(0),
        page.getByRole('menu').getByRole('textbox').nth(1),
      ];
    },
    remove: (page) => page.getByText('Cancel').click(),
    readd: (page) => page.getByText("What's new?").click(),
    away: (page) => link(page, 'Search').click(),
    back: async (page) => {
      await link(page, 'Home').click();
      await page.getByText("What's new?").click();
    },
    awayUrl: /\/search$/,
  },
  {
    site: 'tiktok',
    url: 'https://www.tiktok.com/tiktokstudio/upload',
    host: /^https:\/\/www\.tiktok\.com\//,
    bundle: 'tiktok/studio',
    main: (page) => page.locator('[data-e2e="caption_container"] [contenteditable="true"]'),
    mainModel: 'caption',
    limit: 2200,
    // TikTok pre-fills the caption with the video's file name.
    initialText: 'launch-teaser',
    badgesOpen: 1,
    two: async (page) => {
      await link(page, 'Latest video').click();
      await page.getByText('Reply', { exact: true }).click();
      const inputs = page.locator('[data-e2e="comment-input"] [contenteditable="true"]');
      return [inputs.nth(0), inputs.nth(1)];
    },
    remove: (page) => link(page, 'Posts').click(),
    readd: (page) => link(page, 'Upload').click(),
    away: (page) => link(page, 'Posts').click(),
    back: (page) => page.goBack(),
    awayUrl: /\/tiktokstudio\/content$/,
  },
  {
    site: 'youtube',
    url: 'https://www.youtube.com/watch?v=first-video',
    host: /^https:\/\/www\.youtube\.com\//,
    bundle: 'youtube/watch',
    open: (page) => page.locator('#placeholder-area').click(),
    main: (page) => page.locator('ytd-comment-simplebox-renderer #contenteditable-root'),
    mainModel: 'comment',
    limit: 5000,
    badgesOpen: 1,
    two: async (page) => {
      await button(page, 'Reply').click();
      const boxes = page.locator('#contenteditable-root');
      return [boxes.nth(0), boxes.nth(1)];
    },
    remove: (page) => button(page, 'Cancel').click(),
    readd: (page) => page.locator('#placeholder-area').click(),
    away: (page) => link(page, 'Subscriptions').click(),
    back: async (page) => {
      await link(page, 'Up next').click();
      await page.locator('#placeholder-area').click();
    },
    awayUrl: /\/feed\/subscriptions$/,
  },
  {
    site: 'pinterest',
    url: 'https://www.pinterest.com/pin-creation-tool/',
    host: /^https:\/\/www\.pinterest\.com\//,
    bundle: 'pinterest/pin-builder',
    // The description turns editable only once its overlay is clicked.
    open: (page) => page.locator('#dweb-comment-editor-container [role="button"]').click(),
    main: (page) => page.locator('#dweb-comment-editor-container [contenteditable="true"]'),
    mainModel: 'description',
    limit: 500,
    // The title input and the description; Discard drops both.
    badgesOpen: 2,
    badgesRemoved: 0,
    two: async (page) => [
      page.locator('#dweb-comment-editor-container [contenteditable="true"]'),
      page.locator('#storyboard-selector-title'),
    ],
    remove: (page) => button(page, 'Discard').click(),
    readd: async (page) => {
      await button(page, 'Create new').click();
      await page.locator('#dweb-comment-editor-container [role="button"]').click();
    },
    away: (page) => link(page, 'Explore').click(),
    back: async (page) => {
      await link(page, 'Create').click();
      await page.locator('#dweb-comment-editor-container [role="button"]').click();
    },
    awayUrl: /\/ideas\/$/,
  },
  {
    site: 'reddit',
    url: 'https://www.reddit.com/r/brand/submit',
    host: /^https:\/\/www\.reddit\.com\//,
    bundle: 'reddit/submit',
    main: (page) => page.locator('shreddit-composer [role="textbox"]'),
    mainModel: 'body',
    limit: 40000,
    // The body and the title inside faceplate-textarea-input's shadow root.
    badgesOpen: 2,
    two: async (page) => [
      page.locator('shreddit-composer [role="textbox"]'),
      page.locator('textarea[name="title"]'),
    ],
    remove: (page) => page.getByRole('tab', { name: 'Link' }).click(),
    readd: (page) => page.getByRole('tab', { name: 'Text' }).click(),
    away: (page) => link(page, 'r/brand').click(),
    back: (page) => link(page, 'Create post').click(),
    awayUrl: /\/r\/brand\/$/,
  },
  {
    site: 'bluesky',
    url: 'https://bsky.app/',
    host: /^https:\/\/bsky\.app\//,
    bundle: 'bluesky/home',
    open: (page) => page.getByTestId('composeFAB').click(),
    main: (page) => page.getByTestId('composerTextInput').first(),
    mainModel: 'post',
    limit: 300,
    badgesOpen: 1,
    two: async (page) => {
      await page.getByTestId('composerAddPostButton').click();
      return [page.getByTestId('composerTextInput').nth(0), page.getByTestId('composerTextInput').nth(1)];
    },
    remove: (page) => page.getByTestId('composerDiscardButton').click(),
    readd: (page) => page.getByTestId('composeFAB').click(),
    away: (page) => page.getByTestId('notificationsTab').click(),
    back: async (page) => {
      await page.getByTestId('homeTab').click();
      await page.getByTestId('composeFAB').click();
    },
    awayUrl: /\/notifications$/,
  },
  {
    site: 'mastodon',
    url: 'https://mastodon.social/home',
    host: /^https:\/\/mastodon\.social\//,
    bundle: 'mastodon/home',
    main: (page) => page.locator('.compose-form textarea'),
    mainModel: 'post',
    limit: 500,
    badgesOpen: 1,
    // Mastodon's web app shows a single compose form: there is no second composer to open.
    remove: (page) => link(page, 'Explore').click(),
    readd: (page) => link(page, 'Home').click(),
    away: (page) => link(page, 'Explore').click(),
    back: (page) => page.goBack(),
    awayUrl: /\/explore$/,
  },
];

/** The badge pinned at this composer's corner: its contract attributes, or null when it has none. */
async function badgeAt(page: Page, composer: Locator) {
  await composer.scrollIntoViewIfNeeded();
  const box = await composer.boundingBox();
  if (!box) return null;
  return page.evaluate((composerBox) => {
    for (const badge of document.querySelectorAll<HTMLElement>('onbrand-badge')) {
      const rect = badge.getBoundingClientRect();
      if (rect.width === 0) continue;
      // placeAt pins the badge's bottom-right inside the composer's bottom-right corner.
      const right = composerBox.x + composerBox.width;
      const bottom = composerBox.y + composerBox.height;
      if (Math.abs(rect.right - (right - 4)) <= 2 && Math.abs(rect.bottom - (bottom - 4)) <= 2) {
        return {
          count: badge.dataset.onbrandCount,
          state: badge.dataset.onbrandState,
          label: badge.getAttribute('aria-label'),
        };
      }
    }
    return null;
  }, box);
}

const visibleBadges = (page: Page) => page.locator('onbrand-badge:visible');

for (const c of CASES) {
  test.describe(c.site, () => {
    test.beforeEach(async ({ context }) => {
      await serveFixture(context, c.host, c.bundle);
    });

    async function start(page: Page) {
      await page.goto(c.url);
      await c.open?.(page);
      await expect(c.main(page)).toBeVisible();
    }

    test(`${c.site}: the empty composer gets its badge: count 0, state ok`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      const initial = c.initialText ?? '';
      await expect
        .poll(() => badgeAt(page, c.main(page)))
        .toEqual({
          count: '0',
          state: 'ok',
          label: `OnBrand: ${initial.length} / ${c.limit} characters, no problems`,
        });
      await expect(visibleBadges(page)).toHaveCount(c.badgesOpen);
      expect(await page.evaluate((id) => window.__fixture.model(id), c.mainModel)).toBe(initial);
      expect(pageErrors).toEqual([]);
    });

    test(`${c.site}: typing past the composer's limit turns the badge to error`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      await c.main(page).click();
      await page.keyboard.press('End');
      const extra = 'a'.repeat(c.limit + 1 - (c.initialText ?? '').length);
      await page.keyboard.insertText(extra);
      await expect
        .poll(() => badgeAt(page, c.main(page)).then((b) => b?.state), { timeout: 15_000 })
        .toBe('error');
      expect(await page.evaluate((id) => window.__fixture.model(id).length, c.mainModel)).toBe(c.limit + 1);
      // Back under the limit, the error goes.
      await page.keyboard.press('Backspace');
      await expect.poll(() => badgeAt(page, c.main(page)).then((b) => b?.state)).toBe('ok');
      expect(pageErrors).toEqual([]);
    });

    test(`${c.site}: multi-line text keeps its lines in the editor and is counted`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      await c.main(page).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('first line');
      await page.keyboard.press('Enter');
      await page.keyboard.type('second line');
      const model = await page.evaluate((id) => window.__fixture.model(id), c.mainModel);
      // Lexical's model joins paragraphs with a blank line; the lines themselves must survive.
      expect(model.split('\n').filter(Boolean)).toEqual(['first line', 'second line']);
      await expect
        .poll(() => badgeAt(page, c.main(page)).then((b) => b?.label))
        .toBe(`OnBrand: ${'first line\nsecond line'.length} / ${c.limit} characters, no problems`);
      expect(pageErrors).toEqual([]);
    });

    if (c.two) {
      const two = c.two;
      test(`${c.site}: two composers at once get a badge each`, async ({ context, pageErrors }) => {
        const page = await context.newPage();
        await start(page);
        const [first, second] = await two(page);
        await expect(second).toBeVisible();
        await expect.poll(() => badgeAt(page, first).then((b) => b?.state)).toBe('ok');
        await expect.poll(() => badgeAt(page, second).then((b) => b?.state)).toBe('ok');
        // Typing past the limit in one leaves the other's badge alone.
        await first.click();
        await page.keyboard.insertText('b'.repeat(c.limit + 1));
        await expect.poll(() => badgeAt(page, first).then((b) => b?.state)).toBe('error');
        expect(await badgeAt(page, second).then((b) => b?.state)).toBe('ok');
        expect(pageErrors).toEqual([]);
      });
    }

    test(`${c.site}: a composer removed and added again gets a fresh badge`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      await expect(visibleBadges(page)).toHaveCount(c.badgesOpen);
      await c.remove(page);
      await expect(c.main(page)).toHaveCount(0);
      await expect(visibleBadges(page)).toHaveCount(c.badgesRemoved ?? c.badgesOpen - 1);
      await expect(page.locator('onbrand-badge')).toHaveCount(c.badgesRemoved ?? c.badgesOpen - 1);
      await c.readd(page);
      await expect(c.main(page)).toBeVisible();
      await expect(visibleBadges(page)).toHaveCount(c.badgesOpen);
      await expect.poll(() => badgeAt(page, c.main(page)).then((b) => b?.state)).toBe('ok');
      expect(pageErrors).toEqual([]);
    });

    test(`${c.site}: SPA navigation away and back keeps badges exact`, async ({ context, pageErrors }) => {
      const page = await context.newPage();
      await start(page);
      await c.away(page);
      await expect(page).toHaveURL(c.awayUrl);
      // None of the pages navigated to has a composer, so no badge may be left behind.
      await expect(c.main(page)).toHaveCount(0);
      await expect(page.locator('onbrand-badge')).toHaveCount(0);
      await c.back(page);
      await expect(c.main(page)).toBeVisible();
      await expect.poll(() => badgeAt(page, c.main(page)).then((b) => b?.state)).toBe('ok');
      expect(pageErrors).toEqual([]);
    });
  });
}
