import { describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '@/utils/checks';
import { DISCLOSURE_CORPUS, type LabelledDraft } from './corpus/disclosure-drafts';

/** What the engine says about a draft's disclosure, in the corpus's terms. */
function classify(findings: Finding[]): LabelledDraft['expected'] {
  const disclosure = findings.filter((f) => f.ruleId.startsWith('disclosure-'));
  if (disclosure.some((f) => f.ruleId === 'disclosure-missing')) return 'missing';
  if (disclosure.some((f) => f.ruleId === 'disclosure-ambiguous')) return 'ambiguous';
  const placement = disclosure.filter((f) => f.ruleId === 'disclosure-placement').map((f) => f.message);
  if (placement.some((m) => /fold/.test(m))) return 'below-fold';
  if (placement.some((m) => /closing hashtags/.test(m))) return 'buried';
  if (placement.some((m) => /must come first/.test(m))) return 'not-first';
  if (placement.some((m) => /language/.test(m))) return 'language';
  return 'ok';
}

const run = (draft: LabelledDraft) =>
  checkDraft(draft.text, {
    platform: draft.platform,
    jurisdictions: draft.jurisdictions,
    ...(draft.relationship ? { relationship: draft.relationship } : {}),
  });

describe('disclosure corpus', () => {
  it('holds at least 60 labelled drafts in several languages, commercial and not', () => {
    expect(DISCLOSURE_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DISCLOSURE_CORPUS.map((d) => d.id)).size).toBe(DISCLOSURE_CORPUS.length);
    expect(DISCLOSURE_CORPUS.filter((d) => !d.commercial).length).toBeGreaterThanOrEqual(25);
    const classes = new Set(DISCLOSURE_CORPUS.filter((d) => d.commercial).map((d) => d.expected));
    expect([...classes].sort()).toEqual([
      'ambiguous',
      'below-fold',
      'buried',
      'language',
      'missing',
      'not-first',
      'ok',
    ]);
  });

  it.each(DISCLOSURE_CORPUS.filter((d) => !d.commercial).map((d) => [d.id, d] as const))(
    'organic %s gets no disclosure finding at all',
    (_id, draft) => {
      expect(run(draft).filter((f) => f.category === 'disclosure')).toEqual([]);
    },
  );

  it.each(DISCLOSURE_CORPUS.filter((d) => d.commercial).map((d) => [d.id, d] as const))(
    'commercial %s is classified as labelled',
    (_id, draft) => {
      expect(classify(run(draft))).toBe(draft.expected);
    },
  );
});
