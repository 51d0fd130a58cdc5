import { requests } from '@/utils/message-requests';
import { EnvelopeSchema, responses } from '@/utils/message-schemas';
import type { MessageType, Reply, RequestOf, ResponseOf } from '@/utils/messaging';
import { backgroundFailureText } from '@/utils/refusal';
import { SITE_META, type SiteMeta, siteForUrl } from '@/utils/sites/meta';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** The frame a content script runs in (0: the top frame). */
  frameId?: number;
}

/** Who sent a message, as the router established it once for every handler. */
export interface SenderOrigin {
  /** The popup, the dashboard or another page of the extension itself. */
  extensionPage: boolean;
  /** The supported site a content script runs on: a built-in site, or Mastodon on an instance the user added. */
  site?: SiteMeta;
}

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: Sender, origin: SenderOrigin) => Promise<ResponseOf<T>>;
};

export interface RouterIdentity {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionBaseUrl: string;
  /** Pages OnBrand runs on beyond the built-in sites (Mastodon instances the user added). */
  isAddedSiteUrl?: (url: string) => Promise<boolean>;
}

/**
 * Turns any incoming message into a reply. Unknown, malformed or foreign messages get `{ ok: false, error }`;
 * nothing a sender does can make it throw, so the background keeps serving.
 */
export function createRouter(handlers: Handlers, identity: RouterIdentity) {
  const originOf = async (sender: Sender): Promise<SenderOrigin> => {
    if (sender.url?.startsWith(identity.extensionBaseUrl)) return { extensionPage: true };
    // A content script runs in a tab; its frame's URL says which site it is on.
    if (sender.tab === undefined || sender.url === undefined) return { extensionPage: false };
    const site =
      siteForUrl(sender.url) ??
      ((await identity.isAddedSiteUrl?.(sender.url)) ? SITE_META.mastodon : undefined);
    return { extensionPage: false, site };
  };

  return async function route(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    if (sender.id !== identity.extensionId)
      return { ok: false, error: 'Messages from other extensions are refused.' };
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: 'A message needs a string "type" and a "payload".' };
    const { type, payload } = envelope.data;
    if (!Object.hasOwn(requests, type)) return { ok: false, error: `Unknown message type "${type}".` };
    const spec = requests[type as MessageType];

    const origin = await originOf(sender);
    if (spec.fromPagesOnly ? !origin.extensionPage : !origin.extensionPage && !origin.site) {
      return { ok: false, error: `"${type}" is not accepted from ${sender.url ?? 'an unknown sender'}.` };
    }
    const request = spec.schema.safeParse(payload);
    if (!request.success) return { ok: false, error: `Invalid "${type}" payload: ${request.error.message}` };
    try {
      const handler = handlers[type as MessageType] as (
        p: unknown,
        s: Sender,
        o: SenderOrigin,
      ) => Promise<unknown>;
      const reply = responses[type as MessageType].safeParse(await handler(request.data, sender, origin));
      // Senders take the reply as it comes (utils/messaging.ts): one that breaks the protocol is a bug here.
      if (!reply.success) return { ok: false, error: `The "${type}" reply did not match its schema.` };
      return { ok: true, data: reply.data };
    } catch (error) {
      // The sender shows this to the user (the popup, the dashboard, a composer's button).
      return { ok: false, error: backgroundFailureText(error) };
    }
  };
}
