import { describe, expect, it } from 'vitest';
import {
  defaultGuidelines,
  explainUnsafePattern,
  GuidelinesSchema,
  validateGuidelines,
} from '@/utils/checks';

const rule = (extra: Record<string, unknown>) => ({
  id: 'r1',
  message: 'Avoid %s',
  severity: 'warning',
  ...extra,
});

describe('GuidelinesSchema', () => {
  it('accepts the starter pack as it ships', () => {
    const result = validateGuidelines(defaultGuidelines);
    expect(result).toEqual({ ok: true, guidelines: defaultGuidelines });
  });

  it('fills in the name, version and marks when absent', () => {
    const parsed = GuidelinesSchema.parse({ rules: [] });
    expect(parsed).toEqual({ name: 'Brand guidelines', version: 1, rules: [], marks: [] });
  });

  it.each([
    ['existence', { kind: 'existence', tokens: ['synergy', 'game[- ]changer'] }],
    ['substitution', { kind: 'substitution', swap: { iphone: 'iPhone' } }],
    ['occurrence', { kind: 'occurrence', token: '#\\w+', max: 3 }],
    ['conditional', { kind: 'conditional', first: 'Acme', second: 'Acme®' }],
    ['repetition', { kind: 'repetition', tokens: ['\\w+'] }],
    ['readability', { kind: 'readability', grade: 8 }],
    ['consistency', { kind: 'consistency', either: { colour: 'color' } }],
  ])('accepts a %s rule with Vale field names', (_kind, fields) => {
    expect(validateGuidelines({ rules: [rule(fields)] }).ok).toBe(true);
  });

  it.each([
    ['nested repetition', '(a+)+$', 'rules[0].tokens[1] (rule "r1")'],
    ['overlapping alternation', '(?:a|ab|b)*x', 'rules[0].tokens[1] (rule "r1")'],
    ['repeated words that can split one word', '(?:\\w+\\s?)+$', 'rules[0].tokens[1] (rule "r1")'],
    ['neighbouring repeats over the same spaces', '.*\\s.*x', 'rules[0].tokens[1] (rule "r1")'],
  ])('refuses %s and names the field', (_name, pattern, path) => {
    const result = validateGuidelines({ rules: [rule({ kind: 'existence', tokens: ['fine', pattern] })] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe(path);
    expect(result.errors[0]?.message).toContain(pattern);
    expect(result.errors[0]?.message).toMatch(/exponentially|quadratically|too complex/);
    expect(result.errors[0]?.message).not.toContain('[^]*?');
  });

  it('checks the keys of substitution swaps and both sides of consistency pairs', () => {
    const result = validateGuidelines({
      rules: [
        rule({ kind: 'substitution', swap: { '(x+)+y': 'z' } }),
        rule({ id: 'r2', kind: 'consistency', either: { colour: '(o|o)*k' } }),
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'rules[0].swap["(x+)+y"] (rule "r1")',
      'rules[1].either.colour (rule "r2")',
    ]);
  });

  it('refuses an invalid regular expression with the reason', () => {
    const result = validateGuidelines({ rules: [rule({ kind: 'occurrence', token: '#(', max: 1 })] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/not a valid regular expression/);
  });

  it('refuses duplicate rule ids', () => {
    const result = validateGuidelines({
      rules: [rule({ kind: 'existence', tokens: ['a'] }), rule({ kind: 'existence', tokens: ['b'] })],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('rules[1].id (rule "r1")');
    expect(result.errors[0]?.message).toMatch(/already the id of rules\[0\]/);
  });

  it('refuses an unknown kind and an occurrence without bounds', () => {
    const result = validateGuidelines({
      rules: [
        rule({ kind: 'existence', tokens: ['a'] }),
        rule({ id: 'r3', kind: 'spelling' }),
        rule({ id: 'r4', kind: 'occurrence', token: '!' }),
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(['rules[1].kind (rule "r3")', 'rules[2].max (rule "r4")']);
  });

  it('lets plain words and safe patterns through', () => {
    expect(explainUnsafePattern('game changer')).toBeNull();
    expect(explainUnsafePattern('#\\w+')).toBeNull();
    expect(explainUnsafePattern('\\d{1,3} ?% off')).toBeNull();
  });
});
