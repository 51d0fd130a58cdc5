import type { DraftContext } from '../context';
import type { RuleOf } from '../guidelines';
import { compilePattern, formatMessage, wordMatches } from '../text';
import type { Finding } from '../types';
import { alternation, ruleFinding } from './rule-finding';

/**
 * Vale `substitution`: each `swap` key found is replaced by its value (`a|b` offers both). A match that is
 * already the preferred form (`iPhone` under an ignorecase `iphone: iPhone`) is not flagged.
 */
export function substitution(draft: DraftContext, rule: RuleOf<'substitution'>): Finding[] {
  const wordBounded = !rule.nonword;
  const ignorecase = rule.ignorecase ?? false;
  const entries = Object.entries(rule.swap);
  const regex = compilePattern(alternation(entries.map(([wrong]) => wrong)), ignorecase, wordBounded);
  if (!regex) return [];
  const findings: Finding[] = [];
  for (const match of wordMatches(regex, draft.text, draft.entities, wordBounded)) {
    // The combined regex says that something matched; the key that did is found by testing the few keys.
    const entry = entries.find(([wrong]) =>
      compilePattern(`^(?:${wrong})$`, ignorecase, false)?.test(match.text),
    );
    if (!entry) continue;
    const preferred = entry[1].split('|').filter(Boolean);
    if (preferred.includes(match.text)) continue;
    findings.push(
      ruleFinding(
        rule,
        match.start,
        match.end,
        formatMessage(rule.message, preferred.join('" or "'), match.text),
        preferred,
      ),
    );
  }
  return findings;
}
