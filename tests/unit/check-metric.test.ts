import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importValeStyle } from '@/utils/brands/vale-import';
import { checkDraft, validateGuidelines } from '@/utils/checks';
import { guidelinesOf, onlyCategory } from './check-helpers';

const voice = onlyCategory('voice');
const messages = (text: string, rule: Record<string, unknown>) =>
  checkDraft(text, { platform: 'linkedin', guidelines: guidelinesOf({ kind: 'metric', ...rule }) })
    .filter(voice)
    .map((f) => `${f.start}-${f.end} ${f.message}`);

describe('metric (Vale kind)', () => {
  it('evaluates the formula over the counts and reports the result with two decimals', () => {
    const rule = { formula: 'words / sentences', condition: '> 3', message: '%s words a sentence' };
    expect(messages('One two three four five. Six seven.', rule)).toEqual(['0-0 3.50 words a sentence']);
    expect(messages('One two. Three four.', rule)).toEqual([]);
    expect(messages('', rule)).toEqual([]);
  });

  it('knows the math module and the other comparisons', () => {
    const rule = { formula: 'math.sqrt(words) * 2', condition: '>= 4', message: '%s' };
    expect(messages('a b c d', rule)).toEqual(['0-0 4.00']);
    expect(messages('a b c', rule)).toEqual([]);
  });

  it('refuses what is not arithmetic over the counts, with the reason', () => {
    for (const [formula, reason] of [
      ['words + os.exit(1)', /`os\.exit` is not a count/],
      ['words +', /ends where a number or a count was expected/],
      ['import("os")', /`import` is not a count/],
    ] as const) {
      const result = validateGuidelines({
        rules: [{ id: 'm', kind: 'metric', message: 'm', severity: 'info', formula, condition: '> 1' }],
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toMatch(reason);
    }
  });

  // Vale testdata: styles.feature expects `test.md:1:1:Readability.LIX:Try to keep the LIX score (38.27) below
  // 35.` for fixtures/styles/Readability/test.md, whose heading Vale's summary leaves out.
  it('imports the Readability style and computes LIX as Vale does', () => {
    const root = 'tests/conformance/vale-testdata';
    const lix = readFileSync(`${root}/styles/Readability/LIX.yml`, 'utf8');
    const { rules, report } = importValeStyle([{ name: 'LIX.yml', text: lix }]);
    expect(report[0]?.status).toBe('imported');
    const text = readFileSync(`${root}/fixtures/styles/Readability/test.md`, 'utf8').replace('# Intro\n', '');
    const found = checkDraft(text, {
      platform: 'linkedin',
      guidelines: { name: 'R', version: 1, marks: [], rules },
    });
    expect(found.filter(voice).map((f) => f.message)).toEqual([
      'Try to keep the LIX score (38.27) below 35.',
    ]);
  });

  it('refuses a formula that counts headings, which a post does not have', () => {
    const { report } = importValeStyle([
      { name: 'H.yml', text: 'extends: metric\nmessage: m\nformula: heading.h1 + list\ncondition: "> 0"\n' },
    ]);
    expect(report[0]?.status).toBe('refused');
    expect(report[0]?.reasons[0]).toMatch(/counts headings/);
  });
});
