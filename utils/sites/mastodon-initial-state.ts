/**
 * The state a Mastodon server embeds in its web app's page, `<script id="initial-state"
 * type="application/json">` (mastodon/mastodon `app/javascript/mastodon/initial_state.ts` at 03006bdf reads it
 * with `JSON.parse(element.textContent)`). The page is untrusted: every value read from it is checked by the
 * reader.
 */
type Json = Record<string, unknown>;

export const child = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Json)[key] : undefined;

/** Parsed once per script element: the server writes it once and the app never rewrites it. */
const parsed = new WeakMap<Element, unknown>();

export function mastodonInitialState(page: ParentNode = document): unknown {
  const script = page.querySelector('script#initial-state');
  if (!script?.textContent) return undefined;
  if (!parsed.has(script)) {
    let state: unknown;
    try {
      state = JSON.parse(script.textContent);
    } catch {
      state = undefined;
    }
    parsed.set(script, state);
  }
  return parsed.get(script);
}

/** Mastodon's `Account::USERNAME_RE`: letters, digits and `_`, with `.` or `-` only between them. */
const USERNAME = /^[a-z0-9_]+([.-]+[a-z0-9_]+)*$/i;

/** A host name as a server's local domain can be (`meta.domain`): labels of letters, digits and `-`. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;

/**
 * The signed-in account as `name@server`, the way a brand lists a Mastodon account (a name alone is a
 * different person on each server): `meta.me` is its id, `accounts[id]` its account entity (`acct` is the bare
 * username for a local account, the one in its posts' links `/@acct/ID`) and `meta.domain` the server's local
 * domain (`initial_state.ts`: `meta.me?: string`, `meta.domain`, `accounts: Record<string, ApiAccountJSON>`;
 * `app/serializers/initial_state_serializer.rb` puts the current account and `local_domain` there). The bare
 * name where the state names no domain.
 */
export function mastodonSignedInAccount(page: ParentNode = document): string | undefined {
  const state = mastodonInitialState(page);
  const me = child(child(state, 'meta'), 'me');
  if (typeof me !== 'string') return undefined;
  const account = child(child(state, 'accounts'), me);
  const acct = child(account, 'acct') ?? child(account, 'username');
  if (typeof acct !== 'string' || acct.length > 64 || !USERNAME.test(acct)) return undefined;
  const domain = child(child(state, 'meta'), 'domain');
  return typeof domain === 'string' && DOMAIN.test(domain) ? `${acct}@${domain}` : acct;
}
