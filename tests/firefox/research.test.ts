// Research in Firefox: the save button on a feed post (X's timeline) stores the post, and the dashboard
// finds it by a word of its text, with its author and link.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxExtension, launchFirefoxWithExtension } from './firefox';

let firefox: FirefoxExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(() => firefox?.close());

const POST = '[data-fixture-post="1859000000000000001"] onbrand-save';

test('a post saved from the feed is found in the dashboard by a word, with author and link', async () => {
  const page = await firefox.openFixture('https://x.com/home', 'x/feed');
  // The save buttons come with the user's first move in the page.
  await page.mouse.move(5, 5);
  await page.waitForSelector(POST);
  expect(await page.$$eval('onbrand-save', (buttons) => buttons.length)).toBe(4);
  await page.locator(POST).click();
  await page.waitForSelector(`${POST}[data-onbrand-saved="true"]`);

  const dashboard = await firefox.openExtensionPage('options.html#/research');
  await dashboard.waitForSelector('[role="status"]::-p-text(1 of 1 saved posts)');
  // A word of another post finds nothing; a word of the saved one finds it.
  await dashboard.locator('input[aria-label="Search saved posts"]').fill('pistachio');
  await dashboard.waitForSelector('[role="status"]::-p-text(0 of 1 saved posts)');
  await dashboard.locator('input[aria-label="Search saved posts"]').fill('marmalade');
  await dashboard.waitForSelector('[role="status"]::-p-text(1 of 1 saved posts)');
  const rows = await dashboard.$$eval('ul[aria-label="Saved posts"] > li', (items) =>
    items.map((item) => ({
      author: item.querySelector('.author-name')?.textContent,
      handle: item.querySelector('.handle')?.textContent,
      text: item.querySelector('.row-text')?.textContent,
      link: item.querySelector('a')?.getAttribute('href'),
    })),
  );
  expect(rows).toEqual([
    {
      author: 'Acme Coffee ☕',
      handle: '@acmecoffee',
      text: expect.stringContaining('marmalade'),
      link: 'https://x.com/acmecoffee/status/1859000000000000001',
    },
  ]);
  expect(firefox.pageErrors).toEqual([]);
});
