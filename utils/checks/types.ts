/**
 * The engine's vocabulary as plain constants and types: content scripts import this, so it holds no zod schema
 * (their schemas are in ./schemas.ts, for the background and the dashboard).
 */
export const PLATFORM_IDS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'tiktok',
  'youtube',
  'pinterest',
  'reddit',
  'bluesky',
  'mastodon',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const JURISDICTIONS = ['US', 'UK', 'DE', 'FR', 'EU', 'IN'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const RELATIONSHIPS = [
  'none',
  'paid',
  'gifted',
  'affiliate',
  'employee',
  'own-product',
  'unknown',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const CATEGORIES = ['platform', 'voice', 'disclosure', 'copyright', 'claims', 'privacy'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * One problem in a draft. `start`/`end` are UTF-16 offsets into the checked text, so
 * `text.slice(start, end)` is the flagged span; a finding about the whole draft has start = end = 0.
 */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  /** Replacement strings for the span. */
  suggestions?: string[];
  /** URL of the rule or law behind the finding. */
  source?: string;
}

export interface SavedPostLike {
  id: string;
  text: string;
  author?: string;
  platform?: PlatformId;
}

/** Whether a finding comes from the built-in check `ruleId`, not from a guideline rule that has that id. */
export function isBuiltInFinding(finding: Finding, ruleId: string): boolean {
  return finding.ruleId === ruleId && finding.category !== 'voice';
}
