import type { Check } from '../context';
import { mergeFindings } from '../disclosure';
import {
  CLOSING_DATE,
  ELIGIBILITY,
  GIVEAWAY_SOURCES,
  giveawaySpan,
  isGiveaway,
  NO_PURCHASE,
  RULES_LINK,
} from '../packs/giveaway';
import type { Finding } from '../types';

/**
 * What the giveaway post itself must say per market: US "No purchase necessary" and a link to the official
 * rules; UK the closing date and who may enter.
 */
export const giveawayTerms: Check = (draft) => {
  const { text } = draft;
  if (!isGiveaway(draft.lower)) return [];
  const span = giveawaySpan(text);
  const findings: Finding[] = [];
  if (draft.jurisdictions.includes('US')) {
    const missing = [
      NO_PURCHASE.test(text) ? null : '"No purchase necessary"',
      RULES_LINK.test(text) ? null : 'a link to the official rules',
    ].filter(Boolean);
    if (missing.length) {
      findings.push({
        ruleId: 'giveaway-terms',
        category: 'disclosure',
        severity: 'warning',
        ...span,
        message: `US sweepstakes: add ${missing.join(' and ')}.`,
        source: GIVEAWAY_SOURCES.US,
      });
    }
  }
  if (draft.jurisdictions.includes('UK')) {
    const missing = [
      CLOSING_DATE.test(text) ? null : 'the closing date',
      ELIGIBILITY.test(text) ? null : 'who can enter (age, residency)',
    ].filter(Boolean);
    if (missing.length) {
      findings.push({
        ruleId: 'giveaway-terms',
        category: 'disclosure',
        severity: 'warning',
        ...span,
        message: `UK (ASA): state ${missing.join(' and ')} in the post.`,
        source: GIVEAWAY_SOURCES.UK,
      });
    }
  }
  return mergeFindings(findings);
};
