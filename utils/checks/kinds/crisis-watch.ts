import type { Check } from '../context';
import { wholePhrases } from '../text';
import { type Finding, worded } from '../types';

const patterns = new WeakMap<readonly string[], RegExp | null>();

/**
 * The brand's watch list of sensitive terms (a recalled product, an incident's place): each one in a draft is
 * a warning to read the post again, and an error while the brand is in crisis mode, when a careless word
 * costs the most.
 */
export const crisisWatch: Check = (draft) => {
  const terms = draft.watchTerms;
  if (terms.length === 0) return [];
  if (!patterns.has(terms)) patterns.set(terms, wholePhrases(terms));
  const pattern = patterns.get(terms);
  if (!pattern) return [];
  const findings: Finding[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(draft.text); match !== null; match = pattern.exec(draft.text)) {
    const word = match[0];
    findings.push({
      ruleId: 'crisis-watch',
      category: 'claims',
      severity: draft.crisis ? 'error' : 'warning',
      start: match.index,
      end: match.index + word.length,
      message: draft.crisis
        ? `“${word}” is on the brand’s watch list, and the brand is in crisis mode (${draft.crisis.reason}). Leave it out, or have the post cleared by whoever leads the response.`
        : `“${word}” is on the brand’s watch list of sensitive terms: read the post again with that in mind.`,
      wording: draft.crisis
        ? worded('findingCrisisWatchCrisis', word, draft.crisis.reason)
        : worded('findingCrisisWatch', word),
    });
  }
  return findings;
};
