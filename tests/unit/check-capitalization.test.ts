import { describe, expect, it } from 'vitest';
import { checkDraft, validateGuidelines } from '@/utils/checks';
import { guidelinesOf, onlyCategory } from './check-helpers';

const voice = onlyCategory('voice');
const findings = (text: string, rule: Record<string, unknown>) =>
  checkDraft(text, { platform: 'linkedin', guidelines: guidelinesOf({ kind: 'capitalization', ...rule }) })
    .filter(voice)
    .map((f) => ({ text: text.slice(f.start, f.end), message: f.message, suggestions: f.suggestions }));

describe('capitalization (Vale kind)', () => {
  // Vale testdata/fixtures/checks/SentenceCase with demo.SentenceCase: only the last two headings fail.
  it('flags a paragraph not in sentence case, with the sentence-cased text as the suggestion', () => {
    const rule = {
      match: '$sentence',
      message: "'%s' should be sentence-cased",
      exceptions: ['Section', 'Level', 'Title'],
    };
    expect(findings("This isn't wrong\n\nthis isn't in sentence case\n\nThis Does Not Comply", rule)).toEqual(
      [
        {
          text: "this isn't in sentence case",
          message: "'this isn't in sentence case' should be sentence-cased",
          suggestions: ["This isn't in sentence case"],
        },
        {
          text: 'This Does Not Comply',
          message: "'This Does Not Comply' should be sentence-cased",
          suggestions: ['This does not comply'],
        },
      ],
    );
    expect(findings('Level 1 Section Title', rule)).toEqual([]);
  });

  it('checks title case in AP or Chicago style, passing at the threshold', () => {
    const rule = { match: '$title', message: '%s → %s' };
    expect(findings('Section About the MacBook Pro', rule)).toEqual([]);
    // Chicago also lower-cases long prepositions; AP capitalizes them.
    const walk = 'A Walk Through the Park Along the River';
    expect(findings(walk, { ...rule, style: 'Chicago' }).map((f) => f.suggestions)).toEqual([
      ['A Walk through the Park along the River'],
    ]);
    expect(findings(walk, rule)).toEqual([]);
    // 3 of 4 words right is below the default threshold of 0.8, but above 0.7.
    expect(findings('Section about the Edition', rule)).toHaveLength(1);
    expect(findings('Section about the Edition', { ...rule, threshold: 0.7 })).toEqual([]);
  });

  it('checks $lower, $upper and a pattern, sentence by sentence when asked', () => {
    expect(findings('all quiet here. Not here.', { match: '$lower', scope: 'sentence' })).toEqual([
      { text: 'Not here.', message: 'Not here.', suggestions: undefined },
    ]);
    expect(findings('LOUD\n\nquiet', { match: '$upper' }).map((f) => f.text)).toEqual(['quiet']);
    expect(findings('Intro: text\n\nno colon', { match: ':' }).map((f) => f.text)).toEqual(['no colon']);
  });

  it('refuses an invalid pattern when the rule is saved', () => {
    const result = validateGuidelines({
      rules: [{ id: 'c', kind: 'capitalization', message: 'm', severity: 'info', match: '(unclosed' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('rules[0].match (rule "c")');
  });
});
