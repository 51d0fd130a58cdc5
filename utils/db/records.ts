import * as z from 'zod/mini';
import { type Guidelines, GuidelinesSchema } from '../checks/guidelines';
import { JurisdictionSchema, PLATFORM_IDS, PlatformIdSchema, RelationshipSchema } from '../checks/types';

/**
 * What each table holds. Every record is parsed with these schemas when it is read, so a damaged or
 * hand-edited row is reported instead of flowing into the UI.
 */

const Id = z.string().check(z.minLength(1), z.maxLength(100));
const Timestamp = z.number().check(z.int(), z.nonnegative());
const ShortText = z.string().check(z.maxLength(500));
const LongText = z.string().check(z.maxLength(200_000));
const PerPlatformText = z.partialRecord(PlatformIdSchema, LongText);

/** An account a brand posts from, as the site's adapter reads it from the page (handle without `@`). */
export const BrandAccountSchema = z.object({
  platform: PlatformIdSchema,
  handle: z.string().check(z.regex(/^[\p{L}\p{N}_.-]{1,100}$/u, 'a handle without @, e.g. acme_support')),
});
export type BrandAccount = z.infer<typeof BrandAccountSchema>;

/** A team's shared pack the brand follows; its rules replace the brand's own at each refresh. */
export const PackSubscriptionSchema = z.object({
  url: z.url({ protocol: /^https$/, error: 'a pack URL must start with https://' }),
  /** The server's ETag of the copy we hold, sent back as If-None-Match. */
  etag: z.optional(ShortText),
  /** The pack's own `guidelines.version` of the copy we hold. */
  packVersion: z.optional(z.number().check(z.int())),
  /** When the rules last changed from the pack. */
  updatedAt: z.optional(Timestamp),
  checkedAt: z.optional(Timestamp),
  /** Why the last refresh kept the previous copy; absent after a good refresh. */
  lastError: z.optional(ShortText),
});
export type PackSubscription = z.infer<typeof PackSubscriptionSchema>;

/** `en`, `de`, `pt-BR`: the language of a post, for choosing the brand's disclosure wording. */
export const LanguageTagSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language tag such as en or pt-BR'));

export const BrandSchema = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The brand's voice rules, checked in full (patterns included) on every write and read. */
  guidelines: GuidelinesSchema,
  /** Rules switched off for this brand: kept (and exported) but not checked. */
  disabledRules: z.array(Id),
  jurisdictions: z.array(JurisdictionSchema),
  defaultRelationship: RelationshipSchema,
  /** Preferred disclosure label per post language, e.g. `{ en: '#ad', de: 'Anzeige' }`. */
  disclosureWording: z.record(LanguageTagSchema, z.string().check(z.minLength(1), z.maxLength(100))),
  /** Accounts this brand posts from; the strongest signal for picking the brand on a page. */
  accounts: z.array(BrandAccountSchema),
  /** Sites where this brand applies when no listed account is seen. */
  sites: z.array(PlatformIdSchema),
  /** The brand used where no account or site picks another. */
  isDefault: z.boolean(),
  subscription: z.optional(PackSubscriptionSchema),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Brand = z.infer<typeof BrandSchema>;

const RULE_KINDS = [
  'existence',
  'substitution',
  'occurrence',
  'conditional',
  'repetition',
  'readability',
  'consistency',
];

/**
 * How a stored brand is checked on read: the guidelines' shape, not their patterns. Every write went through
 * BrandSchema, whose pattern-safety analysis takes up to a second per brand and gives up under heavy load; on
 * read that would slow every page's first check and could drop a good brand on a busy machine.
 */
export const StoredBrandSchema = z.extend(BrandSchema, {
  guidelines: z.custom<Guidelines>((value) => {
    const rules = (value as { rules?: unknown } | null)?.rules;
    return (
      Array.isArray(rules) &&
      rules.every(
        (rule: { id?: unknown; kind?: unknown; message?: unknown } | null) =>
          typeof rule?.id === 'string' &&
          RULE_KINDS.includes(String(rule.kind)) &&
          typeof rule.message === 'string',
      )
    );
  }, 'guidelines must be { rules: [...] } with an id, a known kind and a message per rule'),
});

export const CALENDAR_STATUSES = [
  'idea',
  'draft',
  'in-review',
  'approved',
  'scheduled',
  'published',
] as const;

export const CalendarEntrySchema = z.object({
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Epoch milliseconds (UTC); shown in `timeZone`. */
  at: Timestamp,
  timeZone: ShortText,
  platforms: z.array(PlatformIdSchema),
  status: z.enum(CALENDAR_STATUSES),
  campaign: z.optional(ShortText),
  drafts: PerPlatformText,
  relationship: RelationshipSchema,
  partnerBrand: z.optional(ShortText),
  notes: z.optional(LongText),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

export const SavedReplySchema = z.object({
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  body: LongText,
  shortcut: z.optional(z.string().check(z.regex(/^[\p{L}\p{N}_-]{1,40}$/u))),
  tags: z.array(ShortText),
  platforms: z.array(PlatformIdSchema),
  /** Shorter text per platform, used where the body would exceed that platform's limit. */
  variants: PerPlatformText,
  usageCount: z.number().check(z.int(), z.nonnegative()),
  lastUsedAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SavedReply = z.infer<typeof SavedReplySchema>;

export const MetricsSnapshotSchema = z.object({
  readAt: Timestamp,
  replies: z.optional(z.number().check(z.nonnegative())),
  reposts: z.optional(z.number().check(z.nonnegative())),
  likes: z.optional(z.number().check(z.nonnegative())),
  views: z.optional(z.number().check(z.nonnegative())),
});
export type MetricsSnapshot = z.infer<typeof MetricsSnapshotSchema>;

/** The eleven sites, plus `web` for anything saved from the context menu elsewhere. */
export const RESEARCH_PLATFORMS = [...PLATFORM_IDS, 'web'] as const;
export const ResearchPlatformSchema = z.enum(RESEARCH_PLATFORMS);
export type ResearchPlatform = z.infer<typeof ResearchPlatformSchema>;

/** Only web links: the dashboard renders permalinks as links, so `javascript:` and friends never get in. */
const WebUrl = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s]+$/i));
const Tags = z.array(ShortText).check(z.maxLength(200));

export const MEDIA_KINDS = ['none', 'image', 'video', 'link', 'mixed'] as const;

/**
 * A post as read from a page at one moment. Whatever the page didn't show is absent and named in `missing`,
 * never guessed.
 */
export const CapturedPostSchema = z.object({
  platform: ResearchPlatformSchema,
  /** The site's own id (status id, urn, thingid …), when the page shows one. */
  postId: z.optional(ShortText),
  permalink: z.optional(WebUrl),
  author: z.object({ name: z.optional(ShortText), handle: z.optional(ShortText) }),
  text: LongText,
  publishedAt: z.optional(Timestamp),
  metrics: MetricsSnapshotSchema,
  media: z.object({ kind: z.enum(MEDIA_KINDS), count: z.number().check(z.int(), z.nonnegative()) }),
  hashtags: Tags,
  mentions: Tags,
  isAd: z.boolean(),
  isRepost: z.boolean(),
  /** Who reposted it into the feed, when `isRepost`. */
  repostedBy: z.optional(ShortText),
  missing: Tags,
  source: z.enum(['feed', 'selection', 'link', 'page']),
});
export type CapturedPost = z.infer<typeof CapturedPostSchema>;

export const ResearchPostSchema = z.object({
  ...CapturedPostSchema.shape,
  id: Id,
  /** One snapshot per save of the same permalink, oldest first. */
  metrics: z.array(MetricsSnapshotSchema),
  tags: Tags,
  collections: Tags,
  notes: z.optional(LongText),
  savedAt: Timestamp,
});
export type ResearchPost = z.infer<typeof ResearchPostSchema>;

export const SettingSchema = z.object({ key: ShortText, value: z.unknown() });
export type Setting = z.infer<typeof SettingSchema>;
