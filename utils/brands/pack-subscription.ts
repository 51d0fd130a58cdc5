import type { Brand } from '../db/records';
import { MAX_PACK_BYTES, parsePack } from './guidelines-pack';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Host-permission pattern for a pack URL, asked for at subscribe time only. */
export function originPatternOf(url: string): string {
  return `${new URL(url).origin}/*`;
}

/**
 * Fetches a subscribed brand's pack and returns the brand as it should be stored next. A 304 (the ETag
 * still matches), a failed request or a file that is not a valid pack all keep the rules the brand already
 * has: a team's broken deploy must never wipe or half-replace everyone's guidelines. Never throws.
 */
export async function refreshSubscribedBrand(
  brand: Brand,
  fetchPack: FetchLike,
  now = Date.now(),
): Promise<Brand> {
  const subscription = brand.subscription;
  if (!subscription) return brand;
  const keep = (lastError: string): Brand => ({
    ...brand,
    subscription: { ...subscription, checkedAt: now, lastError: lastError.slice(0, 500) },
  });
  let response: Response;
  try {
    response = await fetchPack(subscription.url, {
      headers: subscription.etag ? { 'If-None-Match': subscription.etag } : {},
      // Our own ETag decides; the HTTP cache would answer 200 from disk and hide a 304.
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
  } catch (error) {
    return keep(
      `Could not reach the pack URL (${error instanceof Error ? error.message : String(error)}); kept the last good copy.`,
    );
  }
  if (response.status === 304) {
    const { lastError: _cleared, ...rest } = subscription;
    return { ...brand, subscription: { ...rest, checkedAt: now } };
  }
  if (!response.ok) return keep(`The pack URL answered HTTP ${response.status}; kept the last good copy.`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_PACK_BYTES)
    return keep(`The pack is ${declared} bytes, over the ${MAX_PACK_BYTES} limit; kept the last good copy.`);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return keep(
      `The download broke off (${error instanceof Error ? error.message : String(error)}); kept the last good copy.`,
    );
  }
  const pack = parsePack(text);
  if (!pack.ok)
    return keep(
      `The pack URL served an invalid pack, so the last good copy was kept: ${pack.errors.slice(0, 3).join(' ')}`,
    );
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
