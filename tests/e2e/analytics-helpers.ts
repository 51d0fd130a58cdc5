import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './extension';

/** Imports a fixture export on `#/analytics` (the page must be open there) and waits for its stored notice. */
export async function importAnalyticsFixture(dashboard: Page, name: string): Promise<void> {
  await dashboard.getByLabel('Import an analytics export…').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: readFileSync(`tests/fixtures/analytics/${name}`),
  });
  await dashboard
    .getByRole('dialog', { name: `Import ${name}` })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(dashboard.getByRole('status').filter({ hasText: `from ${name}.` })).toBeVisible();
}
