import * as z from 'zod/mini';
import { quoted, t } from './i18n';
import { mastodon } from './sites/mastodon';

/**
 * Mastodon runs on thousands of instances. Beyond the ones the manifest names, the user adds an instance's
 * host; OnBrand asks for that host's permission and registers the Mastodon content script for it at runtime
 * (stack.md §5.3). These helpers are shared by the settings page and the background.
 */

/** The built Mastodon content script, as WXT names it in the output. */
export const MASTODON_SCRIPT_FILE = 'content-scripts/mastodon.js';
const SCRIPT_ID_PREFIX = 'mastodon-instance:';

/** A bare host name: lower-case labels, at least one dot, no port, path or scheme. */
export const InstanceHostSchema = z
  .string()
  .check(
    z.maxLength(253),
    z.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/),
  );

/**
 * Turns what the user typed ("Fosstodon.org", "https://fosstodon.org/home") into a host, or an error
 * message saying what is wrong.
 */
export function parseInstanceHost(input: string): { host: string } | { error: string } {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { error: t('mastodonInstanceEmpty') };
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return { error: t('mastodonInstanceNotAddress', quoted(input.trim())) };
  }
  if (!InstanceHostSchema.safeParse(host).success)
    return { error: t('mastodonInstanceNotHost', quoted(input.trim())) };
  if (mastodon.hosts.includes(host)) return { error: `${host} works already; nothing to add.` };
  return { host };
}

/** The permission origin pattern for an instance. */
export const instanceOrigin = (host: string) => `https://${host}/*`;

export const instanceScriptId = (host: string) => `${SCRIPT_ID_PREFIX}${host}`;

/** The instance host a registered script id belongs to, or undefined for scripts that aren't ours. */
export function hostOfScriptId(id: string): string | undefined {
  return id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : undefined;
}

/** The host of an `https://host/*` origin pattern. */
export function hostOfOrigin(origin: string): string | undefined {
  return /^https:\/\/([^/*]+)\/\*$/.exec(origin)?.[1];
}
