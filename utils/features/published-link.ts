import type { PlatformId } from '@/utils/checks/types';
import { mastodonIdTime, tidTime } from '@/utils/sites/feeds/extract';

/**
 * Where a site shows the link of the post the user has just sent from its composer. Read only in the
 * composer tools (composer-tools.js, loaded once the user writes), so the site content scripts carry none of it.
 */
export interface PublishedLinkShape {
  /** The composer's own send buttons. */
  postButton: string;
  /** The link the site shows once the post went out. */
  link: string;
  /** A post's path on the site; group 1 is the author's handle, group 2 the post's id. */
  permalink: RegExp;
  /**
   * Where the link is the new post in a feed, which shows other accounts' posts as well: without the
   * signed-in account from the page, nothing is read.
   */
  needsAccount?: true;
  /**
   * The post's creation time from its id, and how far the clock that made it may be off the browser's: a post
   * made before the click is not the one just sent, however newly the feed renders it again.
   */
  created?: { at: (postId: string) => number | undefined; clockSkewMs: number };
}

/**
 * Only sites whose post-send link a public source shows are here (docs/analytics.md, "The link of the post
 * just sent").
 *
 * X: after Post it shows a toast, "Your post was sent." with a "View" link to `/HANDLE/status/ID`, in
 * `[data-testid="toast"]`: DimensionDev/Maskbook `packages/mask/src/site-adaptors/twitter.com/utils/selector.ts`
 * (`toastLinkSelector`, `[data-testid="toast"] a`), and posting scripts that take the new post's id from
 * `[data-testid="toast"] a[href*="/status/"]` after clicking `tweetButtonInline`/`tweetButton`.
 *
 * Bluesky's toast ("Your post was sent", "View") is a button that navigates from the AT URI held in script, so
 * no `href` is in it (bluesky-social/social-app `src/view/com/composer/Composer.tsx` at 0079e190,
 * `Toast.Action onPress … navigation.navigate('PostThread', …)`). The post itself is shown: a new post (not a
 * reply) runs `emitPostCreated()`, and the Following feed and the user's own posts feed refetch on it while they
 * hold one page (`src/view/com/posts/PostFeed.tsx`, `listenPostCreated(onPostCreated)`); each feed item is
 * `feedItem-by-{handle}` with its link `/profile/{handle}/post/{rkey}` (utils/sites/feeds/bluesky.ts). The
 * record key is a TID the browser makes at send time (`src/lib/api/index.ts` at 3a4efb94, `TID.next(tid)`),
 * so it holds the browser's own clock.
 *
 * Mastodon's "Post published." alert has a button, not a link ("Open" pushes `/@USERNAME/ID` with the router).
 * The new status is put at the top of the home column once the server answered (`actions/compose.js`
 * `submitCompose`, `insertIfOnline('home')`; Mastodon's own test `spec/system/new_statuses_spec.rb` at 562c32e6
 * posts from /home and then sees `.status__content__text` with the text), its time a link
 * `a.status__relative-time` to `/@ACCT/ID` (`components/status/legacy/header.tsx` at 3f7cb407). Ids are the
 * server's milliseconds (`lib/mastodon/snowflake.rb`), so the server's clock.
 */
export const PUBLISHED_LINK_SHAPES: Partial<Record<PlatformId, PublishedLinkShape>> = {
  x: {
    postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
    link: '[data-testid="toast"] a[href*="/status/"]',
    permalink: /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)\/?$/,
  },
  bluesky: {
    postButton: '[data-testid="composerPublishBtn"]',
    link: '[data-testid^="feedItem-by-"] a[href*="/post/"]',
    permalink: /^\/profile\/([^/]+)\/post\/([234567a-z]{13})$/,
    needsAccount: true,
    // The TID is made by this browser after the click: no other clock is involved, a second's leeway.
    created: { at: tidTime, clockSkewMs: 1_000 },
  },
  mastodon: {
    postButton: '.compose-form__submit button, .compose-form button[type="submit"]',
    link: 'a.status__relative-time',
    permalink: /^\/@([^/@]+)\/(\d+)$/,
    needsAccount: true,
    // The server's clock: a browser whose clock is more than two minutes ahead reads nothing (the user pastes).
    created: { at: mastodonIdTime, clockSkewMs: 120_000 },
  },
};

/**
 * Whether a post's author, as its link names it, is the signed-in account. Handles are case-insensitive. A
 * Mastodon account is `name@server`, while a link on its own server names a local author by `name` alone
 * (`/@name/ID`): the page is that server's, so the names are compared.
 */
function sameAccount(account: string, author: string): boolean {
  const signedIn = author.includes('@') ? account : account.replace(/@.*$/, '');
  return signedIn.toLowerCase() === author.toLowerCase();
}

/** How long after the Post click the site's link may take to show (a slow upload, a slow network). */
export const PUBLISHED_LINK_WAIT_MS = 30_000;

export interface PublishedLinkWatch {
  /** Stops waiting for a Post click (the composer is gone); a post already sent is still read. */
  stopUnlessSent(): void;
}

/**
 * After the user's own click on the composer's Post button, waits for the link the site then shows and
 * hands it on once. Only a link that appears after that click counts, on the page's own site, by the
 * signed-in account when the page names it (and only then where the link is in a feed), of a post made after
 * the click where its id tells: a link already on the page, another account's post, an older post shown again
 * or anything shown later than `PUBLISHED_LINK_WAIT_MS` is never read.
 */
export function watchPublishedLink(options: {
  shape: PublishedLinkShape;
  /** Ends everything with the content script. */
  signal: AbortSignal;
  /** The signed-in account's handle, when the page shows it. */
  account?: () => string | undefined;
  onLink(link: string): void;
}): PublishedLinkWatch {
  const { shape, signal } = options;
  const waiting = new AbortController();
  signal.addEventListener('abort', () => waiting.abort(), { once: true });
  let sent = false;

  /** The links shown before the click, by their element: a site may reuse the element for the next toast. */
  const shown = () =>
    new Map([...document.querySelectorAll(shape.link)].map((a) => [a, a.getAttribute('href')]));
  const readNew = (before: ReadonlyMap<Element, string | null>, clickedAt: number): string | undefined => {
    for (const anchor of document.querySelectorAll(shape.link)) {
      const href = anchor.getAttribute('href');
      if (!href || before.get(anchor) === href) continue;
      let url: URL;
      try {
        url = new URL(href, location.href);
      } catch {
        continue;
      }
      if (url.origin !== location.origin) continue;
      const [, author, postId = ''] = url.pathname.match(shape.permalink) ?? [];
      if (!author) continue;
      const account = options.account?.();
      if (account ? !sameAccount(account, author) : shape.needsAccount) continue;
      const createdAt = shape.created?.at(postId);
      if (shape.created && (createdAt === undefined || createdAt < clickedAt - shape.created.clockSkewMs))
        continue;
      return `${url.origin}${url.pathname}`;
    }
    return undefined;
  };

  const onClick = (event: Event) => {
    // Only the user's own click: a page script's synthetic click sends nothing of the user's.
    if (!event.isTrusted || sent) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !target.closest(shape.postButton)) return;
    sent = true;
    waiting.abort();
    const before = shown();
    const clickedAt = Date.now();
    const reading = new AbortController();
    signal.addEventListener('abort', () => reading.abort(), { once: true });
    const observer = new MutationObserver(() => {
      const link = readNew(before, clickedAt);
      if (!link) return;
      reading.abort();
      options.onLink(link);
    });
    const timer = window.setTimeout(() => reading.abort(), PUBLISHED_LINK_WAIT_MS);
    reading.signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
      },
      { once: true },
    );
    if (!reading.signal.aborted)
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributeFilter: ['href'],
      });
  };
  document.addEventListener('click', onClick, { capture: true, signal: waiting.signal });
  return { stopUnlessSent: () => waiting.abort() };
}
