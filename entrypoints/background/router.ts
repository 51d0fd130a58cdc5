import { requests } from '@/utils/message-requests';
import { EnvelopeSchema, responses } from '@/utils/message-schemas';
import type { MessageType, Reply, RequestOf, ResponseOf } from '@/utils/messaging';
import { siteForUrl } from '@/utils/sites';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>>;
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
  const isExtensionPage = (sender: Sender) => sender.url?.startsWith(identity.extensionBaseUrl) === true;
  const isContentScriptOnSupportedSite = async (sender: Sender) =>
    sender.tab !== undefined &&
    sender.url !== undefined &&
    (siteForUrl(sender.url) !== undefined || (await identity.isAddedSiteUrl?.(sender.url)) === true);

  return async function route(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    if (sender.id !== identity.extensionId)
      return { ok: false, error: 'Messages from other extensions are refused.' };
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: 'A message needs a string "type" and a "payload".' };
    const { type, payload } = envelope.data;
    if (!Object.hasOwn(requests, type)) return { ok: false, error: `Unknown message type "${type}".` };
    const spec = requests[type as MessageType];

    if (
      spec.fromPagesOnly
        ? !isExtensionPage(sender)
        : !isExtensionPage(sender) && !(await isContentScriptOnSupportedSite(sender))
    ) {
      return { ok: false, error: `"${type}" is not accepted from ${sender.url ?? 'an unknown sender'}.` };
    }
    const request = spec.schema.safeParse(payload);
    if (!request.success) return { ok: false, error: `Invalid "${type}" payload: ${request.error.message}` };
    try {
      const handler = handlers[type as MessageType] as (p: unknown, s: Sender) => Promise<unknown>;
      const reply = responses[type as MessageType].safeParse(await handler(request.data, sender));
      // Senders take the reply as it comes (utils/messaging.ts): one that breaks the protocol is a bug here.
      if (!reply.success) return { ok: false, error: `The "${type}" reply did not match its schema.` };
      return { ok: true, data: reply.data };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
