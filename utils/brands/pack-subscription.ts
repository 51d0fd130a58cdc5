import type { Brand } from '../db/records';
import { formatNumber, t } from '../i18n';
import { MAX_PACK_BYTES, parsePack } from './guidelines-pack';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Host-permission pattern for a pack URL, asked for at subscribe time only. */
export function originPatternOf(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** How long one refresh may take, answer and download together, before it is given up. */
export const PACK_TIMEOUT_MS = 20_000;

export interface RefreshOptions {
  timeoutMs?: number;
}

class GaveUp extends Error {}

/**
 * The body as text, read chunk by chunk and cancelled as soon as it passes `limit` bytes: a server that sends
 * 64 MiB (or never stops) costs at most `limit` bytes of memory, not the whole body before a length check.
 */
async function readAtMost(response: Response, limit: number): Promise<{ text: string } | { over: true }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { over: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  // As Response.text() decodes: UTF-8, a leading BOM dropped, malformed bytes replaced.
  return { text: new TextDecoder().decode(bytes) };
}

/**
 * Fetches a subscribed brand's pack and returns the brand as it should be stored next. A 304 (the ETag
 * still matches), a failed request, a server that does not answer within `timeoutMs`, a body over
 * MAX_PACK_BYTES or a file that is not a valid pack all keep the rules the brand already has: a team's
 * broken deploy must never wipe or half-replace everyone's guidelines. Never throws.
 */
export async function refreshSubscribedBrand(
  brand: Brand,
  fetchPack: FetchLike,
  now = Date.now(),
  { timeoutMs = PACK_TIMEOUT_MS }: RefreshOptions = {},
): Promise<Brand> {
  const subscription = brand.subscription;
  if (!subscription) return brand;
  const keep = (lastError: string): Brand => ({
    ...brand,
    subscription: { ...subscription, checkedAt: now, lastError: lastError.slice(0, 500) },
  });
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced as well as signalled: a fetch that ignores the signal cannot hold the refresh either.
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new GaveUp());
    }, timeoutMs);
  });
  const tooSlow = t('packRefreshTooSlow', formatNumber(timeoutMs / 1000));
  const work = download();
  // Once the deadline wins, whatever the abandoned download does later is of no interest.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    if (error instanceof GaveUp || controller.signal.aborted) return keep(tooSlow);
    throw error;
  } finally {
    clearTimeout(timer);
  }

  async function download(): Promise<Brand> {
    if (!subscription) return brand;
    let response: Response;
    try {
      response = await fetchPack(subscription.url, {
        signal: controller.signal,
        headers: subscription.etag ? { 'If-None-Match': subscription.etag } : {},
        // Our own ETag decides; the HTTP cache would answer 200 from disk and hide a 304.
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
      });
    } catch (error) {
      if (controller.signal.aborted) return keep(tooSlow);
      return keep(t('packRefreshUnreachable', error instanceof Error ? error.message : String(error)));
    }
    if (response.status === 304) {
      const { lastError: _cleared, ...rest } = subscription;
      return { ...brand, subscription: { ...rest, checkedAt: now } };
    }
    if (!response.ok) return keep(t('packRefreshHttpError', response.status));
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_PACK_BYTES)
      return keep(t('packRefreshTooBig', formatNumber(declared), formatNumber(MAX_PACK_BYTES)));
    let body: Awaited<ReturnType<typeof readAtMost>>;
    try {
      body = await readAtMost(response, MAX_PACK_BYTES);
    } catch (error) {
      if (controller.signal.aborted) return keep(tooSlow);
      return keep(t('packRefreshBrokeOff', error instanceof Error ? error.message : String(error)));
    }
    if ('over' in body) return keep(t('packRefreshOverLimit', formatNumber(MAX_PACK_BYTES)));
    const pack = parsePack(body.text);
    if (!pack.ok) return keep(t('packRefreshInvalid', pack.errors.slice(0, 3).join(' ')));
    const etag = response.headers.get('etag') ?? undefined;
    return {
      ...brand,
      guidelines: pack.guidelines,
      updatedAt: now,
      subscription: {
        url: subscription.url,
        ...(etag ? { etag } : {}),
        packVersion: pack.guidelines.version,
        updatedAt: now,
        checkedAt: now,
      },
    };
  }
}
