import { draftBlocks } from '../blocks';
import type { DraftContext } from '../context';
import { findAll, type Match } from '../find';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';

type Rule = RuleOf<'occurrence'>;

function judge(rule: Rule, matches: readonly Match[], at: number, pastMax: boolean): Finding[] {
  const count = matches.length;
  const over = rule.max !== undefined && count > rule.max;
  const under = rule.min !== undefined && count < rule.min;
  if (!over && !under) return [];
  const message = formatMessage(rule.message, String(count));
  const from = over && pastMax ? (rule.max as number) : 0;
  const first = matches.slice(from).find((match) => match.text.trim() !== '');
  const last = matches[matches.length - 1];
  // No occurrence to point at: Vale marks the start of the text (a whole-post finding here).
  if (!first || !last) return count === 0 ? [ruleFinding(rule, at, at, message)] : [];
  return [ruleFinding(rule, first.start, last.end, message)];
}

/** The index of the first match that starts at or after `at` (matches are in text order). */
function firstAtOrAfter(matches: readonly Match[], at: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((matches[mid] as Match).start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Vale `occurrence`: `token` (a regex, as written) may appear at most `max` and at least `min` times in each
 * block of the scope (the post, each paragraph or each sentence). Vale puts the alert at the first match
 * (internal/check/occurrence.go). In a paragraph or sentence the finding starts there and runs to the last
 * match (the sentence is too long); over the whole post it covers the matches past `max` (the fourth hashtag
 * is the one to remove), a difference from Vale. None at all: a finding at the start of the block. `max: 0` forbids the token (in Vale
 * it means no limit; the rule form offers "at most 0" and means it).
 */
export function occurrence(draft: DraftContext, rule: Rule): Finding[] {
  const matches = findAll(draft, rule.token, { ignorecase: rule.ignorecase ?? false, wordBounded: false });
  const scope = rule.scope;
  if (!scope) return judge(rule, matches, 0, true);
  // The blocks are the same for every rule of a scope; the matches of one block are a run of the sorted
  // matches (a match that starts in the block but ends past it belongs to none, as before).
  const blocks = draftBlocks(draft, scope);
  const findings: Finding[] = [];
  for (const { start, end } of blocks) {
    const inBlock: Match[] = [];
    for (let i = firstAtOrAfter(matches, start); i < matches.length; i++) {
      const match = matches[i] as Match;
      if (match.start >= end) break;
      if (match.end <= end) inBlock.push(match);
    }
    findings.push(...judge(rule, inBlock, start, false));
  }
  return findings;
}
