import { seedCalendarEntries } from './analytics-helpers';
import { daysFromToday } from './calendar-days';
import { openDueDraftOnX } from './due-draft-panel';
import { expect, test } from './extension';

test.use({ reuseBrowser: true });

test('a due draft the user posts on X marks its entry published with the link X showed, and the calendar shows that link', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  const draft = 'Launch day 🚀 Our new serum is here.';
  const dashboard = await openExtensionPage('options.html#/calendar');
  await seedCalendarEntries(dashboard, [
    {
      id: 'due-now',
      title: 'Launch teaser',
      at: Date.now() - 5 * 60_000,
      platforms: ['x'],
      status: 'scheduled',
      drafts: { x: draft },
    },
  ]);

  const { page, panel, insertDraft } = await openDueDraftOnX(context, 'Launch teaser', draft);
  await insertDraft();

  // A page script's click sends the draft as well, but it is not the user's: the link X shows for that
  // post (…0001) is not read. Were it read, the entry would keep it (the page reads one link per draft).
  await page.evaluate(() =>
    document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')?.click(),
  );
  const toastLink = page.getByTestId('toast').getByRole('link', { name: 'View' });
  await expect(toastLink).toHaveAttribute('href', '/acmecoffee/status/1866000000000000001');

  await insertDraft();
  await page.getByTestId('tweetButtonInline').click();
  await expect(page.getByTestId('toast')).toContainText('Your post was sent.');
  await expect(toastLink).toHaveAttribute('href', '/acmecoffee/status/1866000000000000002');
  // The panel, still open beside the emptied composer, says so.
  await expect
    .poll(() => panel.text({ role: 'region', name: 'Scheduled post' }))
    .toContain('Marked published in your calendar, with the link of the post you sent.');

  // The calendar: the entry is published, with the link of the post the user sent.
  const [today] = await daysFromToday(dashboard, 0);
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=month&date=${today}`));
  const editor = dashboard.getByRole('dialog', { name: 'Edit entry' });
  const link = editor
    .getByRole('group', { name: 'Links to the published posts' })
    .getByLabel('Link to the post on X');
  await expect(async () => {
    await dashboard.reload();
    await dashboard.locator('[data-entry-id="due-now"]').click();
    await expect(editor.getByLabel('Status')).toHaveValue('published', { timeout: 1_000 });
  }).toPass();
  await expect(link).toHaveValue('https://x.com/acmecoffee/status/1866000000000000002');
  expect(pageErrors).toEqual([]);
});
