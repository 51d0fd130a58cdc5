import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Guidelines } from './checks/guidelines';
import { JurisdictionSchema, PlatformIdSchema, RelationshipSchema } from './checks/types';
import { CapturedPostSchema } from './db/captured-post';
import { SavedReplySchema } from './db/saved-reply';
import { InstanceHostSchema } from './mastodon-instances';
import { SITE_IDS } from './sites/ids';

/**
 * The one message protocol between content scripts, extension pages and the background. Every request and
 * reply has a schema; the background parses each request before it acts (a compromised renderer can send
 * anything), and callers parse each reply.
 */
const SiteIdSchema = z.enum(SITE_IDS);
const BrandIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

/**
 * The background validates guidelines in full (patterns included) whenever it reads a brand; content scripts
 * check only the shape here, because the full schema pulls the pattern-safety analysis into every page.
 */
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
const PickedReplyShape = {
  replyId: z.string().check(z.maxLength(100)),
  text: z.string().check(z.maxLength(200_000)),
  /** UTF-16 offset in `text` for the caret, or null for the end. */
  cursor: z.nullable(z.number().check(z.int(), z.nonnegative())),
};

export const protocol = {
  'site.status': {
    request: z.object({ site: SiteIdSchema }),
    response: z.object({ site: SiteIdSchema, enabled: z.boolean() }),
    /** Content scripts may ask. */
    fromPagesOnly: false,
  },
  'site.setEnabled': {
    request: z.object({ site: SiteIdSchema, enabled: z.boolean() }),
    response: z.object({ site: SiteIdSchema, enabled: z.boolean() }),
    /** Only the popup and dashboard may switch a site on or off. */
    fromPagesOnly: true,
  },
  /** The save button on a feed post: a new row, or a metrics snapshot when the permalink is saved already. */
  'research.save': {
    request: CapturedPostSchema,
    response: z.object({ id: z.string(), created: z.boolean(), snapshots: z.number() }),
    fromPagesOnly: false,
  },
  /** Which of the posts on screen are in the library, so their buttons can say so (inside closed roots). */
  'research.savedAmong': {
    request: z.object({ permalinks: z.array(z.string().check(z.maxLength(2048))).check(z.maxLength(200)) }),
    response: z.object({ saved: z.array(z.string()) }),
    fromPagesOnly: false,
  },
  /** Recently saved posts for the check engine's similarity rule (checkDraft's `savedPosts`). */
  'research.recent': {
    request: z.object({ limit: z.number().check(z.int(), z.minimum(1), z.maximum(2000)) }),
    response: z.object({
      posts: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          author: z.optional(z.string()),
          platform: z.optional(PlatformIdSchema),
        }),
      ),
    }),
    fromPagesOnly: false,
  },
  'brand.active': {
    /**
     * The brand for a page: `brandId` when the user picked one in the overlay panel, else the one listing
     * `account` (the handle the adapter sees logged in), else the one listing the site, else the default.
     */
    request: z.object({
      site: SiteIdSchema,
      account: z.optional(z.string().check(z.maxLength(200))),
      brandId: z.optional(BrandIdSchema),
    }),
    response: z.nullable(ActiveBrandSchema),
    fromPagesOnly: false,
  },
  'brand.list': {
    /** For the overlay panel's brand switcher. */
    request: z.object({}),
    response: z.object({ brands: z.array(z.object({ id: BrandIdSchema, name: z.string() })) }),
    fromPagesOnly: false,
  },
  'brand.changed': {
    /** The dashboard wrote brands (edit, import, restore): the background tells open tabs to refetch. */
    request: z.object({}),
    response: z.object({}),
    fromPagesOnly: true,
  },
  'brand.refreshPack': {
    /** Fetches a subscribed brand's pack now (the page has already been granted the URL's host permission). */
    request: z.object({ brandId: BrandIdSchema }),
    response: SubscriptionStateSchema,
    fromPagesOnly: true,
  },
  'calendar.remindersChanged': {
    request: z.object({}),
    response: z.object({ nextReminderAt: z.nullable(z.number()) }),
    /** The dashboard and popup say so after they change the calendar, so reminders follow. */
    fromPagesOnly: true,
  },
  'calendar.dueDraft': {
    request: z.object({ platform: SiteIdSchema }),
    response: z.object({ entry: z.nullable(DueDraftSchema) }),
    /** The composer overlay asks for the draft to offer; a site only gets its own platform's draft. */
    fromPagesOnly: false,
  },
  'calendar.markPublished': {
    request: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }),
    response: z.object({ id: z.string(), status: z.literal('published'), publishedAt: z.number() }),
    /** From the popup, or the overlay of a site the entry is planned for. */
    fromPagesOnly: false,
  },
  'mastodon.instances': {
    request: z.object({}),
    response: z.object({ instances: z.array(z.object({ host: InstanceHostSchema, granted: z.boolean() })) }),
    fromPagesOnly: true,
  },
  /** Sent by the settings page once the user has granted the host's permission. */
  'mastodon.addInstance': {
    request: z.object({ host: InstanceHostSchema }),
    response: z.object({ host: InstanceHostSchema }),
    fromPagesOnly: true,
  },
  'mastodon.removeInstance': {
    request: z.object({ host: InstanceHostSchema }),
    response: z.object({ host: InstanceHostSchema }),
    fromPagesOnly: true,
  },
  'replies.list': {
    /** A content script may only ask for its own site's platform (the background checks the sender). */
    request: z.object({ platform: SiteIdSchema }),
    response: z.object({ replies: z.array(SavedReplySchema), myName: z.string() }),
    fromPagesOnly: false,
  },
  'replies.used': {
    request: z.object({ id: z.string().check(z.maxLength(100)) }),
    /** Null when the reply was deleted meanwhile. */
    response: z.nullable(z.object({ usageCount: z.number(), lastUsedAt: z.number() })),
    fromPagesOnly: false,
  },
  'replies.pickerEvent': {
    /** From the reply picker (an extension page framed in the site), relayed to the content script of its tab. */
    request: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('insert'), ...PickedReplyShape }),
      z.object({ kind: z.literal('close') }),
    ]),
    response: z.object({ delivered: z.boolean() }),
    fromPagesOnly: true,
  },
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof protocol)[T]['response']>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export const EnvelopeSchema = z.object({
  type: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Sends a request to the background and returns its validated reply; never throws. */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<Reply<ResponseOf<T>>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) return { ok: false, error: 'The background sent a malformed reply.' };
  if (!reply.data.ok) return reply.data;
  const data = protocol[type].response.safeParse(reply.data.data);
  if (!data.success) return { ok: false, error: `The background's ${type} reply did not match its schema.` };
  return { ok: true, data: data.data as ResponseOf<T> };
}

/** Background → content-script notices. Content scripts validate these too. */
export const TabNoticeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('site.statusChanged'), site: SiteIdSchema, enabled: z.boolean() }),
  /** Brands or guidelines changed: ask for the active brand again. */
  z.object({ type: z.literal('brands.changed') }),
  /** A post was saved to the research library: drafts are compared with it from now on. */
  z.object({ type: z.literal('research.changed') }),
]);
export type TabNotice = z.infer<typeof TabNoticeSchema>;

/** Background → content script: what the user did in the reply picker framed in that tab. */
export const ReplyPickerNoticeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('replies.picked'), ...PickedReplyShape }),
  z.object({ type: z.literal('replies.pickerClosed') }),
]);
export type ReplyPickerNotice = z.infer<typeof ReplyPickerNoticeSchema>;
