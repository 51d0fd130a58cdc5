import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import { compilePattern, formatMessage, wordMatches } from '../text';
import type { Finding } from '../types';
import { alternation, ruleFinding } from './rule-finding';

/** Vale `existence`: any of `tokens` present is a finding. */
export function existence(draft: DraftContext, rule: RuleOf<'existence'>): Finding[] {
  const wordBounded = !rule.nonword;
  const regex = compilePattern(alternation(rule.tokens), rule.ignorecase ?? false, wordBounded);
  if (!regex) return [];
  const findings: Finding[] = [];
  for (const match of wordMatches(regex, draft.text, draft.entities, wordBounded)) {
    findings.push(ruleFinding(rule, match.start, match.end, formatMessage(rule.message, match.text)));
  }
  return findings;
}
