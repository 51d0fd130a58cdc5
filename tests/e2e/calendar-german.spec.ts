import type { Page } from '@playwright/test';
import { daysFromToday } from './calendar-days';
import { englishOn, englishOnlyPieces } from './english-leftovers';
import { expect, test } from './extension';

/** Words of the calendar's English UI; none may be left in the German one (names, zones and files aside). */
const ENGLISH =
  /\b(Calendar|New entry|Edit entry|Month|Week|Agenda|Today|Previous|Next|Platforms?|Campaign|Colours?|All|Export|Import|entry|entries|will be added|skipped|Cancel|Save|Delete|Duplicate|Drag|Times in|Loading|Nothing|idea|draft|in-review|review|findings?|warnings?|errors?|source|Notes|Assets?|Relationship|Partner)\b/g;

const PIECES = englishOnlyPieces();

/** Every word the calendar shows or says: its text, and the names, titles and placeholders of its elements. */
async function englishLeftovers(dashboard: Page): Promise<string[]> {
  const words = await dashboard.locator('section.calendar-page').evaluate((section) => {
    const texts = [(section as HTMLElement).innerText];
    for (const element of section.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
      if (element instanceof HTMLOptionElement) texts.push(element.text);
    }
    return texts.join('\n');
  });
  // And the catalogue's English sentences that German says otherwise, anywhere on the page (a notice too).
  return [...[...words.matchAll(ENGLISH)].map(([word]) => word), ...(await englishOn(dashboard, PIECES))];
}

/**
 * Pairs of the calendar's buttons and fields above it that touch or overlap one above the other, with less
 * than 4 px between them (buttons side by side in the view switch may meet: it is one control).
 */
async function touchingControls(dashboard: Page): Promise<string[]> {
  return dashboard.locator('section.calendar-page').evaluate((section) => {
    const controls = [
      ...section.querySelectorAll(
        '.calendar-head .button, .calendar-toolbar .button, .calendar-toolbar select',
      ),
    ];
    const boxes = controls.map((control) => ({
      name: (control.textContent ?? '').trim().slice(0, 30),
      box: control.getBoundingClientRect(),
    }));
    const found: string[] = [];
    for (const upper of boxes) {
      for (const lower of boxes) {
        const sideBySide = upper.box.right > lower.box.left && lower.box.right > upper.box.left;
        const below = lower.box.top >= upper.box.top + upper.box.height / 2;
        if (sideBySide && below && lower.box.top - upper.box.bottom < 4)
          found.push(`${upper.name} / ${lower.name}`);
      }
    }
    return found;
  });
}

test.describe('a German browser in Berlin', () => {
  test.use({ browserLocale: { lang: 'de-DE', timeZone: 'Europe/Berlin' } });

  test('the calendar, an entry in review and an import preview are all German, with no English left', async ({
    openExtensionPage,
    pageErrors,
  }) => {
    const dashboard = await openExtensionPage('options.html#/calendar');
    const [tomorrow, dayAfter] = await daysFromToday(dashboard, 1, 2);
    await dashboard.goto(dashboard.url().replace(/#.*/, `#/calendar?view=month&date=${tomorrow}`));
    await expect(dashboard.getByRole('heading', { level: 1, name: 'Redaktionsplan' })).toBeVisible();
    await expect(dashboard.getByRole('button', { name: 'Monat' })).toHaveAttribute('aria-pressed', 'true');
    // German labels are longer and the buttons wrap: a wrapped row keeps its distance from the one above.
    expect(await touchingControls(dashboard)).toEqual([]);

    await dashboard.getByRole('button', { name: 'Neuer Eintrag', exact: true }).click();
    const editor = dashboard.getByRole('dialog', { name: 'Neuer Eintrag' });
    await editor.getByLabel('Titel').fill('Adventsaktion');
    await editor.getByLabel('Datum').fill(tomorrow as string);
    await editor.getByLabel('Uhrzeit').fill('10:00');
    await editor.getByLabel('Status').selectOption('in-review');
    await expect(editor.getByLabel('Status').locator('option:checked')).toHaveText('In Prüfung');
    await editor.getByRole('checkbox', { name: 'X', exact: true }).check();
    await editor.getByLabel('Entwurf für X').fill('Unser Adventskalender startet morgen!');
    await expect(editor.getByTestId('findings-x')).toContainText('37 / 280');
    await expect(editor.getByTestId('findings-x')).toContainText('Keine Hinweise auf X');
    expect(await englishLeftovers(dashboard)).toEqual([]);
    await editor.getByRole('button', { name: 'Speichern' }).click();

    await expect(dashboard.getByRole('status')).toContainText('„Adventsaktion“ für ');
    await expect(dashboard.getByRole('status')).toContainText(' gespeichert.');
    const chip = dashboard.getByTestId(`day-${tomorrow}`).locator('[data-entry-id]');
    await expect(chip).toHaveAttribute(
      'aria-label',
      '10:00 Adventsaktion, In Prüfung, X, Entwürfe bestehen die Prüfung',
    );
    await expect(chip).toHaveAttribute(
      'title',
      'Adventsaktion (X). Zum Verschieben ziehen oder Alt+Pfeiltasten drücken.',
    );
    await chip.click();
    const edit = dashboard.getByRole('dialog', { name: 'Eintrag bearbeiten' });
    await expect(edit.getByRole('button', { name: 'Wirklich löschen' })).toHaveCount(0);
    expect(await englishLeftovers(dashboard)).toEqual([]);
    await edit.getByRole('button', { name: 'Abbrechen' }).click();

    const ics = dayAfter?.replaceAll('-', '');
    const file = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:nikolaus@example',
      `DTSTART;TZID=Europe/Berlin:${ics}T090000`,
      'SUMMARY:Nikolaus-Gewinnspiel',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:kaputt@example',
      'DTSTART:2026-13-45',
      'SUMMARY:Kaputt',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await dashboard
      .locator('input[type="file"]')
      .setInputFiles({ name: 'plan.ics', mimeType: 'text/calendar', buffer: Buffer.from(file) });
    const preview = dashboard.getByRole('dialog', { name: 'plan.ics importieren' });
    await expect(preview.getByRole('status')).toHaveText(
      '1 Eintrag wird hinzugefügt; 1 wird übersprungen. Hinzugefügt wird erst, wenn Sie bestätigen.',
    );
    await expect(preview.getByRole('list', { name: 'Übersprungen' })).toHaveText(
      'Termin 2 („Kaputt“): Sein Beginn „DTSTART:2026-13-45“ ist kein Datum mit Uhrzeit.',
    );
    expect(await englishLeftovers(dashboard)).toEqual([]);
    await preview.getByRole('button', { name: '1 Eintrag hinzufügen' }).click();
    // The preview (with its own status line) closes once the entries are stored; then the page says so.
    await expect(preview).toBeHidden();
    await expect(dashboard.getByRole('status')).toHaveText(
      '1 Eintrag aus plan.ics importiert. 1 übersprungen.',
    );
    await expect(dashboard.getByTestId(`day-${dayAfter}`).locator('[data-entry-id]')).toHaveAttribute(
      'aria-label',
      '09:00 Nikolaus-Gewinnspiel, Idee, noch kein Entwurf',
    );
    expect(await englishLeftovers(dashboard)).toEqual([]);

    // An event the calendar cannot store is skipped with the entry's own refusal, in German.
    const longTitle = 'Langer Titel '.repeat(24).trim();
    const refused = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:lang@example',
      `DTSTART;TZID=Europe/Berlin:${ics}T100000`,
      `SUMMARY:${longTitle}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await dashboard
      .locator('input[type="file"]')
      .setInputFiles({ name: 'lang.ics', mimeType: 'text/calendar', buffer: Buffer.from(refused) });
    await expect(dashboard.getByRole('alert')).toHaveText(
      `Nichts wurde importiert: Nichts in der Datei lässt sich importieren. Termin 1 („${longTitle}“): Titel: Ein Titel hat höchstens 300 Zeichen.`,
    );
    expect(await englishLeftovers(dashboard)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
