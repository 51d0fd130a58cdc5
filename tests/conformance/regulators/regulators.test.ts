import { describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '@/utils/checks';
import { REGULATOR_DRAFTS, type RegulatorDraft } from './drafts';

/** What the engine says about a draft's disclosure, in the corpus's terms. */
function classify(findings: Finding[]): RegulatorDraft['expected'] {
  const disclosure = findings.filter((f) => f.category === 'disclosure' && f.severity !== 'info');
  const has = (ruleId: string) => disclosure.some((f) => f.ruleId === ruleId);
  if (has('banned-promotion')) return 'banned';
  if (has('crypto-disclaimer')) return 'vda';
  if (has('image-mention')) return 'image';
  if (has('disclosure-missing')) return 'missing';
  if (has('disclosure-ambiguous')) return 'ambiguous';
  const placement = disclosure.filter((f) => f.ruleId === 'disclosure-placement').map((f) => f.message);
  if (placement.some((m) => /fold/.test(m))) return 'below-fold';
  if (placement.some((m) => /closing hashtags/.test(m))) return 'buried';
  if (placement.some((m) => /must come first/.test(m))) return 'not-first';
  if (placement.some((m) => /language/.test(m))) return 'language';
  return 'ok';
}

const findingsOf = (draft: RegulatorDraft) =>
  checkDraft(draft.text, {
    platform: draft.platform,
    jurisdictions: draft.markets,
    relationship: draft.relationship,
  });

describe('drafts written from the regulators’ own examples', () => {
  const results = REGULATOR_DRAFTS.map((draft) => {
    const findings = findingsOf(draft);
    return { draft, findings, got: classify(findings) };
  });
  const clean = results.filter(({ draft }) => draft.expected === 'ok');
  const falseAlarms = clean.filter(({ findings }) =>
    findings.some((f) => f.category === 'disclosure' && f.severity !== 'info'),
  );
  const correct = results.filter(({ draft, got }) => got === draft.expected);

  it('holds at least 200 drafts, about half clean, every market, each citing its source', () => {
    expect(REGULATOR_DRAFTS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(REGULATOR_DRAFTS.map((d) => d.id)).size).toBe(REGULATOR_DRAFTS.length);
    expect(clean.length / results.length).toBeGreaterThan(0.4);
    expect(clean.length / results.length).toBeLessThan(0.6);
    const markets = new Set(REGULATOR_DRAFTS.flatMap((d) => d.markets));
    expect([...markets].sort()).toEqual(['DE', 'EU', 'FR', 'IN', 'UK', 'US']);
    expect(REGULATOR_DRAFTS.every((d) => d.cite.length > 10)).toBe(true);
  });

  it('is at least 98 % correct with no false alarm on a clean draft', () => {
    const wrong = results
      .filter(({ draft, got }) => got !== draft.expected)
      .map(({ draft, got }) => `${draft.id}: expected ${draft.expected}, got ${got}`);
    console.log(
      `regulator corpus: ${correct.length}/${results.length} correct (${((100 * correct.length) / results.length).toFixed(1)} %), false alarms on clean drafts: ${falseAlarms.length}/${clean.length}`,
    );
    expect(falseAlarms.map(({ draft }) => draft.id)).toEqual([]);
    expect(correct.length / results.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('every finding on a draft quotes a source and links it', () => {
    for (const { findings } of results) {
      for (const finding of findings.filter((f) => f.category === 'disclosure' && f.severity !== 'info')) {
        expect(finding.source).toMatch(/^https:\/\//);
        expect(finding.message).toMatch(/\(.+: .+\)/);
      }
    }
  });
});
