import type { Page } from '@playwright/test';
import { closedRoot } from './closed-shadow';
import { expect, serveFixture, test } from './extension';
import { seedReplies } from './replies-helpers';

// One case; a shared browser still starts it with no pages and an empty database (extension.ts).
test.use({ reuseBrowser: true });

const badge = (page: Page) => page.locator('onbrand-badge');
const panel = (page: Page) => closedRoot(page, 'onbrand-panel');
const model = (page: Page) => page.evaluate(() => window.__fixture.model());

// A saved reply with a placeholder: the fix inserts it filled in, as the reply picker would.
const DM_REPLY = 'Please send us a DM with the details and we will sort it out there. ^{my.name}';
const DM_TEXT = 'Please send us a DM with the details and we will sort it out there. ^Sam';

test('a reply with an e-mail address and an order number is flagged; Apply puts the brand’s DM reply in the Draft.js model', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  // The brand: its support address, its order number format and its "send us a DM" saved reply, set in the
  // dashboard the way a user sets them.
  const dashboard = await seedReplies(
    openExtensionPage,
    [{ id: 'dm', title: 'Move to DM', body: DM_REPLY }],
    'Sam',
  );
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#/guidelines'));
  await dashboard.getByRole('textbox', { name: 'New brand name' }).fill('Acme');
  await dashboard.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Empty (no rules)' });
  await dashboard.getByRole('button', { name: 'Create brand' }).click();
  const settings = dashboard.getByRole('form', { name: 'Brand settings' });
  await settings.getByLabel(/^Published support contacts/).fill('help@acme-shop.com');
  await settings.getByLabel(/^Order and ticket number formats/).fill('AC-\\d{7}');
  await settings.getByLabel(/^Saved reply that asks the customer/).selectOption({ label: 'Move to DM' });
  await settings.getByRole('button', { name: 'Save brand settings' }).click();
  // The form shows no status once saved (it re-mounts on the saved brand); the panel below proves the brand
  // arrived: the order number is only found by the brand's format, the own address only spared by its list.

  await serveFixture(context, 'https://x.com/home', 'x/home');
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.getByTestId('tweetTextarea_0').click();
  const draft = 'Hi Jane, AC-1029384 went to jane.doe@gmail.com. Questions? help@acme-shop.com';
  await page.keyboard.insertText(draft);
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');

  await badge(page).click();
  const compliance = () => panel(page).text({ role: 'region', name: 'Compliance' });
  await expect
    .poll(compliance)
    .toContain('An e-mail address in a public post is personal data anyone can read');
  // Each card previews its fix in place: the flagged text struck out, the DM sentence after it.
  await expect.poll(compliance).toContain('went to jane.doe@gmail.comPlease send us a DM');
  await expect.poll(compliance).toContain('Hi Jane, AC-1029384Please send us a DM');
  // Two findings: the customer's address and the order number; the brand's own address is left alone.
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '2');
  expect(await compliance()).not.toContain('help@acme-shop.com');

  // The e-mail finding (an error) comes first; its fix goes through the editor like any other.
  await panel(page).click({ role: 'button', name: /^Replace with “Please send us a DM/ });
  const dm = DM_TEXT;
  await expect.poll(() => model(page)).toBe(draft.replace('jane.doe@gmail.com', dm));
  // The order number, the finding left, gets the same fix.
  await panel(page).click({ role: 'button', name: /^Replace with “Please send us a DM/ });
  await expect
    .poll(() => model(page))
    .toBe(draft.replace('jane.doe@gmail.com', dm).replace('AC-1029384', dm));
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '0');
  expect(pageErrors).toEqual([]);
});
