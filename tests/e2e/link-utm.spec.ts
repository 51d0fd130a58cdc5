import type { Page } from '@playwright/test';
import { closedRoot } from './closed-shadow';
import { expect, serveFixture, test } from './extension';

test.use({ reuseBrowser: true });

const badge = (page: Page) => page.locator('onbrand-badge');
const panel = (page: Page) => closedRoot(page, 'onbrand-panel');
const model = (page: Page) => page.evaluate(() => window.__fixture.model());

test('a brand that tags its links gets a UTM fix in the composer, applied in the Draft.js model', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  // The brand tags links to its own shop, with a campaign preset, set in the dashboard as a user does.
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await dashboard.getByRole('textbox', { name: 'New brand name' }).fill('Acme');
  await dashboard.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Empty (no rules)' });
  await dashboard.getByRole('button', { name: 'Create brand' }).click();
  const settings = dashboard.getByRole('form', { name: 'Brand settings' });
  await settings.getByRole('checkbox', { name: /^Links need UTM tags/ }).check();
  await settings.getByLabel('Campaign for posts whose calendar entry names none').fill('Spring Drop');
  await settings.getByLabel(/^The brand’s own domains/).fill('acme.example');
  await settings.getByRole('button', { name: 'Save brand settings' }).click();

  await serveFixture(context, 'https://x.com/home', 'x/home');
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.getByTestId('tweetTextarea_0').click();
  const draft = 'Linen shirts are back: https://acme.example/linen (more at https://www.instagram.com/acme)';
  await page.keyboard.insertText(draft);
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '1');

  await badge(page).click();
  const platform = () => panel(page).text({ role: 'region', name: 'Platform' });
  await expect.poll(platform).toContain('This link has no UTM tags');
  const tagged = 'https://acme.example/linen?utm_source=x&utm_medium=social&utm_campaign=spring-drop';
  // The fix only appends to the link, and says so.
  await panel(page).click({
    role: 'button',
    name: /^Add “\?utm_source=x&utm_medium=social&utm_cam.*” after “https:\/\/acme.example\/linen”/,
  });
  await expect.poll(() => model(page)).toBe(draft.replace('https://acme.example/linen', tagged));
  // Tagged, the link is fine; the Instagram link was never the brand's to tag.
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '0');
  expect(pageErrors).toEqual([]);
});
