import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import { compilePattern, formatMessage, matchesOf, wordMatches } from '../text';
import type { Finding } from '../types';
import { ruleFinding } from './rule-finding';

/** Vale `conditional`: each match of `first` needs a match of `second` somewhere in the draft. */
export function conditional(draft: DraftContext, rule: RuleOf<'conditional'>): Finding[] {
  const ignorecase = rule.ignorecase ?? false;
  const first = compilePattern(rule.first, ignorecase, false);
  const second = compilePattern(rule.second, ignorecase, false);
  if (!first || !second) return [];
  const firsts = [...wordMatches(first, draft.text, draft.entities, false)];
  if (firsts.length === 0) return [];
  if (!matchesOf(second, draft.text, 1).next().done) return [];
  return firsts.map((match) =>
    ruleFinding(rule, match.start, match.end, formatMessage(rule.message, match.text)),
  );
}
