import type { Rule } from '@/utils/checks';
import { formatNumber, listOf, type MessageKey, plural, pluralWith, quoted, t } from '@/utils/i18n';
import { alternatives, withAlternatives } from '@/utils/i18n/finding-message';
import { CASE_CHOICES, SCOPE_CHOICES } from './RuleForm';

/**
 * How the rule list reads a rule to a social media manager: a title, a sentence of what it flags, its message as
 * a finding would show it. Regular expressions are kept for the "Advanced" part, as Vale styles are full of
 * them and they read as noise to anyone who did not write them.
 */

/** Characters that make a token a regular expression rather than a word (Vale's tokens are regexes). */
const PATTERN_SYNTAX = /[\\[\](){}|+*?^$]/;

export function isPattern(token: string): boolean {
  return PATTERN_SYNTAX.test(token);
}

/** The rule's words and the patterns among them, in the order the rule lists them; a metric's formula and a
 * capitalization's own pattern count as patterns. */
export function ruleTokens(rule: Rule): { words: string[]; patterns: string[] } {
  const split = (tokens: readonly string[]) => ({
    words: tokens.filter((token) => !isPattern(token)),
    patterns: tokens.filter(isPattern),
  });
  switch (rule.kind) {
    case 'existence':
    case 'repetition':
      return split(rule.tokens);
    case 'substitution':
      return split(Object.keys(rule.swap));
    case 'occurrence':
      return split([rule.token]);
    case 'conditional':
      return split([rule.first, rule.second]);
    case 'consistency':
      return split(Object.entries(rule.either).flat());
    case 'metric':
      return { words: [], patterns: [`${rule.formula.trim()} ${rule.condition.trim()}`] };
    case 'capitalization':
      return {
        words: [],
        patterns: CASE_CHOICES.some(([value]) => value === rule.match) ? [] : [rule.match],
      };
    case 'readability':
      return { words: [], patterns: [] };
  }
}

/** Words listed in a sentence before "and 12 more": a Vale style's 40 tokens would fill the screen. */
const LISTED = 8;

function shortList(items: readonly string[]): string {
  if (items.length <= LISTED) return listOf(items);
  return listOf([...items.slice(0, LISTED), plural('guidelinesSentenceMore', items.length - LISTED)]);
}

/** A capitalization rule's case in the words of the form; a pattern is left to the Advanced part. */
function caseName(match: string): string {
  const key: MessageKey | undefined = CASE_CHOICES.find(([value]) => value === match)?.[1];
  return key ? t(key) : t('guidelinesSentenceAPattern');
}

function scopeName(scope: string): string {
  const key: MessageKey | undefined = SCOPE_CHOICES.find(([value]) => value === scope)?.[1];
  return key ? t(key) : scope;
}

/** One sentence of what the rule flags, in the UI language, with no regular expression in it. */
export function ruleSentence(rule: Rule): string {
  const { words, patterns } = ruleTokens(rule);
  const wordList = shortList(words.map(quoted));
  switch (rule.kind) {
    case 'existence':
      return words.length ? t('guidelinesSentenceExistence', wordList) : t('guidelinesSentencePattern');
    case 'substitution': {
      const swaps = Object.entries(rule.swap)
        .filter(([wrong]) => !isPattern(wrong))
        .map(([wrong, right]) => t('guidelinesSentenceSwap', quoted(wrong), alternatives(right.split('|'))));
      return swaps.length
        ? t('guidelinesSentenceSubstitution', shortList(swaps))
        : t('guidelinesSentenceSubstitutionPattern');
    }
    case 'repetition':
      return words.length ? t('guidelinesSentenceRepetitionOf', wordList) : t('guidelinesSentenceRepetition');
    case 'occurrence': {
      const what = words.length ? wordList : t('guidelinesSentenceAPattern');
      if (rule.max !== undefined && rule.min !== undefined)
        return t('guidelinesSentenceOccurrenceBetween', what, formatNumber(rule.min), formatNumber(rule.max));
      return rule.max !== undefined
        ? pluralWith('guidelinesSentenceOccurrenceMax', rule.max, what)
        : pluralWith('guidelinesSentenceOccurrenceMin', rule.min ?? 0, what);
    }
    case 'conditional':
      return patterns.length
        ? t('guidelinesSentenceConditionalPattern')
        : t('guidelinesSentenceConditional', quoted(rule.second), quoted(rule.first));
    case 'consistency':
      return patterns.length
        ? t('guidelinesSentenceConsistencyPattern')
        : t(
            'guidelinesSentenceConsistency',
            shortList(
              Object.entries(rule.either).map(([a, b]) =>
                t('guidelinesSentenceEither', quoted(a), quoted(b)),
              ),
            ),
          );
    case 'readability':
      return t('guidelinesSentenceReadability', formatNumber(rule.grade));
    case 'capitalization':
      return t(
        'guidelinesSentenceCapitalization',
        caseName(rule.match),
        scopeName(rule.scope ?? 'paragraph'),
      );
    case 'metric':
      return t('guidelinesSentenceMetric');
  }
}

/**
 * The rule's message as a finding shows it: Vale's `%s` becomes the first word the rule flags (or "…" when it
 * only has patterns), so "“%s” sounds like a press release" reads "“synergy” sounds like a press release";
 * a substitution's becomes its replacements, every one of them as the finding card names them
 * (“hi everyone” / “hi all”), then the word it replaces.
 */
export function exampleMessage(rule: Rule): string {
  // A substitution's message names the replacement first, then what was written (Vale's order).
  const swap =
    rule.kind === 'substitution' ? Object.entries(rule.swap).find(([wrong]) => !isPattern(wrong)) : undefined;
  const examples = swap ? [swap[1], swap[0]] : [ruleTokens(rule).words[0] ?? '…'];
  let next = 0;
  const message = rule.message.replace(/%s/g, () => examples[Math.min(next++, examples.length - 1)] ?? '…');
  return swap ? withAlternatives(message, swap[1].split('|')) : message;
}
