import * as z from 'zod/mini';

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
export const PlatformIdSchema = z.enum(PLATFORM_IDS);
export type PlatformId = z.infer<typeof PlatformIdSchema>;

export const JURISDICTIONS = ['US', 'UK', 'DE', 'FR', 'EU', 'IN'] as const;
export const JurisdictionSchema = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

export const RELATIONSHIPS = [
  'none',
  'paid',
  'gifted',
  'affiliate',
  'employee',
  'own-product',
  'unknown',
] as const;
export const RelationshipSchema = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof RelationshipSchema>;

export const CATEGORIES = ['platform', 'voice', 'disclosure', 'copyright', 'claims'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

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
