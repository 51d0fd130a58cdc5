import { describe, expect, it } from 'vitest';
import { draftReports, entryFindings } from '@/utils/calendar/entry-findings';
import { checkDraft } from '@/utils/checks';
import { disclosureOptions, newBrand } from '@/utils/db/brands';
import type { Brand } from '@/utils/db/records';
import { calendarEntry } from './calendar-entry';

/**
 * The brand's "Preferred disclosure wording" reaches every surface that checks drafts the way the composer
 * does: the dashboard's Try it (which passes disclosureOptions(brand), as the background's brand.active
 * does for the composer) and the calendar's per-platform drafts (checked with the brand the composer would
 * pick on that site).
 */

const GERMAN_PAID = 'Mein neues Lieblingsserum von @glowco, die Haut ist nach zwei Wochen viel ruhiger.';

function germanBrand(overrides: Partial<Brand> = {}): Brand {
  return {
    ...newBrand('Glow DE', { name: 'Glow', version: 1, rules: [], marks: [] }, 1),
    jurisdictions: ['DE', 'EU'],
    disclosureWording: { de: 'Anzeige', en: '#ad' },
    ...overrides,
  };
}

/** The suggestions of the finding that asks for a label, as the user sees them under the draft. */
const labelSuggestions = (findings: ReturnType<typeof checkDraft>) =>
  findings.find((finding) => finding.ruleId === 'disclosure-missing')?.suggestions;

describe("the brand's preferred disclosure wording outside the composer", () => {
  it('Try it: the brand’s options suggest its own German label, and without them the market’s', () => {
    const brand = germanBrand();
    const tried = checkDraft(GERMAN_PAID, {
      platform: 'x',
      relationship: 'paid',
      ...disclosureOptions(brand),
    });
    expect(labelSuggestions(tried)).toEqual(['Anzeige | ']);
    const withoutWording = checkDraft(GERMAN_PAID, {
      platform: 'x',
      relationship: 'paid',
      ...disclosureOptions(germanBrand({ disclosureWording: {} })),
    });
    expect(labelSuggestions(withoutWording)?.[0]).toBe('Werbung | ');
  });

  it('calendar: each platform’s draft is checked with the brand the composer would pick there', () => {
    const entry = calendarEntry({
      platforms: ['instagram', 'x'],
      drafts: { instagram: GERMAN_PAID, x: GERMAN_PAID },
      relationship: 'paid',
      partnerBrand: 'Glow Co',
    });
    // Instagram is the German brand's site; X falls to the (default) brand that set no wording.
    const german = germanBrand({ sites: ['instagram'], createdAt: 2 });
    const fallback = {
      ...newBrand('House', { name: 'House', version: 1, rules: [], marks: [] }, 1),
      isDefault: true,
    };
    const [instagram, x] = draftReports(entry, { brands: [german, fallback], partners: [], markets: [] });
    expect(labelSuggestions(instagram?.findings ?? [])).toEqual(['Anzeige | ']);
    expect(labelSuggestions(x?.findings ?? [])).not.toContain('Anzeige | ');
    // With no brand stored the engine's defaults apply, as before.
    expect(labelSuggestions(draftReports(entry)[0]?.findings ?? [])).not.toContain('Anzeige | ');
  });

  it('calendar chips and the popup’s week: an entry’s summary uses the markets of the brand of each site', () => {
    // "#ad" is what the FTC asks for and what the Medienanstalten call not enough for German readers.
    const entry = calendarEntry({
      id: 'markets',
      platforms: ['instagram'],
      drafts: { instagram: '#ad Loving the new Acme blender, smoothies in thirty seconds every morning.' },
      relationship: 'paid',
    });
    const unitedStates = {
      ...germanBrand({ jurisdictions: ['US'], disclosureWording: {} }),
      isDefault: true,
    };
    expect(entryFindings(entry, { brands: [unitedStates], partners: [], markets: ['DE'] }).state).toBe('ok');
    const german = { ...germanBrand(), isDefault: true };
    const checks = { brands: [german], partners: [], markets: [] };
    const checked = entryFindings(entry, checks, '2026-03-20');
    expect(checked.state).toBe('error');
    // The same as the entry's editor shows for that draft.
    const [report] = draftReports({ ...entry, day: '2026-03-20' }, checks);
    expect(checked.count).toBe(report?.findings.length);
    expect(
      report?.findings.some((f) => f.ruleId === 'disclosure-ambiguous' && /Germany/.test(f.message)),
    ).toBe(true);
  });

  it('a brand with no markets of its own, or no brand at all: where the user publishes, as in the composer', () => {
    const entry = calendarEntry({
      id: 'no-markets',
      platforms: ['instagram'],
      drafts: { instagram: '#ad Loving the new Acme blender, smoothies in thirty seconds every morning.' },
      relationship: 'paid',
    });
    const noMarkets = { ...germanBrand({ jurisdictions: [], disclosureWording: {} }), isDefault: true };
    expect(entryFindings(entry, { brands: [noMarkets], partners: [], markets: ['US'] }).state).toBe('ok');
    expect(entryFindings(entry, { brands: [noMarkets], partners: [], markets: ['DE'] }).state).toBe('error');
    expect(entryFindings(entry, { brands: [], partners: [], markets: ['DE'] }).state).toBe('error');
  });
});
