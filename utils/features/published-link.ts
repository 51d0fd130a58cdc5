import type { PlatformId } from '@/utils/checks/types';

/**
 * Where a site shows the link of the post the user has just sent from its composer. Read only in the
 * composer tools (composer-tools.js, loaded once the user writes), so the site content scripts carry none of it.
 */
export interface PublishedLinkShape {
  /** The composer's own send buttons. */
  postButton: string;
  /** The link the site shows once the post went out. */
  link: string;
  /** A post's path on the site; group 1 is the author's handle. */
  permalink: RegExp;
}

/**
 * Only sites whose post-send link a public source shows are here (docs/analytics.md, "The link of the post
 * just sent").
 *
 * X: after Post it shows a toast, "Your post was sent." with a "View" link to `/HANDLE/status/ID`, in
 * `[data-testid="toast"]`: DimensionDev/Maskbook `packages/mask/src/site-adaptors/twitter.com/utils/selector.ts`
 * (`toastLinkSelector`, `[data-testid="toast"] a`), and posting scripts that take the new post's id from
 * `[data-testid="toast"] a[href*="/status/"]` after clicking `tweetButtonInline`/`tweetButton`.
 */
export const PUBLISHED_LINK_SHAPES: Partial<Record<PlatformId, PublishedLinkShape>> = {
  x: {
    postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
    link: '[data-testid="toast"] a[href*="/status/"]',
    permalink: /^\/([A-Za-z0-9_]{1,15})\/status\/\d+\/?$/,
  },
};

/** How long after the Post click the site's link may take to show (a slow upload, a slow network). */
export const PUBLISHED_LINK_WAIT_MS = 30_000;

export interface PublishedLinkWatch {
  /** Stops waiting for a Post click (the composer is gone); a post already sent is still read. */
  stopUnlessSent(): void;
}

/**
 * After the user's own click on the composer's Post button, waits for the link the site then shows and
 * hands it on once. Only a link that appears after that click counts, on the page's own site, by the
 * signed-in account when the page names it: a link already on the page, another account's post or anything
 * shown later than `PUBLISHED_LINK_WAIT_MS` is never read.
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
  const readNew = (before: ReadonlyMap<Element, string | null>): string | undefined => {
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
      const author = url.pathname.match(shape.permalink)?.[1];
      if (!author) continue;
      const account = options.account?.();
      if (account && account.toLowerCase() !== author.toLowerCase()) continue;
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
    const reading = new AbortController();
    signal.addEventListener('abort', () => reading.abort(), { once: true });
    const observer = new MutationObserver(() => {
      const link = readNew(before);
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
