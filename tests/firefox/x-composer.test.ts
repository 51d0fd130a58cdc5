// X's composer (Draft.js) in Firefox: the badge, a disclosure error and its fix through the editor.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeAt, type FirefoxExtension, launchFirefoxWithExtension, modelText } from './firefox';

let firefox: FirefoxExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(() => firefox?.close());

const COMPOSER = '[data-testid="tweetTextarea_0"]';

test('an empty composer gets its badge: count 0, state ok, 0 / 280', async () => {
  const page = await firefox.openFixture('https://x.com/home', 'x/home');
  const composer = await page.waitForSelector(COMPOSER);
  if (!composer) throw new Error('no composer');
  await expect
    .poll(() => badgeAt(composer))
    .toEqual({ count: '0', state: 'ok', label: 'OnBrand: 0 / 280 characters, no problems' });
  expect(await page.$$eval('onbrand-badge', (badges) => badges.length)).toBe(1);
  expect(firefox.pageErrors).toEqual([]);
});

test('a sponsored draft without disclosure is an error, and Apply puts #ad into the Draft.js model', async () => {
  const page = await firefox.openFixture('https://x.com/home', 'x/home');
  const composer = await page.waitForSelector(COMPOSER);
  if (!composer) throw new Error('no composer');
  await composer.click();
  const draft = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';
  await page.keyboard.type(draft);
  expect(await modelText(page)).toBe(draft);
  await expect.poll(() => badgeAt(composer).then((badge) => badge?.state)).toBe('error');

  await page.locator('onbrand-badge >>> button').click();
  const apply = await page.waitForSelector('onbrand-panel >>> button.apply::-p-text(Replace with “#ad ”)');
  await apply?.click();
  await expect.poll(() => modelText(page)).toBe(`#ad ${draft}`);
  await expect.poll(() => badgeAt(composer).then((badge) => badge?.state)).not.toBe('error');
  // X's own Post button follows its model, so it agrees with what OnBrand shows.
  expect(await page.$eval('button[data-testid="tweetButtonInline"]', (button) => button.disabled)).toBe(
    false,
  );
  expect(firefox.pageErrors).toEqual([]);
});
