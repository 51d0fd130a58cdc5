import type { Page } from '@playwright/test';
import { createBrand } from './brand-helpers';
import { daysFromToday } from './calendar-days';
import { expect, test } from './extension';

test.use({ reuseBrowser: true });

async function planEntry(dashboard: Page, title: string, day: string, pillar?: string) {
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Date').fill(day);
  await editor.getByLabel('Time').fill('10:00');
  if (pillar) await editor.getByLabel('Content pillar').selectOption({ label: pillar });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

test('the calendar shows the planned content mix against the brand’s target, and an entry’s new pillar brings it within', async ({
  openExtensionPage,
  pageErrors,
}) => {
  // The brand allows at most half of its posts to sell.
  const settings = await createBrand(openExtensionPage, 'Acme');
  await settings.getByLabel('Promotional posts: at most (%)').fill('50');
  await settings.getByRole('button', { name: 'Save brand settings' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const dashboard = await openExtensionPage('options.html#/calendar');
  const [tomorrow, dayAfter] = await daysFromToday(dashboard, 1, 2);
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=agenda&date=${tomorrow}`));
  await planEntry(dashboard, 'Winter sale', tomorrow as string, 'Promotion');
  await planEntry(dashboard, 'Gift cards', tomorrow as string, 'Promotion');
  await planEntry(dashboard, 'How to wax skis', dayAfter as string, 'Education');
  await planEntry(dashboard, 'Not decided yet', dayAfter as string);

  const mix = dashboard.getByRole('region', { name: 'Content mix' });
  await expect(mix).toContainText(
    'Promotion: 67 % of the entries with a pillar. Acme’s target: at most 50 %. 1 promotional entry more than the target allows',
  );
  await expect(mix.getByRole('row', { name: 'Promotion' })).toHaveText(/Promotion\s*2\s*67 %/);
  await expect(mix.getByRole('row', { name: 'Education' })).toHaveText(/Education\s*1\s*33 %/);
  await expect(mix.getByRole('row', { name: 'Community' })).toHaveText(/Community\s*0\s*0 %/);
  await expect(mix).toContainText('1 entry has no pillar and is not counted.');

  // The pillar filter shows only the promotional entries.
  await dashboard.getByRole('combobox', { name: 'Content pillar' }).selectOption({ label: 'Promotion' });
  await expect(dashboard.locator('[data-entry-id]')).toHaveText([/Gift cards/, /Winter sale/]);
  await dashboard.getByRole('combobox', { name: 'Content pillar' }).selectOption({ label: 'All' });

  // One of them becomes a community post: within the target.
  await dashboard.locator('[data-entry-id]', { hasText: 'Gift cards' }).click();
  const editor = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await editor.getByLabel('Content pillar').selectOption({ label: 'Community' });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(mix).toContainText(
    'Promotion: 33 % of the entries with a pillar. Acme’s target: at most 50 %. Within the target.',
  );
  await expect(mix.getByRole('row', { name: 'Community' })).toHaveText(/Community\s*1\s*33 %/);
  expect(pageErrors).toEqual([]);
});
