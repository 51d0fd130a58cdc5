import type { MessageKey } from '@/utils/i18n/message-key';

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
 * What a wording fills into its message: text as it is, a number in the UI language's digits ("1.250"), a list
 * of quoted items ("“a”, “b”" / "„a“, „b“"), another catalogue message (`{ key }`), or several wordings
 * joined with commas (`{ list }`: market names), as an aside in brackets (" (a, b)") or nothing if there are none.
 */
export type WordingArg =
  | string
  | number
  | readonly string[]
  | { key: MessageKey }
  | { list: readonly Wording[]; aside?: boolean };

/**
 * A finding's message as a catalogue key and its substitutions, so the UI shows it in its own language
 * (utils/i18n/finding-message.ts); `next` is the wording of a finding merged into this one, said after it.
 */
export interface Wording {
  key: MessageKey;
  args: readonly WordingArg[];
  next?: Wording;
}

/** The wording of a built-in check's finding: `message` stays the English text (logs, tests, exports). */
export function worded(key: MessageKey, ...args: WordingArg[]): Wording {
  return { key, args };
}

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
  /** The message in the catalogue's words, set by every built-in check (a guideline rule has its own text). */
  wording?: Wording;
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
