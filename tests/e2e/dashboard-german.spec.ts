import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { storeSeedReplies } from '../shared/seed-replies';
import { englishOn, englishOnlyPieces } from './english-leftovers';
import { expect, test } from './extension';

// Words that would show an English leftover on a German page (each is a visible word of the English UI).
const ENGLISH = /\b(Settings|Guidelines|Saved replies|Research|Analytics|Delete|Cancel|Save|Backup|Rules)\b/;
/** The English catalogue's sentences that German says otherwise (english-leftovers.ts). */
const PIECES = englishOnlyPieces();

/** No English word in the page's main part, and no English sentence of the catalogue anywhere on it. */
async function noEnglishOn(dashboard: Page): Promise<void> {
  await expect(dashboard.locator('main')).not.toContainText(ENGLISH);
  expect(await englishOn(dashboard, PIECES)).toEqual([]);
}

/** A new brand from a starter template, made in the guidelines page's new-brand form, and shown. */
async function createBrand(dashboard: Page, name: string, template: string): Promise<void> {
  await dashboard.getByRole('textbox', { name: 'Name der neuen Marke' }).fill(name);
  await dashboard.getByRole('combobox', { name: 'Ausgangspunkt' }).selectOption({ label: template });
  await dashboard.getByRole('button', { name: 'Marke anlegen' }).click();
  await expect(dashboard.getByRole('heading', { level: 2, name })).toBeVisible();
}

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
    await noEnglishOn(dashboard);

    await dashboard.evaluate(storeSeedReplies, {
      rows: [{ title: 'Danke', body: 'Danke für Ihre Nachricht, {author.name}!', shortcut: 'danke' }],
      name: '',
    });
    await dashboard.goto(dashboard.url().replace(/#.*/, '#/replies'));
    await dashboard.reload();
    await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText('Antwortvorlagen');
    await expect(dashboard.getByRole('row', { name: /Danke/ })).toContainText('Alle Plattformen');
    await expect(dashboard.getByRole('button', { name: 'Neue Vorlage' })).toBeVisible();
    await noEnglishOn(dashboard);

    for (const [route, heading] of [
      ['research', 'Recherche'],
      ['analytics', 'Auswertung'],
      ['settings', 'Einstellungen'],
    ] as const) {
      await dashboard.goto(dashboard.url().replace(/#.*/, `#/${route}`));
      await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText(heading);
      await noEnglishOn(dashboard);
    }
    await expect(dashboard.getByRole('heading', { name: 'Mastodon-Instanzen' })).toBeVisible();
    await expect(dashboard.getByRole('heading', { name: 'Datenschutz' })).toBeVisible();
  });

  test('a brand from the German starter pack says "du", and a draft that says "Sie" is flagged in German', async ({
    openExtensionPage,
  }) => {
    const dashboard = await openExtensionPage('options.html#/guidelines');
    await dashboard.getByRole('textbox', { name: 'Name der neuen Marke' }).fill('Rösterei');
    const address = dashboard.getByRole('group', { name: 'Wie die Marke ihre Leser anspricht' });
    await expect(address).toHaveCount(0);
    await dashboard
      .getByRole('combobox', { name: 'Ausgangspunkt' })
      .selectOption({ label: 'Deutsche Markenstimme (Sie oder du)' });
    await expect(
      address.getByRole('radio', { name: 'Mit „Sie“: Entwürfe, die duzen, werden markiert' }),
    ).toBeChecked();
    await address.getByRole('radio', { name: 'Mit „du“: Entwürfe, die siezen, werden markiert' }).check();
    await dashboard.getByRole('button', { name: 'Marke anlegen' }).click();
    await expect(dashboard.getByRole('button', { name: 'Rösterei (Standard)' })).toBeVisible();
    await expect(dashboard.locator('[data-rule-id="anrede-du"]')).toBeVisible();
    await expect(dashboard.locator('[data-rule-id="anrede-sie"]')).toHaveCount(0);

    const tryIt = dashboard.getByRole('region', { name: 'Ausprobieren' });
    await tryIt.getByRole('textbox').fill('Sie kommen morgen. Wir schicken Ihnen den Gutschein.');
    await expect(dashboard.getByRole('status', { name: 'Ergebnis' })).toContainText('1 Problem');
    // One finding: the sentence-initial "Sie" ("they") is not flagged.
    const findings = tryIt.getByRole('listitem');
    await expect(findings).toHaveText([
      /^Anrede du\s*Warnung\s*„Ihnen“ siezt die Leser, die Marke duzt sie aber/,
    ]);
    await noEnglishOn(dashboard);

    // An English starter template's rules get their German messages in a German UI.
    await createBrand(dashboard, 'Beratung', 'Professionell (B2B)');
    await tryIt.getByRole('textbox').fill('Our results are insane this year.');
    await expect(
      findings.filter({
        hasText: '„insane“ ist Übertreibung; nennen Sie lieber die Zahl oder das Ergebnis.',
      }),
    ).toHaveCount(1);
  });

  test('a brand’s starter rules switch language and Sie/du later in the brand editor, after a preview', async ({
    openExtensionPage,
  }) => {
    const dashboard = await openExtensionPage('options.html#/guidelines');
    await createBrand(dashboard, 'Beratung', 'Professionell (B2B)');

    const section = dashboard.getByRole('region', { name: 'Sprache der Vorlagenregeln' });
    await expect(section.getByText('Nichts zu ändern: Die Vorlagenregeln lauten bereits so.')).toBeVisible();
    await section.getByRole('combobox', { name: 'Meldungen auf' }).selectOption({ label: 'Englisch' });
    const changes = section.getByRole('list', { name: 'Was sich ändert' });
    await expect(changes.getByRole('listitem')).toHaveCount(5);
    const axe = await new AxeBuilder({ page: dashboard })
      .include('.starter-language')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await expect(changes).toContainText(
      'hype: „„%s“ ist Übertreibung; nennen Sie lieber die Zahl oder das Ergebnis.“ wird zu „"%s" is hype; give the number or the outcome instead.“',
    );
    await section.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await expect(section.getByRole('status')).toHaveText('Vorlagenregeln umgestellt.');
    await expect(section.getByText('Nichts zu ändern: Die Vorlagenregeln lauten bereits so.')).toBeVisible();
    const tryIt = dashboard.getByRole('region', { name: 'Ausprobieren' });
    await tryIt.getByRole('textbox').fill('Our results are insane this year.');
    await expect(
      tryIt
        .getByRole('listitem')
        .filter({ hasText: '"insane" is hype; give the number or the outcome instead.' }),
    ).toHaveCount(1);

    // The German pack made with "Sie" says "du" from now on: its address rule is swapped, the rest stays.
    await createBrand(dashboard, 'Rösterei', 'Deutsche Markenstimme (Sie oder du)');
    await expect(dashboard.locator('[data-rule-id="anrede-sie"]')).toBeVisible();
    await section
      .getByRole('group', { name: 'Wie die Marke ihre Leser anspricht' })
      .getByRole('radio', { name: 'Mit „du“: Entwürfe, die siezen, werden markiert' })
      .check();
    await expect(changes.getByRole('listitem')).toHaveText([
      /^anrede-du: „„%s“ duzt die Leser, die Marke siezt sie aber: .* wird zu „„%s“ siezt die Leser, die Marke duzt sie aber/,
    ]);
    await section.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await expect(section.getByRole('status')).toHaveText('Vorlagenregeln umgestellt.');
    await expect(dashboard.locator('[data-rule-id="anrede-du"]')).toBeVisible();
    await expect(dashboard.locator('[data-rule-id="anrede-sie"]')).toHaveCount(0);
    await tryIt.getByRole('textbox').fill('Wir schicken Ihnen den Gutschein.');
    await expect(tryIt.getByRole('listitem')).toHaveText([/^Anrede du\s*Warnung\s*„Ihnen“ siezt die Leser/]);
    await noEnglishOn(dashboard);
  });
});
