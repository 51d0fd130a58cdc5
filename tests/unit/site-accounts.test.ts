import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { newBrand, pickBrand } from '@/utils/db/brands';
import type { Brand } from '@/utils/db/records';
import { bluesky } from '@/utils/sites/bluesky';
import { mastodon } from '@/utils/sites/mastodon';
import { x } from '@/utils/sites/x';

// The signed-in account picks the brand and says whose post a feed shows: the adapter reads it from the page.
const page = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("X's signed-in account", () => {
  it('is the handle the side bar profile link points at', () => {
    const doc = page('<nav><a data-testid="AppTabBar_Profile_Link" href="/acme_support">Profile</a></nav>');
    expect(x.currentAccount?.(doc)).toBe('acme_support');
  });

  it('is unknown when the page shows no profile link (signed out) or a link that is not a handle', () => {
    expect(x.currentAccount?.(page('<nav></nav>'))).toBeUndefined();
    expect(
      x.currentAccount?.(page('<a data-testid="AppTabBar_Profile_Link" href="/i/flow/login">Log in</a>')),
    ).toBeUndefined();
  });
});

describe("Bluesky's signed-in account", () => {
  it('is the handle the left nav’s Profile item links to, not a profile the feed links to', () => {
    const doc = page(
      '<div data-testid="feedItem-by-tides.bsky.social"><a href="/profile/tides.bsky.social">Tide Tables</a></div>' +
        '<nav role="navigation"><a href="/" role="link" aria-label="Home">Home</a>' +
        '<a href="/profile/acme.bsky.social" role="link" aria-label="Profile">Profile</a></nav>',
    );
    expect(bluesky.currentAccount?.(doc)).toBe('acme.bsky.social');
  });

  it('is unknown signed out (no Profile item) or where the nav links to a profile’s sub-page', () => {
    expect(
      bluesky.currentAccount?.(page('<nav role="navigation"><a href="/">Home</a></nav>')),
    ).toBeUndefined();
    expect(
      bluesky.currentAccount?.(page('<nav><a href="/profile/did:plc:abc/feed/whats-hot">Feed</a></nav>')),
    ).toBeUndefined();
  });
});

describe("Mastodon's signed-in account", () => {
  const withState = (state: unknown) =>
    page(`<script id="initial-state" type="application/json">${JSON.stringify(state)}</script>`);

  it('is the username of the account `meta.me` names in the initial state, with its server as a brand lists it', () => {
    const doc = withState({
      meta: { me: '109000000000000001', domain: 'mastodon.social' },
      accounts: {
        '109000000000000001': { id: '109000000000000001', username: 'acmecoffee', acct: 'acmecoffee' },
        '1': { id: '1', username: 'admin', acct: 'admin' },
      },
    });
    expect(mastodon.currentAccount?.(doc)).toBe('acmecoffee@mastodon.social');
    // The brand that lists the account (any case) is the page's, not the one for all of Mastodon.
    const brand = (name: string, accounts: Brand['accounts'], sites: Brand['sites'] = []) => ({
      ...newBrand(name, { name, version: 1, marks: [], rules: [] }, 1),
      accounts,
      sites,
    });
    const coffee = brand('Acme Coffee', [{ platform: 'mastodon', handle: '@AcmeCoffee@mastodon.social' }]);
    const other = brand(
      'Acme on another server',
      [{ platform: 'mastodon', handle: 'acmecoffee@hachyderm.io' }],
      ['mastodon'],
    );
    expect(pickBrand([other, coffee], 'mastodon', mastodon.currentAccount?.(doc))?.name).toBe('Acme Coffee');
  });

  it('is the bare username where the state names no server', () => {
    const doc = withState({
      meta: { me: '7' },
      accounts: { '7': { username: 'acmecoffee', acct: 'acmecoffee' } },
    });
    expect(mastodon.currentAccount?.(doc)).toBe('acmecoffee');
  });

  it('is unknown signed out, in a state that is not JSON, or when the name is not a username', () => {
    expect(mastodon.currentAccount?.(withState({ meta: { domain: 'mastodon.social' } }))).toBeUndefined();
    expect(
      mastodon.currentAccount?.(page('<script id="initial-state" type="application/json">{"meta":</script>')),
    ).toBeUndefined();
    expect(
      mastodon.currentAccount?.(
        withState({ meta: { me: '7' }, accounts: { '7': { username: '../settings', acct: '../settings' } } }),
      ),
    ).toBeUndefined();
  });
});
