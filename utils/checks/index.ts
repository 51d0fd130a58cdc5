import { type Check, type CheckOptions, DraftContext } from './context';
import { abandonedFinding, abandonRule, overBudget, recordCheckFailure } from './diagnostics';
import type { Rule, RuleKind, RuleOf } from './guidelines';
import { bannedPromotion } from './kinds/banned-promotion';
import { capitalization } from './kinds/capitalization';
import { conditional } from './kinds/conditional';
import { consistency } from './kinds/consistency';
import { crisisWatch } from './kinds/crisis-watch';
import { cryptoDisclaimer } from './kinds/crypto-disclaimer';
import { disclosureAmbiguous } from './kinds/disclosure-ambiguous';
import { disclosureMissing } from './kinds/disclosure-missing';
import { disclosurePlacement } from './kinds/disclosure-placement';
import { existence } from './kinds/existence';
import { financialClaim } from './kinds/financial-claim';
import { giveawayMechanics } from './kinds/giveaway-mechanics';
import { giveawayRelease } from './kinds/giveaway-release';
import { giveawayTerms } from './kinds/giveaway-terms';
import { hashtagLimit } from './kinds/hashtag-limit';
import { healthClaim } from './kinds/health-claim';
import { imageMention } from './kinds/image-mention';
import { invalidCharacters } from './kinds/invalid-characters';
import { linkLimit } from './kinds/link-limit';
import { linkUtm } from './kinds/link-utm';
import { mentionLimit } from './kinds/mention-limit';
import { metric } from './kinds/metric';
import { nativeLabel } from './kinds/native-label';
import { occurrence } from './kinds/occurrence';
import { platformLength } from './kinds/platform-length';
import { privacyAddress } from './kinds/privacy-address';
import { privacyCard } from './kinds/privacy-card';
import { privacyEmail } from './kinds/privacy-email';
import { privacyIban } from './kinds/privacy-iban';
import { privacyOrderNumber } from './kinds/privacy-order-number';
import { privacyPhone } from './kinds/privacy-phone';
import { quoteSource } from './kinds/quote-source';
import { readability } from './kinds/readability';
import { registeredMark } from './kinds/registered-mark';
import { repetition } from './kinds/repetition';
import { repostCredit } from './kinds/repost-credit';
import { similarPost } from './kinds/similar-post';
import { stockPhoto } from './kinds/stock-photo';
import { substitution } from './kinds/substitution';
import type { Finding } from './types';

export type { CheckOptions } from './context';
export { countDraft, type DraftCount } from './count';
export { type CheckFailure, checkFailures, clearCheckFailures, takeCheckFailures } from './diagnostics';
export {
  type Guidelines,
  type GuidelinesInput,
  GuidelinesSchema,
  type GuidelinesValidation,
  type Mark,
  READABILITY_METRICS,
  type Rule,
  type RuleKind,
  RuleSchema,
  validateGuidelines,
} from './guidelines';
export { defaultGuidelines } from './packs/default-guidelines';
export { explainUnsafePattern } from './pattern-safety';
export type { PrivacyOptions } from './privacy';
export * from './types';
export type { UtmOptions } from './utm';

/**
 * The built-in checks by rule id; each lives in kinds/<rule id>.ts. Their findings never have the category
 * `voice`, which is the category of every guideline rule's finding: `(category, ruleId)` names a rule even
 * when a brand calls one of its rules like a built-in check (see `isBuiltInFinding`).
 */
const BUILT_IN_CHECKS: readonly (readonly [string, Check])[] = [
  ['platform-length', platformLength],
  ['invalid-characters', invalidCharacters],
  ['hashtag-limit', hashtagLimit],
  ['mention-limit', mentionLimit],
  ['link-limit', linkLimit],
  ['link-utm', linkUtm],
  ['disclosure-missing', disclosureMissing],
  ['disclosure-ambiguous', disclosureAmbiguous],
  ['disclosure-placement', disclosurePlacement],
  ['native-label', nativeLabel],
  ['banned-promotion', bannedPromotion],
  ['image-mention', imageMention],
  ['crypto-disclaimer', cryptoDisclaimer],
  ['giveaway-release', giveawayRelease],
  ['giveaway-mechanics', giveawayMechanics],
  ['giveaway-terms', giveawayTerms],
  ['repost-credit', repostCredit],
  ['quote-source', quoteSource],
  ['stock-photo', stockPhoto],
  ['similar-post', similarPost],
  ['registered-mark', registeredMark],
  ['health-claim', healthClaim],
  ['financial-claim', financialClaim],
  // Personal data repeated in a public post (privacy.ts holds what they share).
  ['privacy-email', privacyEmail],
  ['privacy-phone', privacyPhone],
  ['privacy-iban', privacyIban],
  ['privacy-card', privacyCard],
  ['privacy-order-number', privacyOrderNumber],
  ['privacy-address', privacyAddress],
  // The brand's sensitive terms, errors during its crisis mode.
  ['crisis-watch', crisisWatch],
];

/** The ids of the built-in checks, in the order they run (the tests check each one's findings). */
export const BUILT_IN_RULE_IDS: readonly string[] = BUILT_IN_CHECKS.map(([ruleId]) => ruleId);

/** Each rule kind's check, one file per kind; typed so that every kind has exactly one. */
const RULE_CHECKS: { [K in RuleKind]: (draft: DraftContext, rule: RuleOf<K>) => Finding[] } = {
  existence,
  substitution,
  occurrence,
  conditional,
  repetition,
  readability,
  consistency,
  capitalization,
  metric,
};

function runRule(draft: DraftContext, rule: Rule): Finding[] {
  // Stored kinds are validated on read (StoredBrandSchema); one that slipped past anyway has no check and
  // throws, which checkDraft counts as that rule's failure in Check diagnostics instead of hiding it.
  const check = RULE_CHECKS[rule.kind] as ((draft: DraftContext, rule: Rule) => Finding[]) | undefined;
  if (!check) throw new Error(`No check for the rule kind “${String(rule.kind)}”.`);
  return check(draft, rule);
}

/**
 * Checks a draft and returns what is wrong with it, in text order. Synchronous, pure, and never throws: a
 * check that fails on some odd input is skipped so the others still report, and the failure is counted
 * (`checkFailures()`) so it is seen in Settings and fails the tests.
 */
export function checkDraft(text: string, options: CheckOptions): Finding[] {
  if (typeof text !== 'string' || !options) return [];
  const draft = new DraftContext(text, options);
  const findings: Finding[] = [];
  for (const [ruleId, check] of BUILT_IN_CHECKS) {
    try {
      findings.push(...check(draft));
    } catch (error) {
      recordCheckFailure('built-in', ruleId, error);
    }
  }
  const rules = Array.isArray(draft.guidelines?.rules) ? draft.guidelines.rules : [];
  for (const rule of rules) {
    if (rule.platforms && !rule.platforms.includes(draft.platform)) continue;
    const stopped = abandonedFinding(rule);
    if (stopped) {
      findings.push(stopped);
      continue;
    }
    const started = performance.now();
    try {
      findings.push(...runRule(draft, rule));
    } catch (error) {
      recordCheckFailure('guideline', rule.id, error);
    }
    const elapsed = performance.now() - started;
    if (overBudget(rule, elapsed)) {
      abandonRule(rule, elapsed);
      findings.push(abandonedFinding(rule) as Finding);
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
