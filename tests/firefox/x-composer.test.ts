// X's composer (Draft.js) in Firefox: the badge, a disclosure error and its fix through the editor.
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

const COMPOSER = '[data-testid="tweetTextarea_0"]';

test('an empty composer gets its badge: count 0, state ok', async () => {
  const page = await firefox.openFixture('https://x.com/home', 'x/home');
  const composer = await page.waitForSelector(COMPOSER);
  if (!composer) throw new Error('no composer');
  // OnBrand's badges come with the user's first move in the page.
  await page.mouse.move(5, 5);
  await expect.poll(() => badgeAt(composer)).toMatchObject({ count: '0', state: 'ok' });
  expect(await page.$$eval('onbrand-badge', (badges) => badges.length)).toBe(1);
  expect(firefox.pageErrors).toEqual([]);
});

// Firefox inserts differently from Chromium (no synthetic paste), so the Draft.js model must hold the fixed
// text here too.
test('a sponsored draft without disclosure is an error; the panel opens and its fix goes into the editor', async () => {
  const page = await firefox.openFixture('https://x.com/home', 'x/home');
  const composer = await page.waitForSelector(COMPOSER);
  if (!composer) throw new Error('no composer');
  await composer.click();
  const draft = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';
  await page.keyboard.type(draft);
  expect(await modelText(page)).toBe(draft);
  await expect.poll(() => badgeAt(composer).then((badge) => badge?.state)).toBe('error');

  await clickBadgeAt(page, composer);
  await page.waitForSelector('onbrand-panel', { visible: true });
  // Closed: the page's scripts see the panel's host, never what it says.
  expect(await page.$eval('onbrand-panel', (panel) => panel.shadowRoot)).toBeNull();

  await applyFirstFixByKeyboard(page);
  await expect.poll(() => modelText(page)).toBe(`#ad ${draft}`);
  await expect.poll(() => badgeAt(composer).then((badge) => badge?.state)).not.toBe('error');
  expect(firefox.pageErrors).toEqual([]);
});
