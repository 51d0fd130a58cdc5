import { afterEach, describe, expect, it } from 'vitest';
import { ruleTitle } from '@/components/finding-card/finding-card';
import {
  exampleMessage,
  ruleSentence,
  ruleTokens,
} from '@/entrypoints/options/pages/guidelines/rule-wording';
import type { Rule } from '@/utils/checks';
import { setTestUiLanguage } from '../setup/i18n';

afterEach(() => setTestUiLanguage('en'));

const base = { severity: 'warning', message: '“%s” sounds like a press release.' } as const;
const buzzwords = {
  ...base,
  id: 'corporate-buzzwords',
  kind: 'existence',
  tokens: ['synergy', 'best-in-class', 'paradigm'],
} as Rule;
const allCaps = { ...base, id: 'all-caps-words', kind: 'existence', tokens: ['\\p{Lu}{5,}'] } as Rule;

describe('the rule list in words a manager reads', () => {
  it('makes a title of the rule id, Vale style names included', () => {
    expect(ruleTitle('corporate-buzzwords')).toBe('Corporate buzzwords');
    expect(ruleTitle('write-good.TooWordy')).toBe('Too wordy');
    expect(ruleTitle('Microsoft.HeadingAcronyms')).toBe('Heading acronyms');
    expect(ruleTitle('anrede_du')).toBe('Anrede du');
  });

  it('lists the words a rule flags and keeps its regular expressions for Advanced', () => {
    expect(ruleSentence(buzzwords)).toBe('Flags “synergy”, “best-in-class”, and “paradigm”.');
    expect(ruleSentence(allCaps)).toBe('Flags text that matches a pattern (see Advanced).');
    expect(ruleTokens(allCaps)).toEqual({ words: [], patterns: ['\\p{Lu}{5,}'] });
    const mixed = { ...buzzwords, tokens: ['synergy', 'leverag(e|ing)'] } as Rule;
    expect(ruleSentence(mixed)).toBe('Flags “synergy”.');
    expect(ruleTokens(mixed).patterns).toEqual(['leverag(e|ing)']);
  });

  it('keeps a metric’s formula and a capitalization’s own pattern for Advanced', () => {
    const metric = { ...base, id: 'long', kind: 'metric', formula: ' words ', condition: '> 40' } as Rule;
    expect(ruleTokens(metric)).toEqual({ words: [], patterns: ['words > 40'] });
    const sentence = { ...base, id: 'case', kind: 'capitalization', match: '$sentence' } as Rule;
    expect(ruleTokens(sentence)).toEqual({ words: [], patterns: [] });
    const custom = { ...sentence, match: '^[A-Z]' } as Rule;
    expect(ruleTokens(custom)).toEqual({ words: [], patterns: ['^[A-Z]'] });
  });

  it('cuts a long list after eight words', () => {
    const long = { ...buzzwords, tokens: Array.from({ length: 11 }, (_, i) => `word${i + 1}`) } as Rule;
    expect(ruleSentence(long)).toMatch(/“word8”, and 3 more\.$/);
  });

  it('says each kind as a sentence', () => {
    const swap = { ...base, id: 'jargon', kind: 'substitution', swap: { utilise: 'use' } } as Rule;
    expect(ruleSentence(swap)).toBe('Suggests replacing “utilise” with “use”.');
    const choices = { ...swap, swap: { 'hey guys': 'hi everyone|hi all' } } as Rule;
    expect(ruleSentence(choices)).toBe('Suggests replacing “hey guys” with “hi everyone” / “hi all”.');
    // Every alternative, as the finding card names them, not only the first.
    expect(exampleMessage({ ...choices, message: 'Prefer "%s".' } as Rule)).toBe(
      'Prefer “hi everyone” / “hi all”.',
    );
    expect(exampleMessage({ ...choices, message: 'Say %s, not %s.' } as Rule)).toBe(
      'Say “hi everyone” / “hi all”, not hey guys.',
    );
    const shouting = { ...base, id: 'shouting', kind: 'occurrence', token: '!', max: 1 } as Rule;
    expect(ruleSentence(shouting)).toBe('Flags “!” used more than once.');
    expect(ruleSentence({ ...shouting, max: 3 } as Rule)).toBe('Flags “!” used more than 3 times.');
    const grade = { ...base, id: 'easy', kind: 'readability', grade: 7, metrics: ['Flesch-Kincaid'] } as Rule;
    expect(ruleSentence(grade)).toBe('Flags a draft harder to read than school grade 7.');
    const spelling = { ...base, id: 'spelling', kind: 'consistency', either: { colour: 'color' } } as Rule;
    expect(ruleSentence(spelling)).toBe('Flags a draft that mixes “colour” and “color”: pick one spelling.');
  });

  it('shows the message as a finding would, with the first word for Vale’s %s', () => {
    expect(exampleMessage(buzzwords)).toBe('“synergy” sounds like a press release.');
    expect(exampleMessage(allCaps)).toBe('“…” sounds like a press release.');
    const swap = {
      ...base,
      id: 'Wordy',
      kind: 'substitution',
      message: "Use '%s' instead of '%s'.",
      swap: { utilise: 'use' },
    } as Rule;
    expect(exampleMessage(swap)).toBe("Use 'use' instead of 'utilise'.");
  });

  it('speaks German in a German UI', () => {
    setTestUiLanguage('de');
    const choices = { ...base, id: 'kind', kind: 'substitution', swap: { 'hey guys': 'hi everyone|hi all' } };
    expect(exampleMessage({ ...choices, message: 'Lieber "%s".' } as Rule)).toBe(
      'Lieber „hi everyone“ / „hi all“.',
    );
    expect(ruleSentence(buzzwords)).toBe('Markiert „synergy“, „best-in-class“ und „paradigm“.');
    expect(ruleSentence(allCaps)).toBe('Markiert Text, der auf ein Muster passt (siehe Erweitert).');
  });
});
