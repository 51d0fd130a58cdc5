import * as z from 'zod/mini';
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

export const BrandSchema = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The brand's voice rules; their shape is validated by the check engine's GuidelinesSchema. */
  guidelines: z.object({ rules: z.array(z.unknown()) }),
  jurisdictions: z.array(JurisdictionSchema),
  defaultRelationship: RelationshipSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Brand = z.infer<typeof BrandSchema>;

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
