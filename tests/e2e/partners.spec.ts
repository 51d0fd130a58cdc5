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

test('a creator is vetted from their saved research posts against the brand’s markets, before signing', async ({
  openExtensionPage,
  pageErrors,
}) => {
  const dashboard = await createBrand(openExtensionPage, 'Acme');
  // A brand for Germany and the EU, and a creator's posts as saving them from the feeds over weeks stores them.
  await dashboard.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onbrand');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['brands', 'researchPosts'], 'readwrite');
    const brands = tx.objectStore('brands');
    const all = await new Promise<{ jurisdictions: string[] }[]>((resolve) => {
      const request = brands.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    for (const brand of all) brands.put({ ...brand, jurisdictions: ['DE', 'EU'] });
    const texts = [
      'Werbung | Mein neues Lieblingsserum von @glowco, seit zwei Wochen jeden Morgen.',
      '#ad Loving the new serum from @glowco, two weeks in and my skin is glowing.',
      'Use my code ANNA20 for 20% off everything at glowco.com this weekend!',
      'Sunset walk along the Tagus, the best part of the week.',
    ];
    for (const [i, text] of texts.entries())
      tx.objectStore('researchPosts').put({
        id: `anna-${i}`,
        platform: 'instagram',
        permalink: `https://www.instagram.com/p/anna${i}/`,
        author: { handle: 'anna.creates' },
        text,
        publishedAt: Date.UTC(2026, 10, 3 + 2 * i),
        metrics: [{ readAt: 1, likes: 10 }],
        media: { kind: 'image', count: 1 },
        hashtags: [],
        mentions: [],
        tags: [],
        collections: [],
        isAd: false,
        isRepost: false,
        missing: [],
        source: 'feed',
        savedAt: Date.UTC(2026, 10, 30),
      });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  // Written behind Dexie's back, so the page is loaded afresh.
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#/partners'));
  await dashboard.reload();
  const vetting = dashboard.getByRole('region', { name: 'Vet a creator before signing' });
  await vetting.getByLabel('Creator').selectOption({ label: 'anna.creates (4 saved posts)' });
  await expect(vetting.getByRole('status')).toContainText(
    'Disclosure accepted in Germany (UWG/MStV) and the EU: 1 of 3 commercial posts.',
  );
  const failing = vetting.getByRole('list', { name: 'Commercial posts whose disclosure would not do' });
  await expect(failing.getByRole('listitem')).toHaveCount(2);
  await expect(failing.getByRole('listitem').nth(1)).toContainText('#ad Loving the new serum');
  await expect(failing.getByRole('listitem').nth(1)).toContainText('Germany (UWG/MStV)');
  expect(pageErrors).toEqual([]);
});

test('a partner form left open when the user switches brand is closed, and nothing is saved into the other brand', async ({
  openExtensionPage,
  pageErrors,
}) => {
  await createBrand(openExtensionPage, 'Acme');
  const dashboard = await createBrand(openExtensionPage, 'Beta');
  await dashboard.getByRole('link', { name: 'Partners' }).click();
  const brand = dashboard.getByRole('combobox', { name: 'Brand' });
  await brand.selectOption({ label: 'Acme' });
  await dashboard.getByRole('button', { name: 'Add partner' }).click();
  await dashboard.getByRole('form', { name: 'Partner' }).getByLabel('Name').fill('Trailblazer Running');
  await brand.selectOption({ label: 'Beta' });
  await expect(dashboard.getByRole('form', { name: 'Partner' })).toHaveCount(0);
  await expect(dashboard.getByText('No partners yet', { exact: false })).toBeVisible();
  await brand.selectOption({ label: 'Acme' });
  await expect(dashboard.getByRole('form', { name: 'Partner' })).toHaveCount(0);
  await expect(dashboard.getByRole('table', { name: 'Partners' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
