import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importValeStyle } from '@/utils/brands/vale-import';
import { checkDraft, validateGuidelines } from '@/utils/checks';
import { setTestUiLanguage } from '../setup/i18n';
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

  describe.each([
    {
      language: 'en' as const,
      reasons: [
        [
          'math.foo(words)',
          '> 1',
          'the formula cannot be read: `math.foo` is not a function of Tengo’s math module that OnBrand knows',
        ],
        [
          'wrds',
          '> 1',
          'the formula cannot be read: `wrds` is not a count Vale offers (words, sentences, syllables, characters, complex_words, long_words, polysyllabic_words, paragraphs)',
        ],
        ['words # 2', '> 1', 'the formula cannot be read: `#` is not allowed here'],
        ['(words', '> 1', 'the formula cannot be read: `)` is missing'],
        [' ', '> 1', 'the formula cannot be read: it is empty'],
        [
          'words',
          'about 8',
          'the condition cannot be read: it must start with >, <, >=, <=, == or != followed by a number',
        ],
      ],
      vale: 'formula: the formula cannot be read: `wrds` is not a count Vale offers',
    },
    {
      language: 'de' as const,
      reasons: [
        [
          'math.foo(words)',
          '> 1',
          'die Formel ist nicht lesbar: `math.foo` ist keine Funktion aus Tengos math-Modul, die OnBrand kennt',
        ],
        [
          'wrds',
          '> 1',
          'die Formel ist nicht lesbar: `wrds` ist keine Zählung, die Vale anbietet (words, sentences, syllables, characters, complex_words, long_words, polysyllabic_words, paragraphs)',
        ],
        ['words # 2', '> 1', 'die Formel ist nicht lesbar: `#` ist hier nicht erlaubt'],
        ['(words', '> 1', 'die Formel ist nicht lesbar: `)` fehlt'],
        [' ', '> 1', 'die Formel ist nicht lesbar: sie ist leer'],
        [
          'words',
          'etwa 8',
          'die Bedingung ist nicht lesbar: sie muss mit >, <, >=, <=, == oder != und einer Zahl beginnen',
        ],
      ],
      vale: 'formula: die Formel ist nicht lesbar: `wrds` ist keine Zählung, die Vale anbietet',
    },
  ])('in $language, the reason a formula is refused', ({ language, reasons, vale }) => {
    afterEach(() => setTestUiLanguage('en'));

    it('is worded in the UI language in the rule form’s refusal', () => {
      setTestUiLanguage(language);
      for (const [formula, condition, reason] of reasons) {
        const result = validateGuidelines({
          rules: [{ id: 'm', kind: 'metric', message: 'm', severity: 'info', formula, condition }],
        });
        expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([reason]);
      }
    });

    it('is worded in the UI language in the Vale import’s report', () => {
      setTestUiLanguage(language);
      const { report } = importValeStyle([
        { name: 'W.yml', text: 'extends: metric\nmessage: m\nformula: wrds / 2\ncondition: "> 0"\n' },
      ]);
      expect(report[0]?.status).toBe('refused');
      expect(report[0]?.reasons[0]).toContain(vale);
    });
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
