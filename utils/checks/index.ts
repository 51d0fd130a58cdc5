import { countDraft } from './count';
import type { Guidelines } from './guidelines';
import { PLATFORM_LIMITS } from './packs/platform-limits';
import type { Finding, Jurisdiction, PlatformId, Relationship, SavedPostLike } from './types';

export { countDraft } from './count';
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
export * from './types';

export interface CheckOptions {
  platform: PlatformId;
  /** The brand's voice rules; `defaultGuidelines` when absent. */
  guidelines?: Guidelines;
  jurisdictions?: Jurisdiction[];
  relationship?: Relationship;
  savedPosts?: SavedPostLike[];
}

/** Checks a draft and returns what is wrong with it. Synchronous, pure, and never throws. */
export function checkDraft(text: string, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const { count, limit, overflowAt } = countDraft(text, options.platform);
  if (overflowAt !== null) {
    findings.push({
      ruleId: 'platform-length',
      category: 'platform',
      severity: 'error',
      start: overflowAt,
      end: text.length,
      message: `${count} / ${limit}: ${count - limit} over the limit for this platform.`,
      source: PLATFORM_LIMITS[options.platform].source,
    });
  }
  return findings;
}
