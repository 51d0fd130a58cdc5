import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { SITE_IDS } from './sites/ids';

/**
 * The one message protocol between content scripts, extension pages and the background. Every request and
 * reply has a schema; the background parses each request before it acts (a compromised renderer can send
 * anything), and callers parse each reply.
 */
const SiteIdSchema = z.enum(SITE_IDS);

/** A calendar entry's draft for one platform, as the overlay's "Insert scheduled draft" offers it. */
const DueDraftSchema = z.object({
  id: z.string(),
  title: z.string(),
  at: z.number(),
  platform: SiteIdSchema,
  text: z.string(),
});

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
]);
export type TabNotice = z.infer<typeof TabNoticeSchema>;
