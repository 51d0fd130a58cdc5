// The composer badge in Firefox on a Lexical site (Facebook's post dialog) and a textarea site (Mastodon):
// it appears on the empty composer and its counter follows what the user types.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeAt, type FirefoxExtension, launchFirefoxWithExtension, modelText } from './firefox';

let firefox: FirefoxExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(() => firefox?.close());

const ok = (count: number, limit: number) => ({
  count: '0',
  state: 'ok',
  label: `OnBrand: ${count} / ${limit} characters, no problems`,
});

test("facebook: the post dialog's Lexical editor gets a badge whose counter follows typing", async () => {
  const page = await firefox.openFixture('https://www.facebook.com/', 'facebook/home');
  await page.locator("div[role='button']::-p-text(What's on your mind, Ana?)").click();
  const composer = await page.waitForSelector('[role="dialog"] [role="textbox"]');
  if (!composer) throw new Error('no composer');
  await expect.poll(() => badgeAt(composer)).toEqual(ok(0, 63206));
  // The dialog's editor and the feed's comment box.
  expect(await page.$$eval('onbrand-badge', (badges) => badges.length)).toBe(2);

  await composer.click();
  await page.keyboard.type('Doors open at 9 in Lisbon');
  expect(await modelText(page, 'post')).toBe('Doors open at 9 in Lisbon');
  await expect.poll(() => badgeAt(composer)).toEqual(ok(25, 63206));
  expect(firefox.pageErrors).toEqual([]);
});

test('mastodon: the compose textarea gets a badge; its counter follows typing and errs past 500', async () => {
  const page = await firefox.openFixture('https://mastodon.social/home', 'mastodon/home');
  const composer = await page.waitForSelector('.compose-form textarea');
  if (!composer) throw new Error('no composer');
  await expect.poll(() => badgeAt(composer)).toEqual(ok(0, 500));

  await composer.click();
  await page.keyboard.type('Allotment open day on Saturday');
  expect(await modelText(page, 'post')).toBe('Allotment open day on Saturday');
  await expect.poll(() => badgeAt(composer)).toEqual(ok(30, 500));

  await page.keyboard.type(` ${'a'.repeat(469)}`);
  expect((await modelText(page, 'post')).length).toBe(500);
  await expect.poll(() => badgeAt(composer)).toEqual(ok(500, 500));
  await page.keyboard.type('!');
  await expect
    .poll(() => badgeAt(composer))
    .toEqual({
      count: '1',
      state: 'error',
      label: 'OnBrand: 501 / 500 characters, 1 problem',
    });
  expect(firefox.pageErrors).toEqual([]);
});
