import type { CountSettings } from '../checks/count';

/** A page-supplied number is used only if it is a plausible limit (the page is untrusted). */
const plausible = (value: unknown, max: number): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max ? value : undefined;

type Json = Record<string, unknown>;
const child = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Json)[key] : undefined;

/** The `configuration.statuses` object of /api/v2/instance, wherever the page's state keeps one. */
function statusesConfig(state: unknown, depth = 0): unknown {
  const statuses = child(child(state, 'configuration'), 'statuses');
  if (statuses && typeof statuses === 'object') return statuses;
  if (depth >= 3 || !state || typeof state !== 'object') return undefined;
  for (const value of Object.values(state as Json)) {
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
  const script = page.getElementById('initial-state');
  if (!script?.textContent) return {};
  let state: unknown;
  try {
    state = JSON.parse(script.textContent);
  } catch {
    return {};
  }
  const statuses = statusesConfig(state);
  const limit =
    plausible(child(state, 'max_toot_chars'), 1_000_000) ??
    plausible(child(statuses, 'max_characters'), 1_000_000);
  const urlWeight = plausible(child(statuses, 'characters_reserved_per_url'), 10_000);
  return { ...(limit === undefined ? {} : { limit }), ...(urlWeight === undefined ? {} : { urlWeight }) };
}
