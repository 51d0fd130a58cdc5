import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { InstanceHostSchema } from './mastodon-instances';
import { SITE_IDS } from './sites/ids';

/**
 * The one message protocol between content scripts, extension pages and the background. Every request and
 * reply has a schema; the background parses each request before it acts (a compromised renderer can send
 * anything), and callers parse each reply.
 */
const SiteIdSchema = z.enum(SITE_IDS);

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
