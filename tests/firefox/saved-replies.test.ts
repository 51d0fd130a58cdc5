// Saved replies in Firefox: a reply stored in the extension's database expands from its ;;shortcut inside
// X's Draft.js composer, and the dashboard counts the use.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storeSeedReplies } from '../shared/seed-replies';
import { type FirefoxExtension, launchFirefoxWithExtension, modelText } from './firefox';

let firefox: FirefoxExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(() => firefox?.close());

const THANKS = 'Thanks for reaching out, we are on it.';

test(';;shortcut + Space puts the saved reply into the editor, and the dashboard counts it used', async () => {
  const seeding = await firefox.openExtensionPage('options.html#/replies');
  await seeding.waitForSelector('h1::-p-text(Saved replies)');
  await seeding.evaluate(storeSeedReplies, {
    rows: [{ title: 'Thanks', body: THANKS, shortcut: 'thanks' }],
    name: '',
  });
  await seeding.close();
  const dashboard = await firefox.openExtensionPage('options.html#/replies');
  const used = () => dashboard.$eval('tbody tr td.number', (cell) => cell.textContent);
  await expect.poll(used).toBe('0');

  const page = await firefox.openFixture('https://x.com/home', 'x/home');
  const composer = await page.waitForSelector('[data-testid="tweetTextarea_0"]');
  await composer?.click();
  // Typed as soon as the badge shows the script runs: a shortcut typed before the replies arrived waits.
  await page.waitForSelector('onbrand-badge');
  // The Space after the shortcut is what expands it.
  await page.keyboard.type('Hi ;;thanks ');
  await expect.poll(() => modelText(page)).toBe(`Hi ${THANKS} `);
  // The dashboard, open all along, shows the use as soon as the background records it.
  await expect.poll(used).toBe('1');
  expect(firefox.pageErrors).toEqual([]);
});
