// The composer badge inside each site's real editor, one shared suite with a few lines per site. Each case
// names the site's composers and the user's steps to bring them up, take them away and navigate.
import type { Locator, Page } from '@playwright/test';
import { pageTimings, RECORD_TIMINGS } from '../shared/page-timings';
import { badgeLabel, closedRoot } from './closed-shadow';
import { COMPOSER_PAGES, type ComposerPage } from './composer-pages';
import { expect, serveFixture, test } from './extension';
import { onBrandStarted, userArrives } from './onbrand-started';
import { pickerFrame, seedReplies } from './replies-helpers';

interface SiteCase extends ComposerPage {
  /** Brings the main composer up (opens a dialog, clicks a placeholder). */
  open?: (page: Page) => Promise<unknown>;
  main: (page: Page) => Locator;
  mainModel: string;
  /** The main composer's limit as the badge counts it, and what the site put in it before the user typed. */
  limit: number;
  initialText?: string;
  /** Composers on the page once the main one is up (the exactness check), and once it is removed. */
  badgesOpen: number;
  /**
   * The second composer of `two` is under the main one's modal: the user can't reach it, so its badge is
   * hidden until the modal goes (its host stays, with its state).
   */
  secondCovered?: true;
  /** The main composer is in a modal over another composer, whose badge is hidden meanwhile. */
  overAnother?: true;
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
  /**
   * Switches the page to the site's dark theme the way the site does (its class or attribute on html/body);
   * absent where the fixture has no dark theme of its own: the spec then paints the page dark and emulates
   * `prefers-color-scheme: dark`.
   */
  dark?: (page: Page) => Promise<unknown>;
}

// Ninety-odd short cases that only open pages and type: one browser per worker, reset between tests.
test.use({ reuseBrowser: true });

const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

const CASES: SiteCase[] = [
  {
    ...COMPOSER_PAGES.x,
    main: (page) => page.getByTestId('tweetTextarea_0').first(),
    mainModel: 'main',
    limit: 280,
    badgesOpen: 1,
    // The composer dialog over the timeline: the inline composer under its mask waits with a hidden badge.
    secondCovered: true,
    two: async (page) => {
      await page.getByTestId('SideNav_NewTweet_Button').click();
      return [
        page.getByRole('dialog').getByTestId('tweetTextarea_0'),
        page.getByTestId('tweetTextarea_0').first(),
      ];
    },
    remove: (page) => link(page, 'Explore').click(),
    readd: (page) => link(page, 'Home').click(),
    away: (page) => link(page, 'Explore').click(),
    back: (page) => page.goBack(),
    awayUrl: /\/explore$/,
    // Settings → Display → Background "Lights out": X writes it on <body> (tests/fixtures/sites/x/home.tsx).
    dark: (page) => page.evaluate(() => (document.body.style.backgroundColor = 'rgb(0, 0, 0)')),
  },
  {
    ...COMPOSER_PAGES.linkedin,
    open: (page) => button(page, 'Start a post').click(),
    main: (page) => page.locator('.share-creation-state__text-editor .ql-editor'),
    mainModel: 'share',
    limit: 3000,
    badgesOpen: 2,
    overAnother: true,
    secondCovered: true,
    two: async (page) => [
      page.locator('.share-creation-state__text-editor .ql-editor'),
      page.locator('.comments-comment-box__form .ql-editor'),
    ],
    remove: (page) => page.getByRole('button', { name: 'Dismiss' }).click(),
    readd: (page) => button(page, 'Start a post').click(),
    // The share modal's layer covers the navigation: the user closes it first.
    away: async (page) => {
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await link(page, 'My Network').click();
    },
    back: async (page) => {
      await link(page, 'Home').click();
      await button(page, 'Start a post').click();
    },
    awayUrl: /\/mynetwork\/$/,
    dark: (page) => page.evaluate(() => document.documentElement.classList.add('theme--dark')),
  },
  {
    ...COMPOSER_PAGES.facebook,
    open: (page) => page.getByText("What's on your mind, Ana?").click(),
    main: (page) => page.getByRole('dialog').getByRole('textbox'),
    mainModel: 'post',
    limit: 63206,
    // The post dialog and the comment box; the Messenger chat box with the same attributes gets none.
    badgesOpen: 2,
    overAnother: true,
    secondCovered: true,
    two: async (page) => [
      page.getByRole('dialog').getByRole('textbox'),
      page.getByRole('textbox', { name: 'Write a comment…' }),
    ],
    remove: (page) => page.getByRole('button', { name: 'Close' }).click(),
    readd: (page) => page.getByText("What's on your mind, Ana?").click(),
    // The dialog's layer covers the navigation: the user closes it first.
    away: async (page) => {
      await page.getByRole('button', { name: 'Close' }).click();
      await link(page, 'Marketplace').click();
    },
    back: async (page) => {
      await page.goBack();
      await page.getByText("What's on your mind, Ana?").click();
    },
    awayUrl: /\/marketplace\/$/,
    // Display & accessibility → Dark mode: Facebook swaps __fb-light-mode for __fb-dark-mode on <html>.
    dark: (page) =>
      page.evaluate(() => document.documentElement.classList.replace('__fb-light-mode', '__fb-dark-mode')),
  },
  {
    ...COMPOSER_PAGES.instagram,
    open: (page) => button(page, 'Create').click(),
    main: (page) => page.getByRole('textbox', { name: 'Write a caption...' }),
    mainModel: 'caption',
    limit: 2200,
    badgesOpen: 2,
    // The create dialog covers the feed's comment box.
    overAnother: true,
    secondCovered: true,
    two: async (page) => [
      page.getByRole('textbox', { name: 'Write a caption...' }),
      page.getByRole('textbox', { name: 'Add a comment…' }),
    ],
    remove: (page) => page.getByRole('button', { name: 'Close' }).click(),
    readd: (page) => button(page, 'Create').click(),
    // The create dialog's layer covers the navigation: the user closes it first.
    away: async (page) => {
      await page.getByRole('button', { name: 'Close' }).click();
      await link(page, 'Explore').click();
    },
    back: async (page) => {
      await link(page, 'Home').click();
      await button(page, 'Create').click();
    },
    awayUrl: /\/explore\/$/,
    // As on Facebook: __fb-dark-mode on <html> (UNCONFIRMED for Instagram, tests/fixtures/sites/instagram/home.tsx).
    dark: (page) =>
      page.evaluate(() => document.documentElement.classList.replace('__fb-light-mode', '__fb-dark-mode')),
  },
  {
    ...COMPOSER_PAGES.threads,
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
    // Appearance → Dark: Threads swaps __fb-light-mode for __fb-dark-mode on <html>, as Facebook does.
    dark: (page) =>
      page.evaluate(() => document.documentElement.classList.replace('__fb-light-mode', '__fb-dark-mode')),
  },
  {
    ...COMPOSER_PAGES.tiktok,
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
    // How TikTok Studio switches its dark theme is UNCONFIRMED; the fixture follows the browser's scheme.
    dark: (page) => page.emulateMedia({ colorScheme: 'dark' }),
  },
  {
    ...COMPOSER_PAGES.youtube,
    open: (page) => page.locator('#placeholder-area').click(),
    main: (page) => page.locator('ytd-comment-simplebox-renderer #contenteditable-root'),
    mainModel: 'comment',
    // YouTube's comment box: 10,000 characters (docs/platform-limits.md).
    limit: 10000,
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
    // Settings → Appearance → Dark theme: YouTube puts a `dark` attribute on <html> (tests/fixtures/sites/youtube/watch.tsx).
    dark: (page) => page.evaluate(() => document.documentElement.setAttribute('dark', '')),
  },
  {
    ...COMPOSER_PAGES.pinterest,
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
    // Gestalt's ColorSchemeProvider with "userPreference" follows the browser (tests/fixtures/sites/pinterest/pin-builder.tsx).
    dark: (page) => page.emulateMedia({ colorScheme: 'dark' }),
  },
  {
    ...COMPOSER_PAGES.reddit,
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
    // The user menu's Dark Mode switch: Reddit swaps theme-light for theme-dark on <html> (tests/fixtures/sites/reddit/submit.ts).
    dark: (page) =>
      page.evaluate(() => document.documentElement.classList.replace('theme-light', 'theme-dark')),
  },
  {
    ...COMPOSER_PAGES.bluesky,
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
    // Settings → Appearance → Dim: social-app puts theme--dim on <html> (tests/fixtures/sites/bluesky/home.tsx).
    dark: (page) => page.evaluate(() => document.documentElement.classList.add('theme--dim')),
  },
  {
    ...COMPOSER_PAGES.mastodon,
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
    // The "system" appearance follows the browser's colour scheme (tests/fixtures/sites/mastodon/home.tsx).
    dark: (page) => page.emulateMedia({ colorScheme: 'dark' }),
  },
];

/**
 * Which of the page's badges is the one placed beside this composer: 6 px off one of its edges and aligned
 * with it (right or left of it, bottoms aligned; under or above it, right edges aligned), give or take the
 * viewport's clamping.
 */
async function badgeIndexAt(page: Page, composer: Locator): Promise<number> {
  const box = await composer.boundingBox();
  if (!box) throw new Error('the composer has no box');
  return page.evaluate((c) => {
    const right = c.x + c.width;
    const bottom = c.y + c.height;
    // Beside it: bottoms aligned, or kept inside the viewport but still within the composer's height.
    const beside = (r: DOMRect) =>
      Math.abs(r.bottom - bottom) < 1 ? 0 : Math.max(0, c.y - r.top) + Math.max(0, r.bottom - bottom) + 1;
    let nearest = -1;
    let best = 12;
    for (const [index, badge] of [...document.querySelectorAll('onbrand-badge')].entries()) {
      const r = badge.getBoundingClientRect();
      if (r.width === 0) continue;
      const miss = Math.min(
        Math.abs(r.left - (right + 6)) + beside(r),
        Math.abs(r.right - (c.x - 6)) + beside(r),
        Math.abs(r.top - (bottom + 6)) +
          Math.abs(Math.min(r.right, window.innerWidth - 4) - Math.min(right, window.innerWidth - 4)),
        Math.abs(r.bottom - (c.y - 6)) +
          Math.abs(Math.min(r.right, window.innerWidth - 4) - Math.min(right, window.innerWidth - 4)),
        // No side has room (a composer taller than the viewport, as wide as it): at the viewport's foot.
        Math.abs(r.bottom - (window.innerHeight - 4)) +
          Math.abs(Math.min(r.right, window.innerWidth - 4) - Math.min(right, window.innerWidth - 4)),
      );
      if (miss < best) {
        nearest = index;
        best = miss;
      }
    }
    return nearest;
  }, box);
}

/** The contract attributes of the badge beside this composer, or null when it has none showing. */
async function badgeAt(page: Page, composer: Locator) {
  await composer.scrollIntoViewIfNeeded();
  const index = await badgeIndexAt(page, composer);
  if (index < 0) return null;
  const contract = await page
    .locator('onbrand-badge')
    .nth(index)
    .evaluate((badge: HTMLElement) => ({
      count: badge.dataset.onbrandCount,
      state: badge.dataset.onbrandState,
    }));
  // The summary is the button's, inside the badge's closed root.
  return { ...contract, label: await badgeLabel(page, index) };
}

const visibleBadges = (page: Page) => page.locator('onbrand-badge:visible');
/** Badges a user sees with the main composer up: one fewer where its modal covers another composer. */
const shownWhenOpen = (c: SiteCase) => c.badgesOpen - (c.overAnother ? 1 : 0);

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

// Long enough to wrap on every composer, short enough for every limit (X's 280 the least).
const LONG_DRAFT =
  'Spring is here and our new linen range is in the shops from Friday, in six colours and every size from XS to 3XL. Come and try it on in Lisbon, Porto or Braga, or order online with free returns.';

// The sites' dark themes paint the page near-black; the overlay follows what is painted behind the composer.
const DARK_PAGE = `
  html { background: #15202b !important; color-scheme: dark; }
  body, body * { background-color: transparent !important; color: #f7f9f9 !important; border-color: #38444d !important; }
  [role="dialog"], dialog, .artdeco-modal { background-color: #1e2732 !important; }
`;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The draft's line boxes as drawn (Range.getClientRects over the editor's text, clipped to the editor's box;
 * a textarea's text has no Range, so its lines are its content box), the badge's box and the panel's.
 */
function geometry(composer: Locator, badgeIndex: number) {
  return composer.evaluate((editor, index) => {
    const plain = ({ left, top, right, bottom }: DOMRect) => ({ left, top, right, bottom });
    const frame = editor.getBoundingClientRect();
    let lines: ReturnType<typeof plain>[];
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
      const style = getComputedStyle(editor);
      lines = [
        {
          left: frame.left + Number.parseFloat(style.paddingLeft),
          top: frame.top + Number.parseFloat(style.paddingTop),
          right: frame.right - Number.parseFloat(style.paddingRight),
          bottom: frame.bottom - Number.parseFloat(style.paddingBottom),
        },
        { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
      ];
    } else {
      const range = document.createRange();
      range.selectNodeContents(editor);
      lines = [...range.getClientRects()]
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map((rect) => ({
          left: Math.max(rect.left, frame.left),
          top: Math.max(rect.top, frame.top),
          right: Math.min(rect.right, frame.right),
          bottom: Math.min(rect.bottom, frame.bottom),
        }))
        .filter((rect) => rect.right > rect.left && rect.bottom > rect.top);
    }
    const badge = document.querySelectorAll('onbrand-badge')[index];
    const panel = document.querySelector('onbrand-panel');
    const box = (element: Element | null | undefined) => {
      const rect = element?.getBoundingClientRect();
      return rect && rect.width > 0 ? { ...plain(rect), height: rect.height } : null;
    };
    // The composer's chrome, the site's own controls the user may need next or reads: every button and title
    // of the composer's dialog (its "Create a post", its ×, its Post button, its toolbar), or of the page and
    // its open shadow roots where the composer is in no dialog; not the editor's own nor one that holds the
    // editor. A title counts by its words (a heading's block spans its row). A link showing a picture counts too:
    // the author's avatar beside the composer (X's), the user's own face they look at while writing. The posts
    // of a feed beside the composer are not its chrome (Mastodon's home column, ScrollableList's
    // `<div role='feed' className='item-list'>`): the panel may lie over them while the user writes.
    const up = (node: Node): Node | null =>
      node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    const inside = (outer: Node, node: Node) => {
      for (let at: Node | null = node; at; at = up(at)) if (at === outer) return true;
      return false;
    };
    let dialog: Element | null = null;
    for (let at = up(editor); at && !dialog; at = up(at))
      if (at instanceof Element && at.matches('dialog,[role="dialog"],[aria-modal="true"]')) dialog = at;
    const controls: (ReturnType<typeof plain> & { name: string })[] = [];
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        const title = element.matches('h1,h2,h3,[role="heading"]');
        if (!title && !element.matches('button,[role="button"],a[href]:has(img)')) continue;
        if (inside(editor, element) || inside(element, editor) || element.closest('[role="feed"]')) continue;
        const words = document.createRange();
        words.selectNodeContents(element);
        const rect = title ? words.getBoundingClientRect() : element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || !element.checkVisibility()) continue;
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
        controls.push({ ...plain(rect), name });
      }
    };
    visit(dialog ?? document);
    return { lines, badge: box(badge), panel: box(panel), controls };
  }, badgeIndex);
}

/** The index of the shown badge whose summary matches, wherever it is placed; -1 if none. */
async function badgeIndexSaying(page: Page, summary: RegExp): Promise<number> {
  const badges = page.locator('onbrand-badge');
  for (let index = 0; index < (await badges.count()); index++)
    if ((await badges.nth(index).isVisible()) && summary.test((await badgeLabel(page, index)) ?? ''))
      return index;
  return -1;
}

/** The boxes of the "…more" labels the fold markers show (inside their closed roots), in viewport coordinates. */
async function foldLabels(page: Page): Promise<Box[]> {
  const labels: Box[] = [];
  for (let index = 0; index < (await page.locator('onbrand-fold').count()); index++) {
    for (const { left, top, width, height } of await closedRoot(page, 'onbrand-fold', index).boxes({
      css: '.label',
    }))
      if (width > 0 && height > 0) labels.push({ left, top, right: left + width, bottom: top + height });
  }
  return labels;
}

for (const c of CASES) {
  test.describe(c.site, () => {
    test.beforeEach(async ({ context }) => {
      await serveFixture(context, c.host, c.bundle);
    });

    /** The page loads, the user's pointer comes into it (composers get their badges then), the composer is up. */
    async function start(page: Page): Promise<void> {
      await page.goto(c.url);
      await userArrives(page);
      await c.open?.(page);
      await expect(c.main(page)).toBeVisible();
    }

    test(`${c.site}: no badge until the user moves in the page, then the empty composer's: count 0, state ok`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await page.goto(c.url);
      await onBrandStarted(page);
      // A page load shows nothing of OnBrand's (a tab opened in the background costs nothing).
      await expect(page.locator('onbrand-badge')).toHaveCount(0);
      await userArrives(page);
      await c.open?.(page);
      await expect(c.main(page)).toBeVisible();
      const initial = c.initialText ?? '';
      await expect
        .poll(() => badgeAt(page, c.main(page)))
        .toEqual({
          count: '0',
          state: 'ok',
          label: `OnBrand: ${initial.length} / ${c.limit.toLocaleString('en-US')} characters, no problems`,
        });
      await expect(page.locator('onbrand-badge')).toHaveCount(c.badgesOpen);
      await expect(visibleBadges(page)).toHaveCount(shownWhenOpen(c));
      expect(await page.evaluate((id) => window.__fixture.model(id), c.mainModel)).toBe(initial);
      // The site turns dark with nobody typing: every badge follows at once, the untouched ones too (a
      // title's badge on Reddit and Pinterest stayed light until its composer was checked again).
      const themes = () =>
        page
          .locator('onbrand-badge')
          .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-theme')));
      await expect.poll(themes).toEqual(Array(c.badgesOpen).fill('light'));
      if (c.dark) await c.dark(page);
      else {
        // The page's dark look first, then the browser's scheme, whose change is what OnBrand hears.
        await page.addStyleTag({ content: DARK_PAGE });
        await page.emulateMedia({ colorScheme: 'dark' });
      }
      await expect.poll(themes).toEqual(Array(c.badgesOpen).fill('dark'));
      // A page that is dark before the user comes: the badges are dark from their first frame.
      const darkAtLoad = await context.newPage();
      await darkAtLoad.goto(c.url);
      await onBrandStarted(darkAtLoad);
      if (c.dark) await c.dark(darkAtLoad);
      else {
        await darkAtLoad.addStyleTag({ content: DARK_PAGE });
        await darkAtLoad.emulateMedia({ colorScheme: 'dark' });
      }
      await userArrives(darkAtLoad);
      await c.open?.(darkAtLoad);
      await expect(visibleBadges(darkAtLoad)).toHaveCount(shownWhenOpen(c));
      expect(
        await darkAtLoad
          .locator('onbrand-badge')
          .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-theme'))),
      ).toEqual(Array(c.badgesOpen).fill('dark'));
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

    test(`${c.site}: a sponsored draft without disclosure is an error, and Apply puts the label in the editor`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      await c.main(page).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      const draft = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';
      await page.keyboard.insertText(draft);
      await expect
        .poll(() => badgeAt(page, c.main(page)).then((b) => b?.state), { timeout: 15_000 })
        .toBe('error');
      const index = await badgeIndexAt(page, c.main(page));
      await page.locator('onbrand-badge').nth(index).click();
      await closedRoot(page, 'onbrand-panel').click({ role: 'button', name: 'Add “#ad” at the start' });
      await expect
        .poll(() => page.evaluate((id) => window.__fixture.model(id), c.mainModel))
        .toBe(`#ad ${draft}`);
      await expect.poll(() => badgeAt(page, c.main(page)).then((b) => b?.state)).not.toBe('error');
      expect(pageErrors).toEqual([]);
    });

    test(`${c.site}: saved replies go into the site's editor, by ;;shortcut and by the picker`, async ({
      context,
      openExtensionPage,
      pageErrors,
    }) => {
      await seedReplies(openExtensionPage, [
        { title: 'Thanks', body: 'Thanks for reaching out, we are on it.', shortcut: 'thanks' },
        { title: 'Order shipped', body: 'Your order {field:Order number} is on its way.' },
      ]);
      const page = await context.newPage();
      await start(page);
      await c.main(page).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      // Typed at once: a shortcut typed before the replies arrived waits for them.
      await page.keyboard.type('Hi ;;thanks');
      await page.keyboard.press('Space');
      const modelText = () => page.evaluate((id) => window.__fixture.model(id), c.mainModel);
      await expect.poll(modelText).toBe('Hi Thanks for reaching out, we are on it. ');

      await page.keyboard.press('Alt+Shift+R');
      const picker = await pickerFrame(page);
      await page.keyboard.type('shipped');
      await expect(picker.getByRole('option', { selected: true })).toHaveText('Order shipped');
      await page.keyboard.press('Enter');
      await expect(picker.getByLabel('Order number')).toBeFocused();
      await page.keyboard.type('A-1009');
      await page.keyboard.press('Enter');
      await expect
        .poll(modelText)
        .toBe('Hi Thanks for reaching out, we are on it. Your order A-1009 is on its way.');
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
        .toBe(
          `OnBrand: ${'first line\nsecond line'.length} / ${c.limit.toLocaleString('en-US')} characters, no problems`,
        );
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
        // Under a modal: exactly one badge shows, the covered composer's waits hidden with its own state.
        const other = () =>
          c.secondCovered
            ? page.locator('onbrand-badge:not(:visible)').getAttribute('data-onbrand-state')
            : badgeAt(page, second).then((b) => b?.state);
        if (c.secondCovered) await expect(visibleBadges(page)).toHaveCount(1);
        await expect.poll(other).toBe('ok');
        // Typing past the limit in one leaves the other's badge alone.
        await first.click();
        await page.keyboard.insertText('b'.repeat(c.limit + 1));
        await expect.poll(() => badgeAt(page, first).then((b) => b?.state)).toBe('error');
        // Polled: finding the second badge may scroll the page, and the badge follows on the next frame.
        await expect.poll(other).toBe('ok');
        expect(pageErrors).toEqual([]);
      });
    }

    test(`${c.site}: a composer removed and added again gets a fresh badge`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      await expect(visibleBadges(page)).toHaveCount(shownWhenOpen(c));
      await c.remove(page);
      await expect(c.main(page)).toHaveCount(0);
      await expect(visibleBadges(page)).toHaveCount(c.badgesRemoved ?? c.badgesOpen - 1);
      await expect(page.locator('onbrand-badge')).toHaveCount(c.badgesRemoved ?? c.badgesOpen - 1);
      await c.readd(page);
      await expect(c.main(page)).toBeVisible();
      await expect(visibleBadges(page)).toHaveCount(shownWhenOpen(c));
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

    test(`${c.site}: at 1280×800 and 390×844, light and dark, the badge and the open panel stay off the draft and the site's controls, and in view`, async ({
      context,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      await c.main(page).click();
      await page.keyboard.press('End');
      await page.keyboard.insertText(LONG_DRAFT);
      const length = (c.initialText ?? '').length + LONG_DRAFT.length;
      // Found by what it says, wherever it is: a badge placed over the dialog's title or the text must fail the
      // geometry checks below, not go unfound.
      const summary = new RegExp(`^OnBrand: ${length} / `);
      await expect.poll(() => badgeIndexSaying(page, summary), { timeout: 15_000 }).toBeGreaterThanOrEqual(0);
      const index = await badgeIndexSaying(page, summary);
      const badge = page.locator('onbrand-badge').nth(index);
      const panel = closedRoot(page, 'onbrand-panel');
      for (const theme of ['light', 'dark'] as const) {
        if (theme === 'dark' && c.dark) await c.dark(page);
        else if (theme === 'dark') {
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.addStyleTag({ content: DARK_PAGE });
        }
        for (const viewport of theme === 'light' ? VIEWPORTS : [...VIEWPORTS].reverse()) {
          await page.setViewportSize(viewport);
          await c.main(page).scrollIntoViewIfNeeded();
          // Opened afresh: the overlay takes the site's theme at each check and opening of the panel.
          if (await panel.text()) await badge.click();
          await expect.poll(() => panel.text()).toBeNull();
          await badge.click();
          await expect.poll(() => panel.text({ role: 'dialog' })).toContain('OnBrand');
          await expect(badge).toHaveAttribute('data-theme', theme);
          // Placed on the next frame after opening.
          await expect
            .poll(() => geometry(c.main(page), index).then((g) => g.panel?.height ?? 0))
            .toBeGreaterThan(0);
          const shapes = await geometry(c.main(page), index);
          expect(shapes.lines.length).toBeGreaterThan(1);
          expect(shapes.controls.length).toBeGreaterThan(0);
          for (const [name, box] of [
            ['badge', shapes.badge],
            ['panel', shapes.panel],
          ] as const) {
            if (!box) throw new Error('the badge and the panel should both show');
            // Neither covers the composer's chrome (LinkedIn's "Create a post", its Post row and × on a phone).
            expect({
              [name]: shapes.controls.filter((control) => intersects(control, box)).map((c) => c.name),
            }).toEqual({ [name]: [] });
            expect(shapes.lines.filter((line) => intersects(line, box))).toEqual([]);
            expect(box.left).toBeGreaterThanOrEqual(0);
            expect(box.top).toBeGreaterThanOrEqual(0);
            expect(box.right).toBeLessThanOrEqual(viewport.width);
            expect(box.bottom).toBeLessThanOrEqual(viewport.height);
          }
          // The "…more" fold's label sits off the text too: every character of the draft stays readable.
          for (const label of await foldLabels(page))
            expect({ foldLabel: shapes.lines.filter((line) => intersects(line, label)) }).toEqual({
              foldLabel: [],
            });
          if (c.overAnother) await expect(visibleBadges(page)).toHaveCount(1);
          await page.screenshot({
            path: `reports/screenshots/${c.site}-${viewport.width}x${viewport.height}-${theme}.png`,
          });
        }
      }
      expect(pageErrors).toEqual([]);
    });

    test(`${c.site}: the shortcut opens the panel, Enter applies, Escape puts the caret back`, async ({
      context,
      background,
      pageErrors,
    }) => {
      const page = await context.newPage();
      await start(page);
      await c.main(page).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      const draft = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';
      await page.keyboard.insertText(draft);
      await expect
        .poll(() => badgeAt(page, c.main(page)).then((b) => b?.state), { timeout: 15_000 })
        .toBe('error');
      // What the browser does when the user presses the command's keys: the background gets
      // commands.onCommand and tells the tab (entrypoints/background/commands.ts, unit-tested there).
      await background.evaluate(
        async (url) => {
          const [tab] = await chrome.tabs.query({ url });
          if (tab?.id === undefined) throw new Error('no tab');
          await chrome.tabs.sendMessage(tab.id, { type: 'findings.open' }, { frameId: 0 });
        },
        `${new URL(c.url).origin}/*`,
      );
      const panel = closedRoot(page, 'onbrand-panel');
      await expect.poll(() => panel.focusedText()).toContain('Add “#ad” at the start');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate((id) => window.__fixture.model(id), c.mainModel))
        .toBe(`#ad ${draft}`);
      await expect.poll(() => panel.focusedText()).not.toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.text()).toBeNull();
      // The caret is back at the end of the draft, where the user left it: typing goes on from there.
      await page.keyboard.type(' Go');
      await expect
        .poll(() => page.evaluate((id) => window.__fixture.model(id), c.mainModel))
        .toBe(`#ad ${draft} Go`);
      expect(pageErrors).toEqual([]);
    });
  });
}

const caseFor = (site: string) => {
  const found = CASES.find((c) => c.site === site);
  if (!found) throw new Error(`no case for ${site}`);
  return found;
};

/** Whether the badge beside this composer is what a user clicking there would hit (not under a dialog). */
async function badgeIsOnTop(page: Page, composer: Locator) {
  const index = await badgeIndexAt(page, composer);
  if (index < 0) return false;
  return page
    .locator('onbrand-badge')
    .nth(index)
    .evaluate((badge) => {
      const rect = badge.getBoundingClientRect();
      return document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) === badge;
    });
}

test.describe('linkedin surfaces', () => {
  test.beforeEach(async ({ context }) => {
    await serveFixture(context, /^https:\/\/www\.linkedin\.com\//, 'linkedin/share');
  });

  test('at 1280×720 the panel opened by the shortcut scrolls the finding the arrows reach into view, its Apply button too', async ({
    context,
    background,
    pageErrors,
  }) => {
    const c = caseFor('linkedin');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(c.url);
    await userArrives(page);
    await c.open?.(page);
    await c.main(page).click();
    // Several findings with fixes: a missing disclosure, promo language, a shortened link, a health claim.
    await page.keyboard.insertText(
      'Use code GLOW20 for 20% off the new serum from @glowco! Click here: bit.ly/glow — it cures acne, guaranteed. Buy now, limited time only!!!',
    );
    await expect
      .poll(() => badgeAt(page, c.main(page)).then((b) => b?.state), { timeout: 15_000 })
      .toBe('error');
    await background.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error('no tab');
      await chrome.tabs.sendMessage(tab.id, { type: 'findings.open' }, { frameId: 0 });
    }, 'https://www.linkedin.com/*');
    const panel = closedRoot(page, 'onbrand-panel');
    await expect.poll(() => panel.focusedText()).not.toBeNull();
    const cards = await panel.count({ css: 'li.finding-card' });
    expect(cards).toBeGreaterThan(2);
    /**
     * Where the focused card's buttons are against the panel's visible box and the viewport: its Apply
     * button (what Enter presses) and Dismiss, each of them fully inside both.
     */
    const focusedButtons = () =>
      panel.evaluate(function (this: ShadowRoot) {
        const focused = this.activeElement;
        const box = this.querySelector('.panel')?.getBoundingClientRect();
        if (!focused || !box) return { card: -1, buttons: [] };
        const inside = (rect: DOMRect, outer: { top: number; bottom: number; left: number; right: number }) =>
          rect.top >= outer.top &&
          rect.bottom <= outer.bottom &&
          rect.left >= outer.left &&
          rect.right <= outer.right;
        const viewport = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
        return {
          card: [...this.querySelectorAll('li.finding-card')].indexOf(focused),
          buttons: [...focused.querySelectorAll('button')].map((button) => {
            const rect = button.getBoundingClientRect();
            return `${button.textContent}: ${inside(rect, box) && inside(rect, viewport) ? 'visible' : `cut off (${Math.round(rect.top)}–${Math.round(rect.bottom)} in ${Math.round(box.top)}–${Math.round(box.bottom)})`}`;
          }),
        };
      });
    // Opened by the shortcut: the first finding, the disclosure, with its Apply buttons in view.
    await expect.poll(focusedButtons).toEqual({
      card: 0,
      buttons: ['Add “#ad” at the start: visible', 'Add “Ad:” at the start: visible', 'Dismiss: visible'],
    });
    for (let i = 1; i < cards; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(focusedButtons).toEqual({ card: cards - 1, buttons: ['Dismiss: visible'] });
    expect(pageErrors).toEqual([]);
  });

  test('the new share dialog, replaced 0.5 s after opening, ends with one badge on top of the new editor', async ({
    context,
    pageErrors,
  }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.locator('#shareboxProfilePictureComponentRef').click();
    await expect(page.locator('dialog[data-generation="2"]')).toBeVisible();
    const editor = page.locator('dialog [componentkey="ShareBox_textEditor"]');
    await expect(editor).toHaveCount(1);
    // The comment box and the new dialog's editor: the placeholder dialog's badge went with it.
    await expect(page.locator('onbrand-badge')).toHaveCount(2);
    await expect.poll(() => badgeAt(page, editor).then((b) => b?.state)).toBe('ok');
    // A modal <dialog> sits in the top layer; the badge is inside it, so it shows above the dialog.
    await expect.poll(() => badgeIsOnTop(page, editor)).toBe(true);
    await editor.click();
    await page.keyboard.type('Hiring in Lisbon');
    expect(await page.evaluate(() => window.__fixture.model('share-new'))).toBe('Hiring in Lisbon');
    await expect
      .poll(() => badgeAt(page, editor).then((b) => b?.label))
      .toBe('OnBrand: 16 / 3,000 characters, no problems');
    expect(pageErrors).toEqual([]);
  });

  test('a comment errs past 1,250 characters, where a post takes 3,000', async ({ context, pageErrors }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const comment = page.locator('.comments-comment-box__form .ql-editor');
    await comment.click();
    await page.keyboard.insertText('c'.repeat(1250));
    await expect
      .poll(() => badgeAt(page, comment).then((b) => b?.label))
      .toBe('OnBrand: 1,250 / 1,250 characters, no problems');
    await page.keyboard.insertText('c');
    await expect.poll(() => badgeAt(page, comment).then((b) => b?.state)).toBe('error');
    expect(await page.evaluate(() => window.__fixture.model('comment').length)).toBe(1251);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('reddit surfaces', () => {
  test.beforeEach(async ({ context }) => {
    await serveFixture(context, /^https:\/\/www\.reddit\.com\//, 'reddit/submit');
  });

  test('the title inside faceplate’s shadow root counts against 300', async ({ context, pageErrors }) => {
    const page = await context.newPage();
    await page.goto('https://www.reddit.com/r/brand/submit');
    const title = page.locator('textarea[name="title"]');
    await title.click();
    await page.keyboard.insertText('t'.repeat(300));
    await expect
      .poll(() => badgeAt(page, title).then((b) => b?.label))
      .toBe('OnBrand: 300 / 300 characters, no problems');
    await page.keyboard.insertText('t');
    await expect.poll(() => badgeAt(page, title).then((b) => b?.state)).toBe('error');
    expect(await page.evaluate(() => window.__fixture.model('title').length)).toBe(301);
    expect(pageErrors).toEqual([]);
  });

  test('the badge follows its composer through growth, scrolling and a window resize', async ({
    context,
    pageErrors,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto('https://www.reddit.com/r/brand/submit');
    const body = page.locator('shreddit-composer [role="textbox"]');
    await body.click();
    for (let line = 1; line <= 30; line++) {
      await page.keyboard.type(`line ${line}`);
      await page.keyboard.press('Enter');
    }
    // Scrolled so the composer's bottom edge is in view mid-screen.
    await page.evaluate(() => window.scrollBy(0, -150));
    await expect.poll(() => badgeAt(page, body).then((b) => b?.state)).toBe('ok');
    // Wider and shorter: the centred composer moves right and its corner leaves the old spot.
    await page.setViewportSize({ width: 1200, height: 500 });
    await expect.poll(() => badgeAt(page, body).then((b) => b?.state)).toBe('ok');
    expect(pageErrors).toEqual([]);
  });
});

// Typing a long draft with OnBrand switched on and off by turns in one page: what the user typed is what
// the editor holds, the badge follows every part typed while it is on, and it settles on the last keystrokes.
// How fast (no long task of OnBrand's, settled within 300 ms) is `npm run bench`'s (bench/typing.pw.ts);
// this test logs the figures it sees.
const DRAFT = Array.from({ length: 16 }, (_, i) => `Line ${i} of the launch post, with a few words.`).join(
  ' ',
);
const CHUNKS = 4;

for (const site of ['x', 'facebook']) {
  test.describe(`${site} while typing a long draft`, () => {
    const c = caseFor(site);

    test(`${site}: typing with OnBrand on and off by turns keeps every character, and the badge settles`, async ({
      context,
      openExtensionPage,
      pageErrors,
    }) => {
      // The draft is typed key by key, as a user types it, with OnBrand switched between chunks: 10-15 s on
      // a quiet machine, which left a loaded CI machine little of the default 30 s.
      test.setTimeout(60_000);
      await serveFixture(context, c.host, c.bundle);
      const dashboard = await openExtensionPage('options.html#/settings');
      const switchSite = (enabled: boolean) =>
        dashboard.evaluate(
          ([id, on]) =>
            chrome.runtime.sendMessage({ type: 'site.setEnabled', payload: { site: id, enabled: on } }),
          [site, enabled] as const,
        );
      const page = await context.newPage();
      await page.addInitScript(RECORD_TIMINGS);
      await page.goto(c.url);
      await c.open?.(page);
      await c.main(page).click();

      const longTasks = { on: 0, off: 0 };
      const chunk = Math.ceil(DRAFT.length / CHUNKS);
      for (let i = 0; i < CHUNKS; i++) {
        const on = i % 2 === 1;
        await switchSite(on);
        await expect(page.locator('onbrand-badge')).toHaveCount(on ? c.badgesOpen : 0);
        await c.main(page).focus();
        const before = (await pageTimings(page)).longTasks.length;
        const typed = DRAFT.slice(0, (i + 1) * chunk);
        await page.keyboard.type(DRAFT.slice(i * chunk, (i + 1) * chunk));
        await expect.poll(() => page.evaluate((id) => window.__fixture.model(id), c.mainModel)).toBe(typed);
        // While on, the badge counts what was typed so far (its summary starts with the draft's length).
        if (on)
          await expect
            .poll(() => badgeAt(page, c.main(page)).then((badge) => badge?.label))
            .toMatch(new RegExp(`^OnBrand: ${typed.length.toLocaleString('en-US')} / `));
        const after = await pageTimings(page);
        longTasks[on ? 'on' : 'off'] += after.longTasks.slice(before).filter((ms) => ms > 50).length;
      }
      expect(await page.evaluate((id) => window.__fixture.model(id), c.mainModel)).toBe(DRAFT);

      // The last keystrokes bring the draft under every limit: the badge settles on "no problems".
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Short and done.');
      await expect
        .poll(() => badgeAt(page, c.main(page)))
        .toEqual({
          count: '0',
          state: 'ok',
          label: `OnBrand: 15 / ${c.limit.toLocaleString('en-US')} characters, no problems`,
        });
      const settled = await pageTimings(page);
      console.log(
        `${site}: long tasks over 50 ms, ${chunk} characters each: OnBrand on ${longTasks.on}, off ${longTasks.off}; ` +
          `badge settled ${Math.round(settled.lastBadgeChange - settled.lastKey)} ms after the last keystroke`,
      );
      expect(pageErrors).toEqual([]);
    });
  });
}
