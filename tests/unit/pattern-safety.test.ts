import { describe, expect, it } from 'vitest';
import { checkDraft, validateGuidelines } from '@/utils/checks';
import { cachedVerdictCount, explainUnsafePattern } from '@/utils/checks/pattern-safety';

describe('pattern safety: analysed with the flags the engine runs', () => {
  // The 206-byte pack that froze x.com: safe as written, exponential once `ignorecase` folds [A-Z] onto [a-z].
  const pack = {
    rules: [
      {
        id: 'letters',
        kind: 'existence',
        message: '%s',
        severity: 'warning',
        ignorecase: true,
        tokens: ['(?:(?:[a-z]|[A-Z])*x)?'],
      },
    ],
  };

  it('refuses the ignorecase bypass pack, naming the repeat and the case folding', () => {
    const result = validateGuidelines(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('rules[0].tokens[0] (rule "letters")');
    expect(result.errors[0]?.message).toContain('exponentially');
    expect(result.errors[0]?.message).toContain('`(?:[a-z]|[A-Z])*`');
    expect(result.errors[0]?.message).toContain('ignorecase');
  });

  it('the same pattern without ignorecase cannot backtrack exponentially, so it is accepted', () => {
    const rule = { ...pack.rules[0], ignorecase: false };
    expect(validateGuidelines({ rules: [rule] }).ok).toBe(true);
  });

  it.each([
    ['a linear optional separator', 'hard[ -]*core'],
    ['a bounded date format', '\\d{1,2}/\\d{1,2}/\\d{4}'],
    ['an acronym definition (Vale Microsoft/Google)', '\\(([A-Z]{3,})\\)'],
    ['neighbouring repeats inside words', '\\w+\\s*\\w+$'],
    ['a percentage', '\\d+% off'],
    ['an alternation whose alternatives never match the same text', '(?:ad|a)*x'],
  ])('accepts %s', (_name, pattern) => {
    expect(explainUnsafePattern(pattern, { ignorecase: true, wordBounded: true })).toBeNull();
    expect(explainUnsafePattern(pattern, {})).toBeNull();
  });

  it('gives the same verdict every time (no clock in the analysis)', () => {
    const verdicts = Array.from({ length: 5 }, () =>
      explainUnsafePattern('(?:\\w+\\s?)+$', { ignorecase: true }),
    );
    expect(new Set(verdicts).size).toBe(1);
    expect(verdicts[0]).toContain('exponentially');
  });

  it('analyses 40 copies of a refused pattern once', () => {
    const pattern = '(?:(?:[b-y]|[B-Y])*z)?';
    const before = cachedVerdictCount();
    const result = validateGuidelines({
      rules: Array.from({ length: 40 }, (_, i) => ({
        id: `copy-${i}`,
        kind: 'existence',
        message: '%s',
        severity: 'info',
        ignorecase: true,
        tokens: [pattern],
      })),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(40);
    expect(new Set(result.errors.map((error) => error.message)).size).toBe(1);
    expect(cachedVerdictCount() - before).toBe(1);
  });

  it('caps how many regular expressions one brand may have', () => {
    const rules = Array.from({ length: 1001 }, (_, i) => ({
      id: `p${i}`,
      kind: 'existence',
      message: '%s',
      severity: 'info',
      tokens: [`word${i}s?`, `term${i}s?`],
    }));
    const result = validateGuidelines({ rules });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'rules', field: 'rules', message: expect.stringContaining('at most 2,000') },
    ]);
  });

  it('2,000 plain-word rules import and check (plain words need no analysis)', () => {
    const rules = Array.from({ length: 2000 }, (_, i) => ({
      id: `w${i}`,
      kind: 'existence',
      message: 'Avoid %s.',
      severity: 'info',
      tokens: [`word${i}`],
    }));
    const result = validateGuidelines({ rules });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = 'We say word7 and word1999 but not word20000.';
    const found = checkDraft(text, { platform: 'x', guidelines: result.guidelines })
      .filter((f) => f.category === 'voice')
      .map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['word7', 'word1999']);
  });
});
