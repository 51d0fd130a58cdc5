import type { DraftContext } from '../context';
import { findAll } from '../find';
import type { RuleOf } from '../guidelines';
import { alternation, ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';

/** Vale `existence`: any of `tokens` present is a finding. */
export function existence(draft: DraftContext, rule: RuleOf<'existence'>): Finding[] {
  const matches = findAll(draft, alternation(rule.tokens), {
    ignorecase: rule.ignorecase ?? false,
    wordBounded: !rule.nonword,
  });
  return matches.map((match) =>
    ruleFinding(rule, match.start, match.end, formatMessage(rule.message, match.text)),
  );
}
