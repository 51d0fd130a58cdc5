import { storeSeedReplies } from '../shared/seed-replies';
import { expect, test } from './extension';

// Words that would show an English leftover on a German page (each is a visible word of the English UI).
const ENGLISH = /\b(Settings|Guidelines|Saved replies|Research|Analytics|Delete|Cancel|Save|Backup|Rules)\b/;

test.describe('a German browser', () => {
  test.use({ browserLocale: { lang: 'de-DE', timeZone: 'Europe/Berlin' } });

  test('the dashboard pages speak German, with data, and no English word is left', async ({
    openExtensionPage,
  }) => {
    const dashboard = await openExtensionPage('options.html#/guidelines');
    const nav = dashboard.getByRole('navigation', { name: 'Bereiche des Dashboards' });
    await expect(nav.getByRole('link', { name: 'Richtlinien' })).toHaveAttribute('aria-current', 'page');
    await expect(dashboard).toHaveTitle('Richtlinien · OnBrand');

    await dashboard.getByRole('textbox', { name: 'Name der neuen Marke' }).fill('Acme');
    await dashboard
      .getByRole('combobox', { name: 'Ausgangspunkt' })
      .selectOption({ label: 'Leer (keine Regeln)' });
    await dashboard.getByRole('button', { name: 'Marke anlegen' }).click();
    await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Richtlinien');
    await expect(dashboard.getByRole('form', { name: 'Markeneinstellungen' })).toBeVisible();
    await expect(dashboard.getByRole('button', { name: 'Acme (Standard)' })).toBeVisible();
    await expect(dashboard.getByRole('region', { name: 'Verbotene Wörter' })).toBeVisible();
    await expect(dashboard.getByRole('checkbox', { name: 'Deutschland (UWG/MStV)' })).toBeVisible();
    await expect(dashboard.getByRole('button', { name: 'Sicherung herunterladen' })).toBeVisible();
    await dashboard.getByRole('region', { name: 'Ausprobieren' }).getByRole('textbox').fill('Hallo');
    await expect(dashboard.getByRole('status', { name: 'Ergebnis' })).toContainText(/keine Probleme|Problem/);
    await expect(dashboard.locator('main')).not.toContainText(ENGLISH);

    await dashboard.evaluate(storeSeedReplies, {
      rows: [{ title: 'Danke', body: 'Danke für Ihre Nachricht, {author.name}!', shortcut: 'danke' }],
      name: '',
    });
    await dashboard.goto(dashboard.url().replace(/#.*/, '#/replies'));
    await dashboard.reload();
    await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Antwortvorlagen');
    await expect(dashboard.getByRole('row', { name: /Danke/ })).toContainText('Alle Plattformen');
    await expect(dashboard.getByRole('button', { name: 'Neue Vorlage' })).toBeVisible();
    await expect(dashboard.locator('main')).not.toContainText(ENGLISH);

    for (const [route, heading] of [
      ['research', 'Recherche'],
      ['analytics', 'Auswertung'],
      ['settings', 'Einstellungen'],
    ] as const) {
      await dashboard.goto(dashboard.url().replace(/#.*/, `#/${route}`));
      await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(dashboard.locator('main')).not.toContainText(ENGLISH);
    }
    await expect(dashboard.getByRole('heading', { name: 'Mastodon-Instanzen' })).toBeVisible();
    await expect(dashboard.getByRole('heading', { name: 'Datenschutz' })).toBeVisible();
  });
});
