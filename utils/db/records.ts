import * as z from 'zod/mini';
import { isTimeZone } from '../calendar/time';
import { type Guidelines, GuidelinesSchema, RULE_KINDS } from '../checks/guidelines';
import { PARTNER_RELATIONSHIPS } from '../checks/partners';
import { explainUnsafePattern } from '../checks/pattern-safety';
import { JurisdictionSchema, PlatformIdSchema, RelationshipSchema } from '../checks/schemas';
import { type MessageKey, t } from '../i18n';
import { CapturedPostSchema, MetricsSnapshotSchema, Tags } from './captured-post';
import { Id, LongText, ShortText, Timestamp } from './fields';

/** A refusal in the UI language, read when the problem is found (so in the language of that moment). */
const refusal = (key: MessageKey) => ({ error: () => t(key) });

/**
 * What each table holds. Every record is parsed with these schemas when it is read, so a damaged or
 * hand-edited row is reported instead of flowing into the UI.
 */

const PerPlatformText = z.partialRecord(PlatformIdSchema, LongText);

/**
 * An account a brand posts from, as the site's adapter reads it from the page (handle without `@`). A
 * Mastodon account is its name with its server (`greenfingers@mastodon.social`), as Mastodon writes it under
 * each post: the name alone is someone else on another server. A LinkedIn account is the path of its page,
 * `company/lumen-labs` or `in/dana-whitfield`, as LinkedIn's posts link their author: a company and a member
 * may have the same slug.
 */
export const BrandAccountSchema = z.object({
  platform: PlatformIdSchema,
  handle: z
    .string()
    .check(
      z.regex(
        /^(?:(?:in|company)\/)?[\p{L}\p{N}_.-]{1,100}(?:@[\p{L}\p{N}.-]{1,253})?$/u,
        'a handle without @, e.g. acme_support (on Mastodon with its server: acme@mastodon.social; on LinkedIn the page’s path: company/acme)',
      ),
    ),
});
export type BrandAccount = z.infer<typeof BrandAccountSchema>;

/** A day as a date input gives it: `2026-12-31`. */
const DaySchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, refusal('recordDayFormat')));

/** A partner's account: the handle without `@`, as a brand's own accounts are written. */
export const PartnerHandleSchema = z.object({
  platform: PlatformIdSchema,
  handle: BrandAccountSchema.shape.handle,
});

/**
 * A creator or brand the brand has a contract with. A draft that mentions one of its handles or its name
 * during the contract, for one of its markets, is checked as its relationship (utils/checks/partners.ts).
 */
export const PartnerSchema = z
  .object({
    id: Id,
    name: z.string().check(
      z.refine((name) => name.trim().length > 0, refusal('recordPartnerNeedsName')),
      z.maxLength(200, refusal('recordPartnerNameTooLong')),
    ),
    /** The brand whose partner this is. */
    brandId: Id,
    handles: z.array(PartnerHandleSchema).check(z.maxLength(50, refusal('recordPartnerTooManyHandles'))),
    relationship: z.enum(PARTNER_RELATIONSHIPS),
    /** First and last day of the contract, both included; open-ended when absent. */
    from: z.optional(DaySchema),
    until: z.optional(DaySchema),
    /** Markets the contract covers; all of the brand's markets when empty. */
    markets: z.array(JurisdictionSchema),
    notes: z.optional(LongText),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .check(
    z.refine((partner) => !partner.from || !partner.until || partner.from <= partner.until, {
      error: () => t('recordPartnerEndsBeforeStart'),
      path: ['until'],
    }),
  );
export type Partner = z.infer<typeof PartnerSchema>;

/**
 * A crisis of one brand, from the moment the user switched crisis mode on (with a reason) until they
 * switched it off. At most one per brand is open (`endedAt` absent) at a time.
 */
export const CrisisSchema = z.object({
  id: Id,
  brandId: Id,
  reason: z.string().check(
    z.refine((reason) => reason.trim().length > 0, refusal('recordCrisisNeedsReason')),
    z.maxLength(500, refusal('recordCrisisReasonTooLong')),
  ),
  startedAt: Timestamp,
  endedAt: z.optional(Timestamp),
  /** Calendar entries this crisis paused and has not resumed yet. */
  pausedEntryIds: z.array(Id),
});
export type Crisis = z.infer<typeof CrisisSchema>;

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
  .check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, refusal('recordLanguageTag')));

/** One of the brand's published support contacts: an e-mail address, a phone number or a postal address. */
const SupportContact = z.string().check(
  z.refine((contact) => contact.trim().length > 0, refusal('recordSupportContactEmpty')),
  z.maxLength(300, refusal('recordSupportContactTooLong')),
);

/** An order or ticket number format, a regular expression the user typed: refused when unsafe or invalid. */
const OrderPattern = z.string().check(
  z.minLength(1, refusal('recordOrderPatternEmpty')),
  z.maxLength(200, refusal('recordOrderPatternTooLong')),
  z.superRefine((pattern, ctx) => {
    const why = explainUnsafePattern(pattern);
    if (why) ctx.addIssue({ code: 'custom', message: `\`${pattern}\` ${why}`, input: pattern });
  }),
);

/**
 * What the privacy checks know about the brand. Optional, and every field defaults, so brands stored before
 * it existed still parse.
 */
export const BrandPrivacySchema = z.object({
  /** Published support contacts: the brand may repeat these in public, so they are never flagged. */
  supportContacts: z._default(
    z.array(SupportContact).check(z.maxLength(50, refusal('recordTooManySupportContacts'))),
    [],
  ),
  /** Formats of the brand's order and ticket numbers (regular expressions), flagged in public posts. */
  orderPatterns: z._default(
    z.array(OrderPattern).check(z.maxLength(20, refusal('recordTooManyOrderPatterns'))),
    [],
  ),
  /** The saved reply that asks the customer to continue by direct message; the privacy fix inserts it. */
  dmReplyId: z.optional(Id),
});
export type BrandPrivacy = z.infer<typeof BrandPrivacySchema>;

/** A host name without scheme or path, e.g. `acme.example` or `shop.acme.example`. */
const HostName = z
  .string()
  .check(
    z.regex(/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u, refusal('recordHostName')),
  );

/** A content pillar of the brand's own list (utils/calendar/content-mix.ts). */
const OwnPillarSchema = z.object({
  name: z.string().check(
    z.refine((name) => name.trim().length > 0, refusal('recordPillarNeedsName')),
    z.maxLength(60, refusal('recordPillarNameTooLong')),
  ),
  promotional: z.boolean(),
});

/** The brand's target content mix. Optional: without it the standard pillars and 80/20 apply. */
export const BrandContentMixSchema = z.object({
  /** At most this share of the planned posts is promotional, in percent. */
  promotionalPercent: z
    .number()
    .check(
      z.int(refusal('recordPromotionalWholePercent')),
      z.gte(0, refusal('recordPromotionalRange')),
      z.lte(100, refusal('recordPromotionalRange')),
    ),
  /** The brand's own pillars instead of the standard five; empty: the standard five. */
  pillars: z._default(
    z.array(OwnPillarSchema).check(
      z.maxLength(20, refusal('recordTooManyPillars')),
      z.refine(
        (pillars) => new Set(pillars.map((p) => p.name.trim().toLowerCase())).size === pillars.length,
        refusal('recordPillarTwice'),
      ),
    ),
    [],
  ),
});
export type BrandContentMix = z.infer<typeof BrandContentMixSchema>;

/** How the brand tags the links of its posts for its web analytics (`link-utm`). Optional: older brands parse. */
export const BrandUtmSchema = z.object({
  enabled: z.boolean(),
  /** `utm_campaign` for posts whose calendar entry names no campaign. */
  campaign: z.optional(z.string().check(z.maxLength(100, refusal('recordCampaignTooLong')))),
  /** The brand's own hosts; only links to them (and their subdomains) are tagged. Empty: every link. */
  domains: z._default(z.array(HostName).check(z.maxLength(20, refusal('recordTooManyDomains'))), []),
});
export type BrandUtm = z.infer<typeof BrandUtmSchema>;

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
  privacy: z.optional(BrandPrivacySchema),
  utm: z.optional(BrandUtmSchema),
  contentMix: z.optional(BrandContentMixSchema),
  /** Sensitive words for the brand (a product recalled, an incident): warnings, and errors during a crisis. */
  watchTerms: z.optional(
    z
      .array(
        z.string().check(
          z.refine((term) => term.trim().length > 0, refusal('recordWatchTermEmpty')),
          z.maxLength(100, refusal('recordWatchTermTooLong')),
        ),
      )
      .check(z.maxLength(200, refusal('recordTooManyWatchTerms'))),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Brand = z.infer<typeof BrandSchema>;

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
          (RULE_KINDS as readonly string[]).includes(String(rule.kind)) &&
          typeof rule.message === 'string',
      )
    );
  }, 'guidelines must be { rules: [...] } with an id, a known kind and a message per rule'),
  // The order patterns were analysed when written, like the guidelines' patterns.
  privacy: z.optional(
    z.object({
      supportContacts: z._default(z.array(z.string()), []),
      orderPatterns: z._default(z.array(z.string()), []),
      dmReplyId: z.optional(Id),
    }),
  ),
});

export const CALENDAR_STATUSES = [
  'idea',
  'draft',
  'in-review',
  // Set by a team reviewer instead of approving; the writer edits and asks for review again.
  'changes-requested',
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
    z.refine((name) => name.trim().length > 0, refusal('calendarProblemAssetName')),
    z.maxLength(300, refusal('calendarProblemAssetNameTooLong')),
  ),
  ready: z.boolean(),
  licence: z.enum(LICENCE_STATUSES),
});
export type CalendarAsset = z.infer<typeof CalendarAssetSchema>;

export const CalendarEntrySchema = z
  .object({
    id: Id,
    title: z.string().check(
      z.refine((title) => title.trim().length > 0, refusal('calendarProblemNeedsTitle')),
      z.maxLength(300, refusal('calendarProblemTitleTooLong')),
    ),
    /** Epoch milliseconds (UTC). */
    at: z
      .number(refusal('calendarProblemPickDateTime'))
      .check(
        z.int(refusal('calendarProblemPickDateTime')),
        z.gte(0, refusal('calendarProblemDateAfter1970')),
        z.lte(LATEST_AT, refusal('calendarProblemDateBefore10000')),
      ),
    /** The IANA zone the time was picked in; views show it in the viewer's zone. */
    timeZone: z.string().check(z.refine(isTimeZone, refusal('calendarProblemPickTimeZone'))),
    platforms: z
      .array(PlatformIdSchema)
      .check(z.refine((ids) => new Set(ids).size === ids.length, refusal('calendarProblemPlatformTwice'))),
    status: z.enum(CALENDAR_STATUSES),
    campaign: z.optional(ShortText),
    /** What the post is for: a standard content pillar's id or the name of one of the brand's own. */
    pillar: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
    drafts: PerPlatformText,
    relationship: RelationshipSchema,
    partnerBrand: z.optional(ShortText),
    /** Images, videos and sounds the post needs, and whether we may use them. */
    assets: z.optional(
      z.array(CalendarAssetSchema).check(z.maxLength(100, refusal('calendarProblemAssetsMax'))),
    ),
    /** Research library posts this entry took inspiration from. */
    researchPostIds: z.optional(z.array(Id).check(z.maxLength(100, refusal('calendarProblemResearchMax')))),
    notes: z.optional(LongText),
    /** UID of the iCalendar event this entry was imported from (or exported as), so re-imports don't repeat it. */
    icalUid: z.optional(ShortText),
    publishedAt: z.optional(Timestamp),
    /**
     * The published post's link per platform, as the user gave it when marking the entry published: the
     * analytics match a post with this link to the entry before any guess by time and text.
     */
    publishedLinks: z.optional(
      z.partialRecord(
        PlatformIdSchema,
        z
          .string()
          .check(
            z.maxLength(2048, refusal('calendarProblemPublishedLink')),
            z.regex(/^https?:\/\/\S+$/i, refusal('calendarProblemPublishedLink')),
          ),
      ),
    ),
    /** The crisis that paused this entry: no reminder, no draft offered in the composer, until resumed. */
    pausedBy: z.optional(Id),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .check(
    z.refine(
      (entry) =>
        !(RELATIONSHIPS_WITH_PARTNER as readonly string[]).includes(entry.relationship) ||
        (entry.partnerBrand ?? '').trim().length > 0,
      { ...refusal('calendarProblemNamePartner'), path: ['partnerBrand'] },
    ),
  );
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

export type { CapturedPost, MetricsSnapshot, ResearchPlatform } from './captured-post';
export {
  CapturedPostSchema,
  MEDIA_KINDS,
  MetricsSnapshotSchema,
  RESEARCH_PLATFORMS,
  ResearchPlatformSchema,
} from './captured-post';
export type { SavedReply } from './saved-reply';
export { SavedReplySchema } from './saved-reply';

export const ResearchPostSchema = z.object({
  ...CapturedPostSchema.shape,
  id: Id,
  /** One snapshot per save of the same permalink, oldest first. */
  metrics: z.array(MetricsSnapshotSchema),
  tags: Tags,
  collections: Tags,
  notes: z.optional(LongText),
  /** Shared with the team workspace (utils/team); absent or false: private, which is the default. */
  shared: z.optional(z.boolean()),
  savedAt: Timestamp,
});
export type ResearchPost = z.infer<typeof ResearchPostSchema>;

export const SettingSchema = z.object({ key: ShortText, value: z.unknown() });
export type Setting = z.infer<typeof SettingSchema>;
