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

// Apply itself is tested in Chromium (tests/e2e/findings-panel.spec.ts, overlay-sites.spec.ts), which reaches
// the panel's closed shadow root through the DevTools protocol; WebDriver BiDi cannot reach into a closed root,
// and the panel is closed so the page can't read the user's data in it.
test('a sponsored draft without disclosure is an error, and the badge opens the panel', async () => {
  const page = await firefox.openFixture('https://x.com/home', 'x/home');
  const composer = await page.waitForSelector(COMPOSER);
  if (!composer) throw new Error('no composer');
  await composer.click();
  const draft = 'Use code GLOW20 for 20% off the new serum from @glowco, link in bio to shop!';
  await page.keyboard.type(draft);
  expect(await modelText(page)).toBe(draft);
  await expect.poll(() => badgeAt(composer).then((badge) => badge?.state)).toBe('error');

  await page.locator('onbrand-badge >>> button').click();
  await page.waitForSelector('onbrand-panel', { visible: true });
  // Closed: the page's scripts see the panel's host, never what it says.
  expect(await page.$eval('onbrand-panel', (panel) => panel.shadowRoot)).toBeNull();
  expect(firefox.pageErrors).toEqual([]);
});
