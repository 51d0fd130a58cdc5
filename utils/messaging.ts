import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { SavedReplySchema } from './db/records';
import { SITE_IDS } from './sites/ids';

/**
 * The one message protocol between content scripts, extension pages and the background. Every request and
 * reply has a schema; the background parses each request before it acts (a compromised renderer can send
 * anything), and callers parse each reply.
 */
const SiteIdSchema = z.enum(SITE_IDS);

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
]);
export type TabNotice = z.infer<typeof TabNoticeSchema>;

/** Background → content script: what the user did in the reply picker framed in that tab. */
export const ReplyPickerNoticeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('replies.picked'), ...PickedReplyShape }),
  z.object({ type: z.literal('replies.pickerClosed') }),
]);
export type ReplyPickerNotice = z.infer<typeof ReplyPickerNoticeSchema>;
