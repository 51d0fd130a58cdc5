import type { DraftContext } from '../context';
import { findAll } from '../find';
import type { RuleOf } from '../guidelines';
import { alternation, ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';
import { exceptionsOf, trimmedMatch } from '../vale';

/** Vale `existence`: any of `tokens` present is a finding. */
export function existence(draft: DraftContext, rule: RuleOf<'existence'>): Finding[] {
  const matches = findAll(draft, alternation(rule.tokens), {
    ignorecase: rule.ignorecase ?? false,
    wordBounded: !rule.nonword,
  });
  const exceptions = exceptionsOf(rule.exceptions);
  const findings: Finding[] = [];
  for (const match of matches) {
    const span = trimmedMatch(match);
    if (span.text === '' || exceptions.covers(span.text)) continue;
    findings.push(ruleFinding(rule, span.start, span.end, formatMessage(rule.message, span.text)));
  }
  return findings;
}
