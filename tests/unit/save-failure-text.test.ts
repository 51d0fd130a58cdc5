import { afterEach, describe, expect, it } from 'vitest';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { saveFailureText } from '@/utils/db/save-failure';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';

/**
 * What the rule form (and a team conflict's "Keep") shows when saving fails: the brand's own problems in the
 * UI language, or the database's English words only after “Details:” behind a sentence in the UI language.
 */
const database = freshDatabaseEachTest('save-failure-text');

afterEach(() => setTestUiLanguage('en'));

const metricRule = {
  id: 'm',
  kind: 'metric',
  message: 'm',
  severity: 'info',
  formula: 'wrds',
  condition: '> 1',
};

async function refusalOfSave(guidelinesRules: unknown[]): Promise<string> {
  const brand = newBrand('Acme', { name: 'Acme', version: 1, marks: [], rules: [] }, 1);
  try {
    await brandsRepository(database()).save({
      ...brand,
      guidelines: { ...brand.guidelines, rules: guidelinesRules as never[] },
    });
  } catch (error) {
    return saveFailureText(error);
  }
  throw new Error('expected the save to be refused');
}

describe.each([
  {
    language: 'en' as const,
    invalid:
      'Not saved: guidelines.rules[0].formula: the formula cannot be read: `wrds` is not a count Vale offers',
    failed: 'Not saved; nothing was changed. Try again; if it fails again, reload the dashboard. Details: ',
  },
  {
    language: 'de' as const,
    invalid:
      'Nicht gespeichert: guidelines.rules[0].formula: die Formel ist nicht lesbar: `wrds` ist keine Zählung, die Vale anbietet',
    failed:
      'Nicht gespeichert; es wurde nichts geändert. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie zuerst das Dashboard neu. Details: ',
  },
])('in $language, a brand that was not saved', (expected) => {
  it('refused for its own problems: says which and why, with no English around them', async () => {
    setTestUiLanguage(expected.language);
    const text = await refusalOfSave([metricRule]);
    expect(text.startsWith(expected.invalid), text).toBe(true);
    expect(text).not.toContain('failed validation');
  });

  it('refused by the database: its own words only after “Details:”', async () => {
    setTestUiLanguage(expected.language);
    database().close();
    const text = await refusalOfSave([]);
    expect(text.startsWith(expected.failed), text).toBe(true);
    expect(text.length).toBeGreaterThan(expected.failed.length);
  });
});
