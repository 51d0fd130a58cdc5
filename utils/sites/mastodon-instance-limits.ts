import type { CountSettings } from '../checks/count';
import { child, mastodonInitialState } from './mastodon-initial-state';

/** A page-supplied number is used only if it is a plausible limit (the page is untrusted). */
const plausible = (value: unknown, max: number): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max ? value : undefined;

/** The `configuration.statuses` object of /api/v2/instance, wherever the page's state keeps one. */
function statusesConfig(state: unknown, depth = 0): unknown {
  const statuses = child(child(state, 'configuration'), 'statuses');
  if (statuses && typeof statuses === 'object') return statuses;
  if (depth >= 3 || !state || typeof state !== 'object') return undefined;
  for (const value of Object.values(state)) {
    const found = statusesConfig(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The instance's own limits, from the state the Mastodon web app embeds in the page
 * (`<script id="initial-state" type="application/json">`): `max_toot_chars` where the server puts it there
 * (glitch-soc and the flavours built on it), or an instance entity's `configuration.statuses`
 * (`max_characters`, `characters_reserved_per_url`). Missing or odd values fall back to Mastodon's defaults.
 */
export function mastodonCountSettings(page: Document = document): CountSettings {
  const state = mastodonInitialState(page);
  return state === undefined ? {} : limitsOf(state, statusesConfig(state));
}

/** The limits in `state`, each only if plausible: the defaults stand for anything missing or odd. */
function limitsOf(state: unknown, statuses: unknown): CountSettings {
  const limit =
    plausible(child(state, 'max_toot_chars'), 1_000_000) ??
    plausible(child(statuses, 'max_characters'), 1_000_000);
  const urlWeight = plausible(child(statuses, 'characters_reserved_per_url'), 10_000);
  return { ...(limit === undefined ? {} : { limit }), ...(urlWeight === undefined ? {} : { urlWeight }) };
}

/** Mastodon 4.x's web app asks its own server for the instance entity; OnBrand asks the same endpoint. */
export const INSTANCE_API_PATH = '/api/v2/instance';
/** A server that has not answered by then leaves Mastodon's defaults (the badge counts on meanwhile). */
export const INSTANCE_API_TIMEOUT_MS = 5_000;
/** The instance entity is a few kilobytes; anything much larger is not one. */
const MAX_RESPONSE_CHARS = 1_000_000;

const fetchedLimits = new Map<string, Promise<CountSettings>>();

/**
 * The instance's limits from its `/api/v2/instance` (`configuration.statuses.max_characters` and
 * `characters_reserved_per_url`, the fields Mastodon's web composer reads), for instances whose page embeds
 * none (upstream Mastodon 4.x). Same-origin and without cookies: it is the public endpoint the instance's own
 * web app calls. Asked once per host for the life of the content script; a failure, a timeout or an answer
 * that is not plausible leaves the defaults (`{}`), and is not asked again.
 */
export function fetchMastodonCountSettings(origin: string = location.origin): Promise<CountSettings> {
  let pending = fetchedLimits.get(origin);
  if (!pending) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), INSTANCE_API_TIMEOUT_MS);
    pending = fetch(new URL(INSTANCE_API_PATH, origin), {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal: timeout.signal,
    })
      .then(async (response) => {
        if (!response.ok) return {};
        const body = await response.text();
        if (body.length > MAX_RESPONSE_CHARS) return {};
        const instance: unknown = JSON.parse(body);
        return limitsOf(undefined, child(child(instance, 'configuration'), 'statuses'));
      })
      .catch(() => ({}))
      .finally(() => clearTimeout(timer));
    fetchedLimits.set(origin, pending);
  }
  return pending;
}
