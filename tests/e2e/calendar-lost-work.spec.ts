import { expect, test } from './extension';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

test('the entry editor loses no work: Escape asks, unsaved edits come back after a reload, a newer change is not overwritten', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/calendar');
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill('Launch teaser');
  await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await dashboard.getByRole('button', { name: 'Agenda' }).click();
  const entry = dashboard.locator('[data-entry-id]');

  // Escape on a changed form asks first; "Keep editing" keeps the text.
  await entry.click();
  const edit = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await edit.getByLabel('Draft for X').fill('Something new is coming 🌱');
  await dashboard.keyboard.press('Escape');
  const ask = edit.getByRole('alertdialog', { name: 'Unsaved changes' });
  await expect(ask).toContainText('You changed this entry. Discard your changes?');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(edit.getByLabel('Draft for X')).toHaveValue('Something new is coming 🌱');

  // The tab goes away with the edit unsaved: the calendar offers it back.
  await expect
    .poll(() =>
      dashboard.evaluate(async () =>
        JSON.stringify(await chrome.storage.session.get('calendar.unsavedEdits')),
      ),
    )
    .toContain('Something new is coming');
  dashboard.on('dialog', (dialog) => void dialog.accept());
  await dashboard.reload();
  const kept = dashboard.getByRole('list', { name: 'Unsaved changes' });
  await expect(kept).toContainText('Unsaved changes to “Launch teaser”');
  await kept.getByRole('button', { name: 'Resume editing' }).click();
  const resumed = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await expect(resumed.getByLabel('Draft for X')).toHaveValue('Something new is coming 🌱');

  // Meanwhile the post is marked published from the popup: saving asks instead of undoing that.
  const id = await dashboard.locator('[data-entry-id]').getAttribute('data-entry-id');
  await dashboard.evaluate(
    async (entryId) =>
      chrome.runtime.sendMessage({ type: 'calendar.markPublished', payload: { id: entryId } }),
    id,
  );
  await resumed.getByRole('button', { name: 'Save' }).click();
  await expect(resumed.getByRole('alert')).toContainText(
    '“Launch teaser” was changed elsewhere since you opened it (it was marked published).',
  );
  await resumed.getByRole('button', { name: 'Take theirs' }).click();
  const theirs = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await expect(theirs.getByLabel('Status')).toHaveValue('published');
  await expect(theirs.getByLabel('Draft for X')).toHaveValue('');
});
