import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { t } from './i18n';
import type { requests } from './message-requests';
import type { responses } from './message-schemas';
import type { SiteId } from './sites/ids';

/**
 * The senders' half of the message protocol, bundled by every content script and extension page. The
 * background parses each request (utils/message-requests.ts) and checks each reply against its schema
 * (utils/message-schemas.ts) before it leaves, so a sender takes the reply of OnBrand's own background as it
 * comes: only types here, and no zod in the content scripts.
 */
export type { ActiveBrand } from './message-schemas';

export type MessageType = keyof typeof requests;
export type RequestOf<T extends MessageType> = z.infer<(typeof requests)[T]['schema']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof responses)[T]>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Sends a request to the background and returns its reply; never throws. */
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
  // Undefined when no listener answered (the background is restarting); anything else is the router's reply.
  if (typeof raw !== 'object' || raw === null || !('ok' in raw))
    return { ok: false, error: t('messagingNoAnswer') };
  return raw as Reply<ResponseOf<T>>;
}

/** Background → content-script notices. */
export type TabNotice =
  | { type: 'site.statusChanged'; site: SiteId; enabled: boolean }
  /** Brands or guidelines changed: ask for the active brand again. */
  | { type: 'brands.changed' }
  /** A post was saved to the research library: drafts are compared with it from now on. */
  | { type: 'research.changed' }
  /** The user pressed the "open findings" shortcut: open the panel of the composer they are typing in. */
  | { type: 'findings.open' };

/** Background → content script: what the user did in the reply picker framed in that tab. */
export type ReplyPickerNotice =
  | { type: 'replies.picked'; replyId: string; text: string; cursor: number | null }
  | { type: 'replies.pickerClosed' };

const TAB_NOTICES = new Set<string>([
  'site.statusChanged',
  'brands.changed',
  'research.changed',
  'findings.open',
]);
const PICKER_NOTICES = new Set<string>(['replies.picked', 'replies.pickerClosed']);

const typeOf = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string'
    ? (raw as { type: string }).type
    : undefined;

/**
 * What `runtime.onMessage` delivers to a content script comes only from OnBrand's own background (a page
 * cannot send runtime messages): telling the notices apart by `type` is enough.
 */
export const asTabNotice = (raw: unknown): TabNotice | undefined =>
  TAB_NOTICES.has(typeOf(raw) ?? '') ? (raw as TabNotice) : undefined;
export const asReplyPickerNotice = (raw: unknown): ReplyPickerNotice | undefined =>
  PICKER_NOTICES.has(typeOf(raw) ?? '') ? (raw as ReplyPickerNotice) : undefined;
