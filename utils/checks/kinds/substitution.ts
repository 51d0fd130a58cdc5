import type { DraftContext } from '../context';
import { findAll } from '../find';
import type { RuleOf } from '../guidelines';
import { alternation, ruleFinding } from '../rule-finding';
import { compilePattern, formatMessage } from '../text';
import type { Finding } from '../types';

const swaps = new WeakMap<Record<string, string>, { entries: [string, string][]; source: string }>();

/** The swap's pairs and joined pattern, kept per rule so every keystroke reuses them. */
function swapsOf(swap: Record<string, string>) {
  let cached = swaps.get(swap);
  if (!cached) {
    const entries = Object.entries(swap);
    cached = { entries, source: alternation(entries.map(([wrong]) => wrong)) };
    swaps.set(swap, cached);
  }
  return cached;
}

/**
 * Vale `substitution`: each `swap` key found is replaced by its value (`a|b` offers both). A match that is
 * already the preferred form (`iPhone` under an ignorecase `iphone: iPhone`) is not flagged.
 */
export function substitution(draft: DraftContext, rule: RuleOf<'substitution'>): Finding[] {
  const wordBounded = !rule.nonword;
  const ignorecase = rule.ignorecase ?? false;
  const { entries, source } = swapsOf(rule.swap);
  const findings: Finding[] = [];
  for (const match of findAll(draft, source, { ignorecase, wordBounded })) {
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
