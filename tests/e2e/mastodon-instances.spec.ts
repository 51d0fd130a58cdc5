// Adding a Mastodon instance in the dashboard's settings. Headless Chromium can't answer the browser's
// permission prompt, so the grant itself is not exercised here: the page's request is observed (and
// answered "no"), and the background's side is checked to add nothing without the permission. Registration
// with a granted permission is covered by tests/unit/mastodon-instances.test.ts.
import { expect, test } from './extension';

test('adding an instance asks the browser for that host only, and adds nothing when refused', async ({
  openExtensionPage,
  background,
}) => {
  const settings = await openExtensionPage('options.html#/settings');
  await expect(settings.getByRole('heading', { name: 'Mastodon instances' })).toBeVisible();
  // Stand in for the prompt: record what is asked and answer as a user who says no.
  await settings.evaluate(() => {
    const asked: unknown[] = [];
    (window as unknown as { asked: unknown[] }).asked = asked;
    chrome.permissions.request = ((request: unknown, callback?: (granted: boolean) => void) => {
      asked.push(request);
      callback?.(false);
      return Promise.resolve(false);
    }) as typeof chrome.permissions.request;
  });

  await settings.getByLabel('Instance address').fill('not a host');
  await settings.getByRole('button', { name: 'Add instance' }).click();
  await expect(settings.getByRole('status')).toHaveText('“not a host” is not a host name.');

  await settings.getByLabel('Instance address').fill('https://Fosstodon.org/home');
  await settings.getByRole('button', { name: 'Add instance' }).click();
  await expect(settings.getByRole('status')).toHaveText(
    'Without permission for fosstodon.org, OnBrand can’t check posts there.',
  );
  expect(await settings.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([
    { origins: ['https://fosstodon.org/*'] },
  ]);
  await expect(
    settings.getByRole('list', { name: 'Added Mastodon instances' }).getByRole('listitem'),
  ).toHaveCount(0);

  // Even asked directly, the background registers nothing for a host the user never granted.
  const reply = await settings.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'mastodon.addInstance', payload: { host: 'fosstodon.org' } }),
  );
  expect(reply).toEqual({ ok: false, error: 'OnBrand has no permission for fosstodon.org yet.' });
  expect(await background.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});
