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
import { type Finding, worded } from '../types';

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
    const noPurchase = !NO_PURCHASE.test(text);
    const rules = !RULES_LINK.test(text);
    const missing = [
      noPurchase ? '"No purchase necessary"' : null,
      rules ? 'a link to the official rules' : null,
    ].filter(Boolean);
    if (missing.length) {
      findings.push({
        ruleId: 'giveaway-terms',
        category: 'disclosure',
        severity: 'warning',
        ...span,
        message: `US sweepstakes: add ${missing.join(' and ')}.`,
        source: GIVEAWAY_SOURCES.US,
        wording: worded(
          noPurchase && rules
            ? 'findingGiveawayUsBoth'
            : noPurchase
              ? 'findingGiveawayUsNoPurchase'
              : 'findingGiveawayUsRules',
        ),
      });
    }
  }
  if (draft.jurisdictions.includes('UK')) {
    const closing = !CLOSING_DATE.test(text);
    const eligibility = !ELIGIBILITY.test(text);
    const missing = [
      closing ? 'the closing date' : null,
      eligibility ? 'who can enter (age, residency)' : null,
    ].filter(Boolean);
    if (missing.length) {
      findings.push({
        ruleId: 'giveaway-terms',
        category: 'disclosure',
        severity: 'warning',
        ...span,
        message: `UK (ASA): state ${missing.join(' and ')} in the post.`,
        source: GIVEAWAY_SOURCES.UK,
        wording: worded(
          closing && eligibility
            ? 'findingGiveawayUkBoth'
            : closing
              ? 'findingGiveawayUkClosing'
              : 'findingGiveawayUkEligibility',
        ),
      });
    }
  }
  return mergeFindings(findings);
};
