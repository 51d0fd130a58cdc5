import { afterEach, describe, expect, it } from 'vitest';
import { brandsRepository, newBrand } from '@/utils/db/brands';
import { crisesRepository } from '@/utils/db/crises';
import { partnersRepository } from '@/utils/db/partners';
import { repliesRepository } from '@/utils/db/replies';
import { saveFailureText } from '@/utils/db/save-failure';
import { setTestUiLanguage } from '../setup/i18n';
import { freshDatabaseEachTest } from '../shared/fresh-database';

/**
 * What the rule form, a team conflict's "Keep", the saved replies, partners and crisis mode (dashboard and
 * popup) show when saving fails: OnBrand's refusal of what was typed and the record's own problems in the UI
 * language, or the database's English words only after “Details:” behind a sentence in the UI language.
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

/** What the user reads when `save` is refused. */
async function shownFor(save: () => Promise<unknown>): Promise<string> {
  try {
    await save();
  } catch (error) {
    return saveFailureText(error);
  }
  throw new Error('expected the save to be refused');
}

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
    shortcutTaken: 'Not saved: The shortcut ;;refund is already used by “Refunds”.',
    replyGone: 'Not saved: That reply no longer exists.',
    partnerWithoutName: 'Not saved: Name: Give the partner a name.',
    partnerEndsFirst: 'Not saved: Contract ends (last day): The contract cannot end before it starts.',
    crisisOn: 'Not saved: Crisis mode is already on since ',
  },
  {
    language: 'de' as const,
    invalid:
      'Nicht gespeichert: guidelines.rules[0].formula: die Formel ist nicht lesbar: `wrds` ist keine Zählung, die Vale anbietet',
    failed:
      'Nicht gespeichert; es wurde nichts geändert. Versuchen Sie es noch einmal; schlägt es wieder fehl, laden Sie zuerst das Dashboard neu. Details: ',
    shortcutTaken: 'Nicht gespeichert: Das Kürzel ;;refund gehört bereits zur Vorlage „Refunds“.',
    replyGone: 'Nicht gespeichert: Diese Antwort gibt es nicht mehr.',
    partnerWithoutName: 'Nicht gespeichert: Name: Geben Sie dem Partner einen Namen.',
    partnerEndsFirst:
      'Nicht gespeichert: Vertragsende (letzter Tag): Der Vertrag kann nicht enden, bevor er beginnt.',
    crisisOn: 'Nicht gespeichert: Der Krisenmodus ist bereits seit ',
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

  it('a reply refused for what was typed: OnBrand’s own sentence, in the UI language', async () => {
    setTestUiLanguage(expected.language);
    const replies = repliesRepository(database());
    const reply = { body: 'Hi', tags: [], platforms: [], variants: {} };
    await replies.save({ ...reply, title: 'Refunds', shortcut: 'refund' });
    expect(await shownFor(() => replies.save({ ...reply, title: 'Other', shortcut: ';;Refund' }))).toBe(
      expected.shortcutTaken,
    );
    expect(await shownFor(() => replies.duplicate('deleted-meanwhile'))).toBe(expected.replyGone);
  });

  it('a partner without a name, or ending before it starts, and a second crisis: what is wrong, under the form’s label, in the UI language', async () => {
    setTestUiLanguage(expected.language);
    const partner = {
      id: 'p1',
      brandId: 'acme',
      name: ' ',
      relationship: 'paid' as const,
      markets: [],
      handles: [],
      createdAt: 1,
      updatedAt: 1,
    };
    expect(await shownFor(() => partnersRepository(database()).save(partner))).toBe(
      expected.partnerWithoutName,
    );
    // The field is named as the form names it, never as the code does (`until`).
    const endsFirst = { ...partner, name: 'Lena', from: '2026-12-31', until: '2026-01-01' };
    expect(await shownFor(() => partnersRepository(database()).save(endsFirst))).toBe(
      expected.partnerEndsFirst,
    );
    const crises = crisesRepository(database());
    await crises.start('acme', 'A recall', 1000);
    const second = await shownFor(() => crises.start('acme', 'Another', 2000));
    expect(second.startsWith(expected.crisisOn), second).toBe(true);
  });
});
