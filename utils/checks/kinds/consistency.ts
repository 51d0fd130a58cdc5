import type { DraftContext } from '../context';
import { findAll } from '../find';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';

/**
 * Vale `consistency`: both spellings of an `either` pair in one draft. The spelling used first wins; each use
 * of the other one is flagged with the first one as the suggestion. With `nonword` the variants match inside
 * words too, as Vale then leaves out its `\b` boundaries (internal/check/consistency.go, `makeRegexp`).
 */
export function consistency(draft: DraftContext, rule: RuleOf<'consistency'>): Finding[] {
  const options = {
    ignorecase: rule.ignorecase ?? false,
    wordBounded: rule.nonword ? false : ('vale' as const),
    inLinks: true,
  };
  const findings: Finding[] = [];
  for (const pair of Object.entries(rule.either)) {
    const [a, b] = pair.map((pattern) => findAll(draft, pattern, options));
    const [firstA] = a ?? [];
    const [firstB] = b ?? [];
    if (!firstA || !firstB) continue;
    const [kept, other] = firstA.start < firstB.start ? [firstA, b ?? []] : [firstB, a ?? []];
    for (const match of other) {
      findings.push(
        ruleFinding(rule, match.start, match.end, formatMessage(rule.message, match.text), [kept.text]),
      );
    }
  }
  return findings;
}
