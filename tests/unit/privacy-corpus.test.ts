import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/checks';
import {
  type LabelledReply,
  type Market,
  PRIVACY_CORPUS,
  PRIVACY_CORPUS_BRAND,
  type PrivacyRule,
} from './corpus/privacy-replies';

/**
 * Precision and recall of the privacy detectors on labelled customer-care replies. A finding counts as found
 * when a labelled item of the same detector has exactly its text; anything else it flags is a false alarm.
 */
const PRECISION_MIN = 0.98;
const RECALL_MIN = 0.95;
/** Per detector and per market the samples are small (5–40 items), so one miss weighs more. */
const PART_PRECISION_MIN = 0.9;
const PART_RECALL_MIN = 0.85;

interface Tally {
  found: number;
  falseAlarms: number;
  missed: number;
}
const tally = (): Tally => ({ found: 0, falseAlarms: 0, missed: 0 });
const precision = (t: Tally) => (t.found + t.falseAlarms === 0 ? 1 : t.found / (t.found + t.falseAlarms));
const recall = (t: Tally) => (t.found + t.missed === 0 ? 1 : t.found / (t.found + t.missed));

function score(reply: LabelledReply) {
  const findings = checkDraft(reply.text, { platform: reply.platform, privacy: PRIVACY_CORPUS_BRAND })
    .filter((finding) => finding.category === 'privacy')
    .map((finding) => ({
      rule: finding.ruleId as PrivacyRule,
      text: reply.text.slice(finding.start, finding.end),
    }));
  const key = (item: { rule: string; text: string }) => `${item.rule}\u0000${item.text}`;
  const expected = new Set(reply.pii.map(key));
  const got = new Set(findings.map(key));
  return {
    found: reply.pii.filter((item) => got.has(key(item))),
    missed: reply.pii.filter((item) => !got.has(key(item))),
    falseAlarms: findings.filter((item) => !expected.has(key(item))),
  };
}

describe('privacy corpus', () => {
  it('holds at least 100 replies, about half of them clean, across markets and platforms', () => {
    expect(PRIVACY_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(PRIVACY_CORPUS.map((reply) => reply.id)).size).toBe(PRIVACY_CORPUS.length);
    const clean = PRIVACY_CORPUS.filter((reply) => reply.pii.length === 0).length;
    expect(clean / PRIVACY_CORPUS.length).toBeGreaterThanOrEqual(0.45);
    expect(clean / PRIVACY_CORPUS.length).toBeLessThanOrEqual(0.55);
    expect(new Set(PRIVACY_CORPUS.map((reply) => reply.market)).size).toBe(6);
    expect(new Set(PRIVACY_CORPUS.map((reply) => reply.platform)).size).toBeGreaterThanOrEqual(10);
  });

  it(`reaches precision ≥ ${PRECISION_MIN} and recall ≥ ${RECALL_MIN}, and per detector and market ≥ ${PART_PRECISION_MIN} / ${PART_RECALL_MIN}`, () => {
    const overall = tally();
    const byRule = new Map<PrivacyRule, Tally>();
    const byMarket = new Map<Market, Tally>();
    const problems: string[] = [];
    let cleanWithAlarm = 0;
    for (const reply of PRIVACY_CORPUS) {
      const { found, missed, falseAlarms } = score(reply);
      const market = byMarket.get(reply.market) ?? tally();
      byMarket.set(reply.market, market);
      const add = (items: { rule: PrivacyRule }[], field: keyof Tally) => {
        for (const item of items) {
          overall[field]++;
          market[field]++;
          const rule = byRule.get(item.rule) ?? tally();
          byRule.set(item.rule, rule);
          rule[field]++;
        }
      };
      add(found, 'found');
      add(missed, 'missed');
      add(falseAlarms, 'falseAlarms');
      if (reply.pii.length === 0 && falseAlarms.length > 0) cleanWithAlarm++;
      for (const item of missed) problems.push(`${reply.id}: missed ${item.rule} “${item.text}”`);
      for (const item of falseAlarms) problems.push(`${reply.id}: false alarm ${item.rule} “${item.text}”`);
    }
    const line = (name: string, t: Tally) =>
      `${name.padEnd(22)} precision ${precision(t).toFixed(3)} (${t.found}/${t.found + t.falseAlarms})  recall ${recall(t).toFixed(3)} (${t.found}/${t.found + t.missed})`;
    const report = [
      line('all detectors', overall),
      ...[...byRule].sort().map(([rule, t]) => line(rule, t)),
      ...[...byMarket].sort().map(([market, t]) => line(`market ${market}`, t)),
      `clean replies with a false alarm: ${cleanWithAlarm}`,
      ...problems,
    ];
    console.log(report.join('\n'));
    expect(precision(overall), report.join('\n')).toBeGreaterThanOrEqual(PRECISION_MIN);
    expect(recall(overall), report.join('\n')).toBeGreaterThanOrEqual(RECALL_MIN);
    for (const [name, t] of [...byRule, ...byMarket]) {
      expect(precision(t), `${name}\n${report.join('\n')}`).toBeGreaterThanOrEqual(PART_PRECISION_MIN);
      expect(recall(t), `${name}\n${report.join('\n')}`).toBeGreaterThanOrEqual(PART_RECALL_MIN);
    }
  });
});
