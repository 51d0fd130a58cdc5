import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PUBLISHED_LINK_SHAPES, watchPublishedLink } from '@/utils/features/published-link';
import { tid } from '../fixtures/sites/shared/bluesky-post';
import { statusIdAt } from '../fixtures/sites/shared/mastodon-status';

/**
 * The watcher on a page whose feed shows the new post (Bluesky, Mastodon): what the feed renders after the
 * user's Post click, and which link is handed on. linkedom's events are untrusted; the user's click is one
 * whose `isTrusted` is true, as the browser makes it.
 */
function sitePage(origin: string, postButton: string) {
  const { window, document } = parseHTML(
    `<!doctype html><html><body>${postButton}<div id="feed"></div></body></html>`,
  );
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', { href: `${origin}/`, origin });
  vi.stubGlobal('Element', window.Element);
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  vi.stubGlobal('window', { setTimeout: globalThis.setTimeout.bind(globalThis) });
  const Event = window.Event as typeof globalThis.Event;
  class UserClick extends Event {
    override get isTrusted() {
      return true;
    }
  }
  const feed = document.getElementById('feed') as HTMLElement;
  return {
    click: (trusted = true) =>
      document
        .querySelector('button')
        ?.dispatchEvent(
          trusted ? new UserClick('click', { bubbles: true }) : new Event('click', { bubbles: true }),
        ),
    /** Renders a post at the top of the feed, as a new element. */
    show: (html: string) => {
      const item = document.createElement('div');
      item.innerHTML = html;
      feed.prepend(item);
    },
  };
}

const blueskyPost = (handle: string, rkey: string) =>
  `<div data-testid="feedItem-by-${handle}"><a href="/profile/${handle}">${handle}</a><a href="/profile/${handle}/post/${rkey}">now</a></div>`;
const mastodonStatus = (acct: string, id: string) =>
  `<div class="status" data-id="${id}"><a class="status__relative-time" href="/@${acct}/${id}">now</a></div>`;

function watch(platform: 'bluesky' | 'mastodon', account: () => string | undefined) {
  const shape = PUBLISHED_LINK_SHAPES[platform];
  if (!shape) throw new Error(`No published-link shape for ${platform}`);
  const onLink = vi.fn<(link: string) => void>();
  const stop = new AbortController();
  watchPublishedLink({ shape, signal: stop.signal, account, onLink });
  return { onLink, stop: () => stop.abort() };
}

const blueskyPage = () =>
  sitePage('https://bsky.app', '<button data-testid="composerPublishBtn">Post</button>');

/** Resolves once the watcher has handed on `link`, and only it. */
const handedOn = (onLink: { mock: { calls: unknown[] } }, link: string) =>
  expect.poll(() => onLink.mock.calls).toEqual([[link]]);

/** Resolves once the watcher has looked at what the feed shows now: it asks for the account at each look. */
const looked = (account: { mock: { calls: unknown[] } }) =>
  expect.poll(() => account.mock.calls.length).toBeGreaterThan(0);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the link of the post just sent, read from the feed', () => {
  it('on Bluesky is the signed-in account’s new post, not a followed account’s newer one above it', async () => {
    const page = blueskyPage();
    const { onLink, stop } = watch('bluesky', () => 'acme.bsky.social');
    page.click();
    const sent = tid(Date.now());
    page.show(blueskyPost('acme.bsky.social', sent));
    page.show(blueskyPost('tides.bsky.social', tid(Date.now() + 1, 7)));
    await handedOn(onLink, `https://bsky.app/profile/acme.bsky.social/post/${sent}`);
    stop();
  });

  it('on Bluesky is not the user’s own older post rendered again after the click', async () => {
    const page = blueskyPage();
    const account = vi.fn<() => string | undefined>(() => 'acme.bsky.social');
    const { onLink, stop } = watch('bluesky', account);
    page.click();
    // Yesterday's post, in an element the feed made anew after the click: its TID says it is older.
    page.show(blueskyPost('acme.bsky.social', tid(Date.now() - 86_400_000)));
    // The watcher looked at it and let it be.
    await looked(account);
    expect(onLink).not.toHaveBeenCalled();
    const sent = tid(Date.now());
    page.show(blueskyPost('acme.bsky.social', sent));
    await handedOn(onLink, `https://bsky.app/profile/acme.bsky.social/post/${sent}`);
    stop();
  });

  it('on Bluesky reads nothing while the page names no signed-in account, since any account’s post may show', async () => {
    const page = blueskyPage();
    const account = vi.fn<() => string | undefined>(() => undefined);
    const { onLink, stop } = watch('bluesky', account);
    page.click();
    page.show(blueskyPost('tides.bsky.social', tid(Date.now())));
    // The watcher looked at the new post and let it be.
    await looked(account);
    expect(onLink).not.toHaveBeenCalled();
    stop();
  });

  it('on Bluesky reads nothing after a click the user did not make', async () => {
    const page = blueskyPage();
    const account = vi.fn<() => string | undefined>(() => 'acme.bsky.social');
    const { onLink, stop } = watch('bluesky', account);
    page.click(false);
    page.show(blueskyPost('acme.bsky.social', tid(Date.now())));
    // The user's own click afterwards starts the watch; the post shown before it is not the one sent then.
    page.click();
    const sent = tid(Date.now() + 5);
    page.show(blueskyPost('acme.bsky.social', sent));
    await handedOn(onLink, `https://bsky.app/profile/acme.bsky.social/post/${sent}`);
    stop();
  });

  it('on Mastodon takes a status whose id the server made on a clock a minute behind, not an older own status', async () => {
    const page = sitePage(
      'https://mastodon.social',
      '<form class="compose-form"><div class="compose-form__submit"><button type="submit">Post</button></div></form>',
    );
    // As the adapter reads it: the name with its server; the links on the server name it alone.
    const account = vi.fn<() => string | undefined>(() => 'acmecoffee@mastodon.social');
    const { onLink, stop } = watch('mastodon', account);
    page.click();
    // An hour-old status of the user's, rendered again, and a followed account's new one.
    page.show(mastodonStatus('acmecoffee', statusIdAt(Date.now() - 3_600_000)));
    page.show(mastodonStatus('greenfingers', statusIdAt(Date.now())));
    await looked(account);
    expect(onLink).not.toHaveBeenCalled();
    const sent = statusIdAt(Date.now() - 60_000, 2);
    page.show(mastodonStatus('acmecoffee', sent));
    await expect.poll(() => onLink.mock.calls).toEqual([[`https://mastodon.social/@acmecoffee/${sent}`]]);
    stop();
  });
});
