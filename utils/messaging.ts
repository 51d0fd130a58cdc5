import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Guidelines } from './checks/guidelines';
import { JurisdictionSchema, PlatformIdSchema, RelationshipSchema } from './checks/types';
import { SavedReplySchema } from './db/saved-reply';
import { InstanceHostSchema } from './mastodon-instances';
import type { requests } from './message-requests';
import { SITE_IDS } from './sites/ids';

/**
 * The message protocol between content scripts, extension pages and the background. Every request and reply
 * has a schema: the background parses each request before it acts (utils/message-requests.ts), and callers
 * parse each reply (`responses` below).
 */
export const SiteIdSchema = z.enum(SITE_IDS);
export const BrandIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

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
export const PickedReplyShape = {
  replyId: z.string().check(z.maxLength(100)),
  text: z.string().check(z.maxLength(200_000)),
  /** UTF-16 offset in `text` for the caret, or null for the end. */
  cursor: z.nullable(z.number().check(z.int(), z.nonnegative())),
};

/**
 * What the background replies to each message: the senders' half of the protocol, which every content script
 * bundles. Requests and who may send them are in utils/message-requests.ts (the background's half).
 */
export const responses = {
  'site.status': z.object({ site: SiteIdSchema, enabled: z.boolean() }),
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
  'brand.list': z.object({ brands: z.array(z.object({ id: BrandIdSchema, name: z.string() })) }),
  'brand.changed': z.object({}),
  'brand.refreshPack': SubscriptionStateSchema,
  'calendar.remindersChanged': z.object({ nextReminderAt: z.nullable(z.number()) }),
  'calendar.dueDraft': z.object({ entry: z.nullable(DueDraftSchema) }),
  'calendar.markPublished': z.object({
    id: z.string(),
    status: z.literal('published'),
    publishedAt: z.number(),
  }),
  'mastodon.instances': z.object({
    instances: z.array(z.object({ host: InstanceHostSchema, granted: z.boolean() })),
  }),
  'mastodon.addInstance': z.object({ host: InstanceHostSchema }),
  'mastodon.removeInstance': z.object({ host: InstanceHostSchema }),
  'replies.list': z.object({ replies: z.array(SavedReplySchema), myName: z.string() }),
  /** Null when the reply was deleted meanwhile. */
  'replies.used': z.nullable(z.object({ usageCount: z.number(), lastUsedAt: z.number() })),
  'replies.pickerEvent': z.object({ delivered: z.boolean() }),
} satisfies Record<MessageType, z.ZodMiniType>;

export type MessageType = keyof typeof requests;
export type RequestOf<T extends MessageType> = z.infer<(typeof requests)[T]['schema']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof responses)[T]>;

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
  const data = responses[type].safeParse(reply.data.data);
  if (!data.success) return { ok: false, error: `The background's ${type} reply did not match its schema.` };
  return { ok: true, data: data.data as ResponseOf<T> };
}

/**
 * Background → content-script notices. Content scripts validate these too. Plain unions of objects whose
 * `type` literals differ validate the same as `z.discriminatedUnion`, whose code would add 0.6 KB (gzip)
 * to every content script.
 */
export const TabNoticeSchema = z.union([
  z.object({ type: z.literal('site.statusChanged'), site: SiteIdSchema, enabled: z.boolean() }),
  /** Brands or guidelines changed: ask for the active brand again. */
  z.object({ type: z.literal('brands.changed') }),
  /** A post was saved to the research library: drafts are compared with it from now on. */
  z.object({ type: z.literal('research.changed') }),
  /** The user pressed the "open findings" shortcut: open the panel of the composer they are typing in. */
  z.object({ type: z.literal('findings.open') }),
]);
export type TabNotice = z.infer<typeof TabNoticeSchema>;

/** Background → content script: what the user did in the reply picker framed in that tab. */
export const ReplyPickerNoticeSchema = z.union([
  z.object({ type: z.literal('replies.picked'), ...PickedReplyShape }),
  z.object({ type: z.literal('replies.pickerClosed') }),
]);
export type ReplyPickerNotice = z.infer<typeof ReplyPickerNoticeSchema>;
