import * as z from 'zod/mini';
import { isTimeZone } from '../calendar/time';
import { JurisdictionSchema, PlatformIdSchema, RelationshipSchema } from '../checks/types';

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
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

/** Where an image, video or sound came from, as far as the right to post it goes. */
export const LICENCE_STATUSES = ['owned', 'licensed', 'requested', 'unknown'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/** The last instant a calendar can show: 9999-12-31T23:59:59.999Z. */
const LATEST_AT = 253_402_300_799_999;

/** Relationships in which the post must name the brand behind it, so the entry must too. */
export const RELATIONSHIPS_WITH_PARTNER = ['paid', 'gifted', 'affiliate'] as const;

export const CalendarAssetSchema = z.object({
  id: Id,
  name: z.string().check(
    z.refine((name) => name.trim().length > 0, 'Give each asset a name.'),
    z.maxLength(300, 'An asset name is at most 300 characters.'),
  ),
  ready: z.boolean(),
  licence: z.enum(LICENCE_STATUSES),
});
export type CalendarAsset = z.infer<typeof CalendarAssetSchema>;

export const CalendarEntrySchema = z
  .object({
    id: Id,
    title: z.string().check(
      z.refine((title) => title.trim().length > 0, 'Give the entry a title.'),
      z.maxLength(300, 'A title is at most 300 characters.'),
    ),
    /** Epoch milliseconds (UTC). */
    at: z
      .number('Pick a date and time.')
      .check(
        z.int('Pick a date and time.'),
        z.gte(0, 'Pick a date after 1970.'),
        z.lte(LATEST_AT, 'Pick a date before the year 10000.'),
      ),
    /** The IANA zone the time was picked in; views show it in the viewer's zone. */
    timeZone: z.string().check(z.refine(isTimeZone, 'Pick a time zone such as Europe/Berlin.')),
    platforms: z
      .array(PlatformIdSchema)
      .check(z.refine((ids) => new Set(ids).size === ids.length, 'A platform is listed twice.')),
    status: z.enum(CALENDAR_STATUSES),
    campaign: z.optional(ShortText),
    drafts: PerPlatformText,
    relationship: RelationshipSchema,
    partnerBrand: z.optional(ShortText),
    /** Images, videos and sounds the post needs, and whether we may use them. */
    assets: z.optional(z.array(CalendarAssetSchema).check(z.maxLength(100, 'At most 100 assets.'))),
    /** Research library posts this entry took inspiration from. */
    researchPostIds: z.optional(z.array(Id).check(z.maxLength(100, 'At most 100 research links.'))),
    notes: z.optional(LongText),
    /** UID of the iCalendar event this entry was imported from (or exported as), so re-imports don't repeat it. */
    icalUid: z.optional(ShortText),
    publishedAt: z.optional(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .check(
    z.refine(
      (entry) =>
        !(RELATIONSHIPS_WITH_PARTNER as readonly string[]).includes(entry.relationship) ||
        (entry.partnerBrand ?? '').trim().length > 0,
      { message: 'Name the partner brand of a paid, gifted or affiliate post.', path: ['partnerBrand'] },
    ),
  );
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
  replies: z.optional(z.number()),
  reposts: z.optional(z.number()),
  likes: z.optional(z.number()),
  views: z.optional(z.number()),
});

export const ResearchPostSchema = z.object({
  id: Id,
  platform: PlatformIdSchema,
  permalink: z.string().check(z.maxLength(2048)),
  author: z.object({ name: z.optional(ShortText), handle: z.optional(ShortText) }),
  text: LongText,
  publishedAt: z.optional(Timestamp),
  metrics: z.array(MetricsSnapshotSchema),
  media: z.object({ kind: z.enum(['none', 'image', 'video', 'link', 'mixed']), count: z.number() }),
  hashtags: z.array(ShortText),
  mentions: z.array(ShortText),
  tags: z.array(ShortText),
  notes: z.optional(LongText),
  isAd: z.boolean(),
  isRepost: z.boolean(),
  /** Parts the page didn't show when the post was saved; never filled with guesses. */
  missing: z.array(ShortText),
  savedAt: Timestamp,
});
export type ResearchPost = z.infer<typeof ResearchPostSchema>;

export const SettingSchema = z.object({ key: ShortText, value: z.unknown() });
export type Setting = z.infer<typeof SettingSchema>;
