import { draftBlocks } from '../blocks';
import type { DraftContext } from '../context';
import { findAll, type Match, valeFindOptions } from '../find';
import type { RuleOf } from '../guidelines';
import { ruleFinding } from '../rule-finding';
import { formatMessage } from '../text';
import type { Finding } from '../types';

/**
 * Vale `consistency` (internal/check/consistency.go `Run`): each pair is one `(?P<a>…)|(?P<b>…)` pattern run on
 * each paragraph in turn, and the variants seen are remembered for the rest of the draft. Once both have been
 * seen, every paragraph with a use of the pair gets one alert: its message holds the paragraph's last use,
 * and it is placed where that text first occurs in the paragraph (Vale's `makeAlert` searches for the text
 * rather than keeping the match's place). With `nonword` the variants match inside words too, as Vale then
 * leaves out its `\b` boundaries (`makeRegexp`).
 */
export function consistency(draft: DraftContext, rule: RuleOf<'consistency'>): Finding[] {
  const options = valeFindOptions(rule);
  const findings: Finding[] = [];
  for (const pair of Object.entries(rule.either)) {
    const uses = pair
      .flatMap((pattern, side) => findAll(draft, pattern, options).map((match) => ({ ...match, side })))
      .sort((x, y) => x.start - y.start);
    // One bit per spelling of the pair seen so far: 3 once both have been.
    let seen = 0;
    for (const block of draftBlocks(draft)) {
      let last: Match | undefined;
      for (const use of uses) {
        if (use.start >= block.start && use.end <= block.end) {
          seen |= use.side + 1;
          last = use;
        }
      }
      if (!last || seen < 3) continue;
      const at = draft.text.indexOf(last.text, block.start);
      findings.push(ruleFinding(rule, at, at + last.text.length, formatMessage(rule.message, last.text)));
    }
  }
  return findings;
}
