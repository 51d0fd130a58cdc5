import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkDraft, countDraft } from '@/utils/checks';

/**
 * twitter-text's own conformance cases for counting (validate.yml), run against what OnBrand shows on X. The
 * sections measured with the current weighting (v3: the default config, and the one that counts an emoji
 * sequence as 2) apply; README.md says which others do not and why.
 */
interface CounterCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; validRangeEnd: number };
}
const suite = load(readFileSync(new URL('./validate.yml', import.meta.url), 'utf8')) as {
  tests: Record<string, CounterCase[]>;
};
const APPLICABLE = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest'];
const X_LIMIT = 280;

const cases = APPLICABLE.flatMap((section) => suite.tests[section] ?? []);

describe('twitter-text conformance (validate.yml, v3 weighting)', () => {
  it('has the cases this suite is about', () => {
    expect(cases).toHaveLength(24);
  });

  it.each(cases.map((test) => [test.description, test] as const))('%s', (_name, { text, expected }) => {
    const counted = countDraft(text, 'x');
    expect(counted.count).toBe(expected.weightedLength);
    const findings = checkDraft(text, { platform: 'x' });
    const length = findings.find((finding) => finding.ruleId === 'platform-length');
    const invalid = findings.filter((finding) => finding.ruleId === 'invalid-characters');
    if (expected.valid) {
      expect(length).toBeUndefined();
      expect(invalid).toEqual([]);
      return;
    }
    if (expected.weightedLength > X_LIMIT) {
      // twitter-text's valid range ends at the last character that fits: the overflow starts right after it.
      expect(counted.overflowAt).toBe(expected.validRangeEnd + 1);
      expect(length?.severity).toBe('error');
      expect(length?.start).toBeLessThanOrEqual(expected.validRangeEnd + 1);
    } else {
      // Short enough, and still invalid: a character X refuses, where twitter-text's valid range stops.
      expect(length).toBeUndefined();
      expect(invalid[0]).toMatchObject({
        severity: 'error',
        start: expected.validRangeEnd + 1,
        suggestions: [''],
      });
    }
  });
});
