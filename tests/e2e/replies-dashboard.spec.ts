import type { Page } from '@playwright/test';
import { expect, test } from './extension';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

const form = (page: Page) => page.getByRole('form');
const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader') });

async function createReply(
  page: Page,
  fields: { title: string; shortcut?: string; body: string; tags?: string },
) {
  await page.getByRole('button', { name: 'New reply' }).click();
  await form(page).getByLabel('Title').fill(fields.title);
  if (fields.shortcut) await form(page).getByLabel('Shortcut (optional)').fill(fields.shortcut);
  await form(page).getByRole('textbox', { name: 'Text', exact: true }).fill(fields.body);
  if (fields.tags) await form(page).getByLabel('Tags (comma-separated)').fill(fields.tags);
}

test('create, flag, refuse a taken shortcut, edit, duplicate, search, sort and delete saved replies', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const page = await openExtensionPage('options.html#/replies');
  await expect(page.getByText('No saved replies yet.')).toBeVisible();

  // An unknown variable is flagged while typing, and the reply can still be saved with it.
  await createReply(page, {
    title: 'Thanks',
    shortcut: ';;Thanks',
    body: 'Thanks {author.name}! See {link}.',
    tags: 'support, nice',
  });
  await expect(form(page).getByRole('list', { name: 'Problems with this reply' })).toHaveText(
    '{link} is not a variable OnBrand knows: it will be inserted exactly as written.',
  );
  await form(page).getByRole('button', { name: 'Save reply' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(';;thanks');
  await expect(rows(page).first()).toContainText('All platforms');

  // The same shortcut again is refused, with a message, and nothing is added.
  await createReply(page, { title: 'Thank you', shortcut: 'THANKS', body: 'Thank you!' });
  await form(page).getByRole('button', { name: 'Save reply' }).click();
  await expect(form(page).getByRole('alert')).toHaveText(
    'Not saved: The shortcut ;;thanks is already used by “Thanks”.',
  );
  await form(page).getByLabel('Shortcut (optional)').fill('ty');
  await form(page).getByRole('button', { name: 'Save reply' }).click();
  await expect(rows(page)).toHaveCount(2);

  // Longer than every platform it is meant for: saved, with a warning while editing.
  await createReply(page, { title: 'Essay', body: 'word '.repeat(80) });
  await form(page).getByRole('checkbox', { name: 'X' }).check();
  await form(page).getByRole('checkbox', { name: 'Bluesky' }).check();
  await expect(form(page).getByRole('list', { name: 'Problems with this reply' })).toContainText(
    'longer than every platform it is meant for allows (X and Bluesky)',
  );
  await form(page).getByRole('button', { name: 'Save reply' }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByRole('row', { name: /Essay/ })).toContainText('X, Bluesky');

  // Edit keeps the shortcut; duplicate drops it (shortcuts are unique).
  await page.getByRole('button', { name: 'Edit Thanks', exact: true }).click();
  await form(page).getByRole('textbox', { name: 'Text', exact: true }).fill('Thanks a lot {author.name}!');
  await form(page).getByRole('button', { name: 'Save reply' }).click();
  await expect(page.getByRole('row', { name: /^Thanks Thanks a lot/ })).toContainText(';;thanks');
  await page.getByRole('button', { name: 'Duplicate Thanks', exact: true }).click();
  await expect(page.getByRole('row', { name: /Thanks \(copy\)/ })).toContainText('—');
  await expect(rows(page)).toHaveCount(4);

  // Search by tag, by shortcut, by text.
  const search = page.getByRole('searchbox', { name: 'Search replies' });
  await search.fill('nice');
  await expect(rows(page)).toHaveCount(2);
  await search.fill(';;ty');
  await expect(rows(page).getByRole('rowheader')).toHaveText([/^Thank you/]);
  await search.fill('');

  // Sort by title both ways.
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(rows(page).getByRole('rowheader')).toHaveText([
    /^Thanks \(copy\)/,
    /^ThanksThanks a lot/,
    /^Thank you/,
    /^Essay/,
  ]);

  // Delete asks once more, then the row is gone.
  await page.getByRole('button', { name: 'Delete Essay', exact: true }).click();
  await page.getByRole('button', { name: 'Delete “Essay”' }).click();
  await expect(rows(page)).toHaveCount(3);
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  expect(pageErrors).toEqual([]);
});
