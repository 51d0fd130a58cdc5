import type { Page } from '@playwright/test';
import { expect } from './extension';

/** Opens the dashboard and creates an empty brand there, the way a user does. */
export async function createBrand(
  openExtensionPage: (path: string) => Promise<Page>,
  name: string,
): Promise<Page> {
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await dashboard.getByRole('textbox', { name: 'New brand name' }).fill(name);
  await dashboard.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Empty (no rules)' });
  await dashboard.getByRole('button', { name: 'Create brand' }).click();
  await expect(dashboard.getByRole('form', { name: 'Brand settings' })).toBeVisible();
  return dashboard;
}
