import type { Page } from '@playwright/test';
import { daysFromToday } from './calendar-days';
import { closedRoot } from './closed-shadow';
import { expect, serveFixture, test } from './extension';

// Cases in pages of one browser per worker, reset between tests (extension.ts).
test.use({ reuseBrowser: true });

const badge = (page: Page) => page.locator('onbrand-badge');

async function createBrand(dashboard: Page, name: string, template: string) {
  await dashboard.getByRole('textbox', { name: 'New brand name' }).fill(name);
  await dashboard.getByRole('combobox', { name: 'Start from' }).selectOption({ label: template });
  await dashboard.getByRole('button', { name: 'Create brand' }).click();
  await expect(dashboard.getByRole('article', { name: `Brand ${name}` })).toBeVisible();
}

async function addBannedWord(dashboard: Page, id: string, token: string) {
  await dashboard.getByRole('button', { name: 'Add banned words rule' }).click();
  const form = dashboard.getByRole('form', { name: 'New rule: Banned words' });
  await form.getByLabel('Rule id').fill(id);
  await form.getByLabel('Severity').selectOption('error');
  await form.getByLabel(/^Message shown/).fill('Avoid "%s".');
  await form.getByLabel(/^Words or phrases/).fill(token);
  // Platforms are offered by name, as users know them.
  await expect(form.getByRole('checkbox', { name: 'Instagram', exact: true })).toBeVisible();
  await form.getByRole('button', { name: 'Save rule' }).click();
  return form;
}

test('a brand starts from a template, and a backtracking pattern is refused naming the field', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await expect(dashboard.getByText('No brand yet')).toBeVisible();
  await createBrand(dashboard, 'Acme', 'Inclusive language');
  await expect(dashboard.getByRole('button', { name: 'Acme (default)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Try it names the platforms as users know them.
  const tryIt = dashboard.getByRole('region', { name: 'Try it' });
  await tryIt.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'LinkedIn' });
  await expect(tryIt.getByRole('combobox', { name: 'Platform' })).toHaveValue('linkedin');
  const substitutions = dashboard.getByRole('region', { name: 'Preferred wording' });
  await expect(substitutions.locator('[data-rule-id]')).toHaveCount(2);
  await expect(dashboard.getByRole('switch', { name: 'Check rule gender-neutral' })).toBeChecked();
  // Each rule reads as a title and a sentence; its id and regular expressions wait behind "Advanced".
  const genderNeutral = substitutions.locator('[data-rule-id="gender-neutral"]');
  await expect(genderNeutral.getByText('Gender neutral', { exact: true })).toBeVisible();
  await expect(genderNeutral).toContainText('Suggests replacing “hey guys” with “hi everyone” / “hi all”');
  await expect(genderNeutral.getByText('Prefer “hi everyone” / “hi all” (gender-neutral).')).toBeVisible();
  const ruleId = genderNeutral.locator('code', { hasText: 'gender-neutral' });
  await expect(ruleId).toBeHidden();
  await genderNeutral.getByText('Advanced').click();
  await expect(ruleId).toBeVisible();
  // "Try it" sits beside the rules at a laptop's width, not below the whole list.
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  const rulesHeading = dashboard.getByRole('heading', { name: 'Rules', exact: true });
  const [rulesBox, tryBox] = [await rulesHeading.boundingBox(), await tryIt.boundingBox()];
  expect(tryBox && rulesBox && tryBox.x - rulesBox.x).toBeGreaterThan(400);
  expect(tryBox && rulesBox && Math.abs(tryBox.y - rulesBox.y)).toBeLessThan(40);

  const form = await addBannedWord(dashboard, 'slow', '(a+)+$');
  await expect(form.getByRole('alert')).toContainText(
    /tokens\[0\]: `\(a\+\)\+\$` (can take exponentially (or quadratically )?long|is too complex)/,
  );
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(dashboard.locator('[data-rule-id="slow"]')).toHaveCount(0);

  // A plain word is accepted and listed under its kind.
  await addBannedWord(dashboard, 'no-synergy', 'synergy');
  await expect(
    dashboard.getByRole('region', { name: 'Banned words' }).locator('[data-rule-id="no-synergy"]'),
  ).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a newer pack format is refused and the rules stay as they were', async ({ openExtensionPage }) => {
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await createBrand(dashboard, 'Acme', 'Inclusive language');
  const pack = JSON.stringify({
    format: 'onbrand-guidelines-pack',
    formatVersion: 7,
    guidelines: { rules: [] },
  });
  await dashboard.getByLabel('Import guidelines pack…').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(pack),
  });
  await expect(dashboard.getByRole('alert')).toContainText('format version 7');
  await expect(dashboard.locator('[data-rule-id]')).toHaveCount(3);
});

test('editing a rule in the dashboard changes the overlay badge on X for the same text', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  await serveFixture(context, 'https://x.com/home', 'x/home');
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await createBrand(dashboard, 'Acme', 'Empty (no rules)');
  await dashboard.getByRole('textbox', { name: 'Draft' }).fill('Our synergy plan');
  const tryIt = dashboard.getByRole('status', { name: 'Result' });
  await expect(tryIt).toHaveAttribute('data-count', '0');

  const site = await context.newPage();
  await site.goto('https://x.com/home');
  await site.getByTestId('tweetTextarea_0').click();
  await site.keyboard.type('Our synergy plan');
  await expect(badge(site)).toHaveAttribute('data-onbrand-count', '0');

  // A new rule reaches the open tab at once.
  await addBannedWord(dashboard, 'no-synergy', 'synergy');
  await expect(dashboard.locator('[data-rule-id="no-synergy"]')).toBeVisible();
  await expect(tryIt).toHaveAttribute('data-state', 'error');
  await expect(badge(site)).toHaveAttribute('data-onbrand-count', '1');
  await expect(badge(site)).toHaveAttribute('data-onbrand-state', 'error');

  await dashboard.getByRole('combobox', { name: 'Severity of no-synergy' }).selectOption('warning');
  await expect(badge(site)).toHaveAttribute('data-onbrand-state', 'warning');

  await dashboard.getByRole('switch', { name: 'Check rule no-synergy' }).click();
  await expect(badge(site)).toHaveAttribute('data-onbrand-count', '0');
  await expect(badge(site)).toHaveAttribute('data-onbrand-state', 'ok');
  expect(await site.evaluate(() => window.__fixture.model())).toBe('Our synergy plan');
  expect(pageErrors).toEqual([]);
});

test('a finding reads as the same card in "Try it" and in the composer panel', async ({
  context,
  openExtensionPage,
  pageErrors,
}) => {
  await serveFixture(context, 'https://x.com/home', 'x/home');
  const draft = 'Hey guys, the launch is tomorrow.';
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await createBrand(dashboard, 'Acme', 'Inclusive language');
  const tryIt = dashboard.getByRole('region', { name: 'Try it' });
  await tryIt.getByRole('textbox', { name: 'Draft' }).fill(draft);
  const tried = tryIt.locator('li[data-finding-rule="gender-neutral"]');
  // The substitution's alternatives one by one (not "hi everyone|hi all"), and who says so by name.
  await expect(tried.locator('.finding-message')).toHaveText(
    'Prefer “hi everyone” / “hi all” (gender-neutral).',
  );
  await expect(tried.getByRole('link')).toHaveText('Source: Google for Developers');
  // The card starts where its list does: no 40 px indent of a bare <ul>.
  const [cardBox, listBox] = [await tried.boundingBox(), await tryIt.getByRole('list').boundingBox()];
  expect(cardBox && listBox && cardBox.x - listBox.x).toBe(0);

  const site = await context.newPage();
  await site.goto('https://x.com/home');
  await site.getByTestId('tweetTextarea_0').click();
  await site.keyboard.type(draft);
  await expect(badge(site)).not.toHaveAttribute('data-onbrand-count', '0');
  await badge(site).click();
  const panel = closedRoot(site, 'onbrand-panel');
  const card = 'li[data-finding-rule="gender-neutral"]';
  for (const part of [
    '.finding-title',
    '.finding-severity',
    '.finding-message',
    '.finding-preview',
    '.finding-source',
  ]) {
    await expect
      .poll(() => panel.text({ css: `${card} ${part}` }), part)
      .toBe(await tried.locator(part).innerText());
  }
  // What the dashboard lists as fixes, the panel offers as buttons.
  for (const fix of await tried.locator('.finding-fix').allInnerTexts()) {
    expect(await panel.count({ role: 'button', name: fix })).toBe(1);
  }
  for (const property of ['border-left-width', 'border-radius', 'padding-left']) {
    expect(await panel.css({ css: card }, property), property).toBe(
      await tried.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property),
    );
  }
  expect(pageErrors).toEqual([]);
});

test('a Vale style imports the kinds OnBrand checks and says what it skipped and why', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await createBrand(dashboard, 'Acme', 'Empty (no rules)');
  const file = (name: string, text: string) => ({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await dashboard
    .getByLabel('Import Vale style (.yml files)…')
    .setInputFiles([
      file('Hype.yml', 'extends: existence\nmessage: "Avoid %s"\nlevel: error\ntokens:\n  - synergy\n'),
      file('Headings.yml', 'extends: capitalization\nmessage: Title case\nmatch: $title\nscope: heading\n'),
    ]);
  const report = dashboard.getByRole('status').filter({ hasText: 'Vale style' });
  await expect(report).toContainText('Imported 1 rule from the Vale style; refused 1.');
  await expect(report).toContainText(
    'Headings.yml refused: it only checks `heading`, which a social post does not have (a post is plain text)',
  );
  await expect(
    dashboard.getByRole('region', { name: 'Banned words' }).locator('[data-rule-id="Hype"]'),
  ).toBeVisible();
});

test('a backup restores what was deleted, after showing what it will change', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#/guidelines');
  await createBrand(dashboard, 'Acme', 'Inclusive language');
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backup = await download.path();

  await dashboard.getByRole('button', { name: 'Delete brand' }).click();
  await dashboard.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dashboard.getByText('No brand yet')).toBeVisible();

  await dashboard.getByLabel('Restore from a backup…').setInputFiles(backup);
  const plan = dashboard.getByRole('region', { name: 'Restore plan' });
  await expect(plan.getByRole('row', { name: /brands and their guidelines/ })).toHaveText(
    /brands and their guidelines\s*1\s*0\s*0\s*0/,
  );
  await plan.getByRole('button', { name: 'Restore' }).click();
  await expect(dashboard.getByRole('article', { name: 'Brand Acme' })).toBeVisible();
  await expect(dashboard.locator('[data-rule-id]')).toHaveCount(3);
});

test('a backup restore brings back a deleted scheduled entry and its reminder alarm', async ({
  openExtensionPage,
  background,
}) => {
  const reminderAt = () =>
    background.evaluate(
      async () => (await chrome.alarms.get('onbrand.calendar.reminder'))?.scheduledTime ?? null,
    );
  const dashboard = await openExtensionPage('options.html#/calendar');
  const [tomorrow] = await daysFromToday(dashboard, 1);
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=agenda&date=${tomorrow}`));
  await dashboard.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = dashboard.getByRole('dialog', { name: 'New entry' });
  await editor.getByLabel('Title').fill('Launch teaser');
  await editor.getByLabel('Date').fill(tomorrow as string);
  await editor.getByLabel('Time').fill('10:00');
  await editor.getByLabel('Status').selectOption('scheduled');
  await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect.poll(reminderAt).not.toBeNull();
  const planned = await reminderAt();

  await dashboard.goto(dashboard.url().replace(/#.*/, '#/guidelines'));
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backup = await download.path();

  // Deleted: no reminder left.
  await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=agenda&date=${tomorrow}`));
  await dashboard.locator('[data-entry-id]', { hasText: 'Launch teaser' }).click();
  const edit = dashboard.getByRole('dialog', { name: 'Edit entry' });
  await edit.getByRole('button', { name: 'Delete' }).click();
  await edit.getByRole('button', { name: 'Really delete' }).click();
  await expect(dashboard.locator('[data-entry-id]')).toHaveCount(0);
  await expect.poll(reminderAt).toBeNull();

  // Restored: the entry and its reminder at the same time.
  await dashboard.goto(dashboard.url().replace(/#.*/, '#/guidelines'));
  await dashboard.getByLabel('Restore from a backup…').setInputFiles(backup);
  await dashboard
    .getByRole('region', { name: 'Restore plan' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(dashboard.getByText('Restored. Everything now matches the backup.')).toBeVisible();
  await expect.poll(reminderAt).toBe(planned);
});
