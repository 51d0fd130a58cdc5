import type { DraftContext } from '../context';
import { findAll } from '../find';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';

/**
 * Vale `occurrence`: `token` (a regex, as written) may appear at most `max` and at least `min` times. Too many:
 * the finding covers the occurrences past `max`. Too few: a finding about the whole draft.
 */
export function occurrence(draft: DraftContext, rule: RuleOf<'occurrence'>): Finding[] {
  const matches = findAll(draft, rule.token, { ignorecase: rule.ignorecase ?? false, wordBounded: false });
  if (rule.max !== undefined && matches.length > rule.max) {
    const first = matches[rule.max];
    const last = matches[matches.length - 1];
    if (first && last) {
      return [ruleFinding(rule, first.start, last.end, formatMessage(rule.message, String(matches.length)))];
    }
  }
  if (rule.min !== undefined && matches.length < rule.min) {
    return [ruleFinding(rule, 0, 0, formatMessage(rule.message, String(matches.length)))];
  }
  return [];
}
