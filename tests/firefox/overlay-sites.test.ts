// The composer badge in Firefox on a Lexical site (Facebook's post dialog) and a textarea site (Mastodon):
// it appears on the empty composer and its state follows what the user types. And on every editor kind
// (Draft.js in x-composer.test.ts, Lexical, textarea, TipTap, Quill, Lexical under a web component, and
// YouTube's plain contenteditable) a fix from the panel goes into the editor's own model; the list is checked
// by tests/unit/conventions.test.ts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  applyFirstFixByKeyboard,
  badgeAt,
  clickBadgeAt,
  type FirefoxExtension,
  launchFirefoxWithExtension,
  modelText,
} from './firefox';

let firefox: FirefoxExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(() => firefox?.close());

const ok = { count: '0', state: 'ok' };

test("facebook: the post dialog's Lexical editor gets a badge that stays ok while typing a clean post", async () => {
  const page = await firefox.openFixture('https://www.facebook.com/', 'facebook/home');
  await page.locator("div[role='button']::-p-text(What's on your mind, Ana?)").click();
  const composer = await page.waitForSelector('[role="dialog"] [role="textbox"]');
  if (!composer) throw new Error('no composer');
  await expect.poll(() => badgeAt(composer)).toMatchObject(ok);
  // The dialog's editor and the feed's comment box.
  expect(await page.$$eval('onbrand-badge', (badges) => badges.length)).toBe(2);

  await composer.click();
  await page.keyboard.type('Doors open at 9 in Lisbon');
  expect(await modelText(page, 'post')).toBe('Doors open at 9 in Lisbon');
  await expect.poll(() => badgeAt(composer)).toMatchObject(ok);
  expect(firefox.pageErrors).toEqual([]);
});

test('mastodon: the compose textarea gets a badge, ok at 500 characters, an error at 501', async () => {
  const page = await firefox.openFixture('https://mastodon.social/home', 'mastodon/home');
  const composer = await page.waitForSelector('.compose-form textarea');
  if (!composer) throw new Error('no composer');
  // OnBrand's badges come with the user's first move in the page.
  await page.mouse.move(5, 5);
  await expect.poll(() => badgeAt(composer)).toMatchObject(ok);

  await composer.click();
  await page.keyboard.type('Allotment open day on Saturday');
  expect(await modelText(page, 'post')).toBe('Allotment open day on Saturday');
  await expect.poll(() => badgeAt(composer)).toMatchObject(ok);

  await page.keyboard.type(` ${'a'.repeat(469)}`);
  expect((await modelText(page, 'post')).length).toBe(500);
  await expect.poll(() => badgeAt(composer)).toMatchObject(ok);
  await page.keyboard.type('!');
  await expect.poll(() => badgeAt(composer)).toMatchObject({ count: '1', state: 'error' });
  expect(firefox.pageErrors).toEqual([]);
});

const SPONSORED = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';

test.each<{ site: string; url: string; bundle: string; open?: string; composer: string; model?: string }>([
  {
    site: 'facebook',
    url: 'https://www.facebook.com/',
    bundle: 'facebook/home',
    open: "div[role='button']::-p-text(What's on your mind, Ana?)",
    composer: '[role="dialog"] [role="textbox"]',
  },
  {
    site: 'mastodon',
    url: 'https://mastodon.social/home',
    bundle: 'mastodon/home',
    composer: '.compose-form textarea',
  },
  {
    site: 'bluesky',
    url: 'https://bsky.app/',
    bundle: 'bluesky/home',
    open: '[data-testid="composeFAB"]',
    composer: '[data-testid="composerTextInput"]',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    bundle: 'linkedin/share',
    open: 'button::-p-text(Start a post)',
    composer: '.share-creation-state__text-editor .ql-editor',
    model: 'share',
  },
  {
    // YouTube's comment box is a plain contenteditable with no editor library behind it.
    site: 'youtube',
    url: 'https://www.youtube.com/watch?v=first-video',
    bundle: 'youtube/watch',
    open: '#placeholder-area',
    composer: 'ytd-comment-simplebox-renderer #contenteditable-root',
    model: 'comment',
  },
  {
    site: 'reddit',
    url: 'https://www.reddit.com/r/brand/submit',
    bundle: 'reddit/submit',
    composer: 'shreddit-composer [role="textbox"]',
    model: 'body',
  },
])("$site: a sponsored draft is an error, and the panel's fix puts the label in the editor", async (c) => {
  const page = await firefox.openFixture(c.url, c.bundle);
  if (c.open) await page.locator(c.open).click();
  const composer = await page.waitForSelector(c.composer);
  if (!composer) throw new Error('no composer');
  await composer.click();
  await page.keyboard.type(SPONSORED);
  const model = c.model ?? 'post';
  expect(await modelText(page, model)).toBe(SPONSORED);
  await expect.poll(() => badgeAt(composer).then((badge) => badge?.state)).toBe('error');

  await clickBadgeAt(page, composer);
  await applyFirstFixByKeyboard(page);
  await expect.poll(() => modelText(page, model)).toBe(`#ad ${SPONSORED}`);
  await expect.poll(() => badgeAt(composer).then((badge) => badge?.state)).not.toBe('error');
  expect(firefox.pageErrors).toEqual([]);
});
