import * as z from 'zod/mini';
import type { Guidelines } from './checks/guidelines';
import { PARTNER_RELATIONSHIPS } from './checks/partners';
import { JurisdictionSchema, PlatformIdSchema, RelationshipSchema } from './checks/schemas';
import { SavedReplySchema } from './db/saved-reply';
import { InstanceHostSchema } from './mastodon-instances';
import type { requests } from './message-requests';
import { SITE_IDS } from './sites/ids';
import { TeamStatusSchema } from './team/records';

/**
 * The replies of the message protocol, as schemas. The background checks each handler's reply against them
 * before it leaves (entrypoints/background/router.ts), so a reply that breaks the protocol fails there, in
 * the tests, and never reaches a page. Senders (content scripts, extension pages) import only the types
 * (utils/messaging.ts): a reply from OnBrand's own background needs no second check, and content scripts
 * bundle no zod. Requests and who may send them are in utils/message-requests.ts.
 */
export const SiteIdSchema = z.enum(SITE_IDS);
export const BrandIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** One check's failures as a page counted them (utils/checks/diagnostics.ts `CheckFailure`). */
export const CheckFailureSchema = z.object({
  origin: z.enum(['built-in', 'guideline']),
  ruleId: z.string().check(z.minLength(1), z.maxLength(200)),
  message: z.string().check(z.maxLength(300)),
  count: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
});

/** The failures the sites' pages reported, added up per rule, with the sites they happened on. */
export const ReportedCheckFailureSchema = z.extend(CheckFailureSchema, {
  count: z.number().check(z.int(), z.minimum(1)),
  sites: z.array(SiteIdSchema),
});
export type ReportedCheckFailure = z.infer<typeof ReportedCheckFailureSchema>;

/** The router validates guidelines in full whenever it reads a brand; the reply carries the parsed rules. */
const CheckedGuidelinesSchema = z.custom<Guidelines>(
  (value) =>
    typeof value === 'object' && value !== null && Array.isArray((value as { rules?: unknown }).rules),
);

/** What a page needs of the brand that applies there to check a draft. */
const ActiveBrandSchema = z.object({
  id: BrandIdSchema,
  name: z.string(),
  /** Only the rules switched on. */
  guidelines: CheckedGuidelinesSchema,
  jurisdictions: z.array(JurisdictionSchema),
  relationship: RelationshipSchema,
  /** Preferred disclosure label per post language, e.g. `{ en: '#ad', de: 'Anzeige' }`. */
  disclosureWording: z.record(z.string(), z.string()),
  /** Where the brand tags its links: the campaign preset and its hosts; absent when it doesn't. */
  utm: z.optional(z.object({ campaign: z.optional(z.string()), domains: z.array(z.string()) })),
  /** For the privacy checks: the brand's own contacts, order number formats and "send us a DM" text. */
  privacy: z.optional(
    z.object({
      ownContacts: z.array(z.string()),
      orderPatterns: z.array(z.string()),
      dmReply: z.optional(z.string()),
    }),
  ),
  /** The brand's partners: a draft that mentions one under contract is checked as that relationship. */
  partners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      handles: z.array(z.string()),
      relationship: z.enum(PARTNER_RELATIONSHIPS),
      from: z.optional(z.string()),
      until: z.optional(z.string()),
      markets: z.array(JurisdictionSchema),
    }),
  ),
  /** Set while the brand is in crisis mode: every composer shows the reason, watch list terms are errors. */
  crisis: z.nullable(z.object({ reason: z.string(), startedAt: z.number() })),
  watchTerms: z.array(z.string()),
});
export type ActiveBrand = z.infer<typeof ActiveBrandSchema>;

const SubscriptionStateSchema = z.object({
  packVersion: z.optional(z.number()),
  updatedAt: z.optional(z.number()),
  checkedAt: z.optional(z.number()),
  lastError: z.optional(z.string()),
});

/** A calendar entry's draft for one platform, as the overlay's "Insert scheduled draft" offers it. */
const DueDraftSchema = z.object({
  id: z.string(),
  title: z.string(),
  at: z.number(),
  platform: SiteIdSchema,
  text: z.string(),
});

/** A saved reply as picked and expanded in the picker, ready to insert. */
export const PickedReplyShape = {
  replyId: z.string().check(z.maxLength(100)),
  text: z.string().check(z.maxLength(200_000)),
  /** UTF-16 offset in `text` for the caret, or null for the end. */
  cursor: z.nullable(z.number().check(z.int(), z.nonnegative())),
};

/** How the UI language writes whole numbers (utils/i18n/number-shape.ts), for content scripts' counts. */
const NumberShapeSchema = z.object({
  locale: z.string().check(z.maxLength(100)),
  digits: z.array(z.string().check(z.minLength(1), z.maxLength(4))).check(z.length(10)),
  group: z.string().check(z.maxLength(4)),
  primary: z.number().check(z.int(), z.nonnegative()),
  secondary: z.number().check(z.int(), z.nonnegative()),
  minimumGrouping: z.number().check(z.int(), z.positive()),
});

/** What the background replies to each message. */
export const responses = {
  'site.status': z.object({
    site: SiteIdSchema,
    enabled: z.boolean(),
    /** Null when the UI language's numbers need Intl after all. */
    numbers: z.nullable(NumberShapeSchema),
    /** The words a badge shows at page load, in the UI language (utils/i18n `SENT_AT_LOAD`). */
    messages: z.record(z.string(), z.string()),
    /** The brand's handles on this site whose posts the browse snapshots keep (none when switched off). */
    ownHandles: z.array(z.string()),
  }),
  'site.setEnabled': z.object({ site: SiteIdSchema, enabled: z.boolean() }),
  'research.save': z.object({ id: z.string(), created: z.boolean(), snapshots: z.number() }),
  'research.savedAmong': z.object({ saved: z.array(z.string()) }),
  'research.recent': z.object({
    posts: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        author: z.optional(z.string()),
        platform: z.optional(PlatformIdSchema),
      }),
    ),
  }),
  'brand.active': z.nullable(ActiveBrandSchema),
  'guidelines.default': z.object({ guidelines: CheckedGuidelinesSchema }),
  'brand.list': z.object({ brands: z.array(z.object({ id: BrandIdSchema, name: z.string() })) }),
  'brand.changed': z.object({}),
  'brand.refreshPack': SubscriptionStateSchema,
  'analytics.ownAccounts': z.object({ handles: z.array(z.string()) }),
  /** How many of the posts sent got a new snapshot. */
  'analytics.snapshotOwnPosts': z.object({ stored: z.number() }),
  'followUps.save': z.object({ id: z.string(), dueAt: z.number() }),
  'followUps.done': z.object({ id: z.string(), status: z.literal('done') }),
  'followUps.snooze': z.object({ id: z.string(), snoozedUntil: z.number() }),
  'followUps.changed': z.object({}),
  'calendar.remindersChanged': z.object({ nextReminderAt: z.nullable(z.number()) }),
  'calendar.dueDraft': z.object({ entry: z.nullable(DueDraftSchema) }),
  'calendar.markPublished': z.object({
    id: z.string(),
    status: z.literal('published'),
    publishedAt: z.number(),
  }),
  'page.loadScript': z.object({ loaded: z.boolean() }),
  'checks.reportFailures': z.object({}),
  'checks.failures': z.object({ failures: z.array(ReportedCheckFailureSchema) }),
  'checks.clearFailures': z.object({}),
  /** `chosen` false: nobody chose them yet, they are guessed from the browser's language and time zone. */
  'markets.current': z.object({ markets: z.array(JurisdictionSchema), chosen: z.boolean() }),
  'markets.choose': z.object({ markets: z.array(JurisdictionSchema) }),
  'welcome.open': z.object({}),
  'team.connect': z.object({ status: TeamStatusSchema, installed: z.boolean() }),
  'team.disconnect': z.object({ status: TeamStatusSchema }),
  'team.status': z.object({ status: TeamStatusSchema }),
  'mastodon.instances': z.object({
    instances: z.array(z.object({ host: InstanceHostSchema, granted: z.boolean() })),
  }),
  'mastodon.addInstance': z.object({ host: InstanceHostSchema }),
  'mastodon.removeInstance': z.object({ host: InstanceHostSchema }),
  'replies.list': z.object({ replies: z.array(SavedReplySchema), myName: z.string() }),
  /** Null when the reply was deleted meanwhile. */
  'replies.used': z.nullable(z.object({ usageCount: z.number(), lastUsedAt: z.number() })),
  'replies.pickerPrepare': z.object({}),
  /** False when the background no longer knows the token (it restarted): prepare a new picker. */
  'replies.pickerOpen': z.object({ ready: z.boolean() }),
  'replies.pickerKeys': z.object({}),
} satisfies Record<keyof typeof requests, z.ZodMiniType>;

export const EnvelopeSchema = z.object({
  type: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});
