import type { DraftContext } from '../context';
import { findAll, valeFindOptions, withinSentence } from '../find';
import type { RuleOf } from '../guidelines';
import { alternation, ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';
import { exceptionsOf, withinBlock } from '../vale';

/** Vale `existence`: any of `tokens` present is a finding. */
export function existence(draft: DraftContext, rule: RuleOf<'existence'>): Finding[] {
  const source = alternation(rule.tokens);
  const options = valeFindOptions(rule);
  const matches = findAll(draft, source, options);
  const exceptions = exceptionsOf(rule.exceptions);
  const findings: Finding[] = [];
  for (const found of matches) {
    const match = withinBlock(withinSentence(draft, source, options, found));
    // Vale tests exceptions against the trimmed match but reports the match itself, spaces included
    // (internal/check/existence.go: `observed` vs `loc`).
    const observed = match.text.trim();
    if (observed === '' || exceptions.covers(observed)) continue;
    findings.push(ruleFinding(rule, match.start, match.end, formatMessage(rule.message, match.text)));
  }
  return findings;
}
