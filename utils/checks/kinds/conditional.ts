import type { DraftContext } from '../context';
import { exists, findAll } from '../find';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';

/** Vale `conditional`: each match of `first` needs a match of `second` somewhere in the draft. */
export function conditional(draft: DraftContext, rule: RuleOf<'conditional'>): Finding[] {
  const ignorecase = rule.ignorecase ?? false;
  const firsts = findAll(draft, rule.first, { ignorecase, wordBounded: false });
  if (firsts.length === 0) return [];
  if (exists(draft, rule.second, { ignorecase, wordBounded: false })) return [];
  return firsts.map((match) =>
    ruleFinding(rule, match.start, match.end, formatMessage(rule.message, match.text)),
  );
}
