import type { Page } from '@playwright/test';
import { createBrand } from './brand-helpers';
import { closedRoot } from './closed-shadow';
import { expect, serveFixture, test } from './extension';

test.use({ reuseBrowser: true });

const badge = (page: Page) => page.locator('onbrand-badge');
const panel = (page: Page) => closedRoot(page, 'onbrand-panel');

test('mentioning a registered partner’s handle turns a clean draft into a disclosure error (Draft.js on x.com)', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  // A brand, then its partner, entered in the dashboard the way a user enters them.
  const dashboard = await createBrand(openExtensionPage, 'Acme');
  await dashboard.getByRole('link', { name: 'Partners' }).click();
  await dashboard.getByRole('button', { name: 'Add partner' }).click();
  const form = dashboard.getByRole('form', { name: 'Partner' });
  await form.getByLabel('Name').fill('Trailblazer Running');
  await form.getByLabel('Relationship').selectOption({ label: 'Brand ambassador' });
  // The contract runs from well before today to well after it, whatever day the test runs.
  await form.getByLabel('Contract starts').fill('2020-01-01');
  await form.getByLabel('Contract ends (last day)').fill('2099-12-31');
  await form.getByLabel('Platform of handle 1').selectOption({ label: 'X' });
  await form.getByLabel('Handle 1', { exact: true }).fill('@trailblazer_run');
  await form.getByRole('button', { name: 'Save partner' }).click();
  const table = dashboard.getByRole('table', { name: 'Partners' });
  await expect(table).toContainText('Trailblazer Running');
  await expect(table).toContainText('X @trailblazer_run');
  await expect(table).toContainText('2020-01-01 to 2099-12-31');

  await serveFixture(context, 'https://x.com/home', 'x/home');
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.insertText('Ran my first 10k this morning. Legs are done!');
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'ok');
  await expect(badge(page)).toHaveAttribute('data-onbrand-count', '0');

  await page.keyboard.insertText(' New trainers from @trailblazer_run');
  await expect(badge(page)).toHaveAttribute('data-onbrand-state', 'error');
  await badge(page).click();
  const compliance = () => panel(page).text({ role: 'region', name: 'Compliance' });
  // The finding says which partner made the post commercial, and asks for the label.
  await expect
    .poll(compliance)
    .toContain('@trailblazer_run: Trailblazer Running is a brand ambassador until 2099-12-31');
  await expect.poll(compliance).toContain('carries no ad label');
  expect(pageErrors).toEqual([]);
});
