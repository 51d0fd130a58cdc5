import { englishOn, englishOnlyPieces } from './english-leftovers';
import { expect, test } from './extension';

/**
 * A German browser where things go wrong: what OnBrand refuses is said in German, with no English sentence
 * around it (the catalogue's English pieces, and the sentences the code once wrote itself).
 */
const PIECES = englishOnlyPieces();

test.describe('a German browser in Berlin, on the error paths', () => {
  test.use({ browserLocale: { lang: 'de-DE', timeZone: 'Europe/Berlin' } });

  test('a saved reply whose shortcut another reply has is refused in German', async ({
    openExtensionPage,
    pageErrors,
  }) => {
    const dashboard = await openExtensionPage('options.html#/replies');
    const form = dashboard.getByRole('form');
    const newReply = async (title: string, shortcut: string) => {
      await dashboard.getByRole('button', { name: 'Neue Vorlage' }).click();
      await form.getByLabel('Titel').fill(title);
      await form.getByLabel('Kürzel (optional)').fill(shortcut);
      await form.getByRole('textbox', { name: 'Text', exact: true }).fill('Vielen Dank für Ihre Nachricht!');
      await form.getByRole('button', { name: 'Vorlage speichern' }).click();
    };
    await newReply('Danke', ';;danke');
    await expect(dashboard.getByRole('row', { name: /Danke/ })).toContainText(';;danke');

    await newReply('Danke schön', 'DANKE');
    await expect(form.getByRole('alert')).toHaveText(
      'Nicht gespeichert: Das Kürzel ;;danke gehört bereits zur Vorlage „Danke“.',
    );
    expect(await englishOn(dashboard, PIECES)).toEqual([]);
    await expect(dashboard.getByText(/already used by/)).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test('an analytics file none of whose rows can be read is refused in the preview, in German', async ({
    openExtensionPage,
    pageErrors,
  }) => {
    const dashboard = await openExtensionPage('options.html#/analytics');
    const csv = 'Id,Wann,Likes\n123,nächsten Dienstag,4\n';
    await dashboard
      .getByLabel('Statistik-Export importieren…')
      .setInputFiles({ name: 'tabelle.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const mapping = dashboard.getByRole('dialog', { name: 'Spalten von tabelle.csv' });
    const field = (name: string) =>
      mapping
        .locator('label')
        .filter({ hasText: new RegExp(`^${name}`) })
        .locator('select');
    await field('Beitrags-ID').selectOption('Id');
    await field('Veröffentlichungszeit').selectOption('Wann');
    await field('Likes').selectOption('Likes');
    await mapping.getByRole('button', { name: 'Vorschau' }).click();

    const preview = dashboard.getByRole('dialog', { name: 'tabelle.csv importieren' });
    await expect(preview.getByRole('alert')).toHaveText(
      /^Es wurde nichts importiert: Nichts in der Datei lässt sich importieren\. Zeile 2: Ihre Veröffentlichungszeit: /,
    );
    expect(await englishOn(dashboard, PIECES)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
