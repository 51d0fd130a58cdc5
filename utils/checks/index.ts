import { type Check, type CheckOptions, DraftContext } from './context';
import type { Rule } from './guidelines';
import { conditional } from './kinds/conditional';
import { consistency } from './kinds/consistency';
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
import { linkLimit } from './kinds/link-limit';
import { mentionLimit } from './kinds/mention-limit';
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

/** The built-in checks; each lives in kinds/<rule id>.ts. */
const BUILT_IN_CHECKS: readonly Check[] = [
  platformLength,
  hashtagLimit,
  mentionLimit,
  linkLimit,
  disclosureMissing,
  disclosureAmbiguous,
  disclosurePlacement,
  nativeLabel,
  giveawayRelease,
  giveawayMechanics,
  giveawayTerms,
  repostCredit,
  quoteSource,
  stockPhoto,
  similarPost,
  registeredMark,
  healthClaim,
  financialClaim,
  // Personal data repeated in a public post (privacy.ts holds what they share).
  privacyEmail,
  privacyPhone,
  privacyIban,
  privacyCard,
  privacyOrderNumber,
  privacyAddress,
];

function runRule(draft: DraftContext, rule: Rule): Finding[] {
  switch (rule.kind) {
    case 'existence':
      return existence(draft, rule);
    case 'substitution':
      return substitution(draft, rule);
    case 'occurrence':
      return occurrence(draft, rule);
    case 'conditional':
      return conditional(draft, rule);
    case 'repetition':
      return repetition(draft, rule);
    case 'readability':
      return readability(draft, rule);
    case 'consistency':
      return consistency(draft, rule);
    default:
      return [];
  }
}

/**
 * Checks a draft and returns what is wrong with it, in text order. Synchronous, pure, and never throws: a
 * check that fails on some odd input is skipped so the others still report.
 */
export function checkDraft(text: string, options: CheckOptions): Finding[] {
  if (typeof text !== 'string' || !options) return [];
  const draft = new DraftContext(text, options);
  const findings: Finding[] = [];
  for (const check of BUILT_IN_CHECKS) {
    try {
      findings.push(...check(draft));
    } catch {
      // A bug in one check must not silence the rest.
    }
  }
  const rules = Array.isArray(draft.guidelines?.rules) ? draft.guidelines.rules : [];
  for (const rule of rules) {
    if (rule.platforms && !rule.platforms.includes(draft.platform)) continue;
    try {
      findings.push(...runRule(draft, rule));
    } catch {
      // Same: a malformed rule that slipped past validation costs only its own findings.
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
