import { absoluteUrl, countsFromWords, mediaIn, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Modern feeds have no [role=article]; units are virtualised (sites.md §5, OpenCLI #2089). A shared post
// nests the original's profile_name and story_message inside the sharer's unit.
const PROFILE = '[data-ad-rendering-role="profile_name"]';
const MESSAGE =
  '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]';
const PERMALINK = /\/(?:[^/]+\/posts\/|groups\/[^/]+\/posts\/|permalink\.php|story\.php)/;
// A photo or reel link names the post only when there is no post link.
const MEDIA_PERMALINK = /\/(?:reel\/|photo)/;

/** A share shows the sharer's unit with the original inside: the original is the last of each part. */
const last = (post: Element, selector: string) => [...post.querySelectorAll(selector)].at(-1);

function permalinkOf(post: Element): URL | undefined {
  let found: URL | undefined;
  let media: URL | undefined;
  for (const link of post.querySelectorAll('a[href]')) {
    const href = absoluteUrl(link.getAttribute('href'), 'https://www.facebook.com/');
    if (!href) continue;
    const url = new URL(href);
    if (PERMALINK.test(url.pathname)) found = url;
    else if (!media && MEDIA_PERMALINK.test(url.pathname)) media = url;
  }
  return found ?? media;
}

function idOf(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  return (
    url.searchParams.get('story_fbid') ??
    url.searchParams.get('fbid') ??
    /\/(?:posts|reel)\/([^/?#]+)/.exec(url.pathname)?.[1] ??
    undefined
  );
}

export const facebookFeed: FeedAdapter = {
  platform: 'facebook',
  posts: '[data-virtualized]',
  postId: (post) => idOf(permalinkOf(post)),
  // Keep only the query parameters that name the post; the rest are tracking.
  permalink: (post) => {
    const url = permalinkOf(post);
    if (!url) return undefined;
    const kept = new URLSearchParams();
    for (const key of ['story_fbid', 'fbid', 'id']) {
      const value = url.searchParams.get(key);
      if (value) kept.set(key, value);
    }
    const query = kept.toString();
    return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
  },
  authorName: (post) => visibleText(last(post, PROFILE)),
  authorHandle: (post) => {
    const href = last(post, PROFILE)?.querySelector('a[href]')?.getAttribute('href');
    const path = href ? new URL(href, 'https://www.facebook.com/').pathname : '';
    return /^\/([^/]+)\/?$/.exec(path)?.[1];
  },
  text: (post) => visibleText(last(post, MESSAGE)),
  // Facebook shows only relative, obfuscated times in the feed.
  publishedAt: () => undefined,
  metrics: (post) =>
    countsFromWords(post, {
      replies: /\bcomments?\b/i,
      reposts: /\bshares?\b/i,
      likes: /\breactions?\b|^All reactions/i,
    }),
  media: (post) =>
    mediaIn(post, {
      image: 'a[href*="/photo"] img',
      video: 'video',
      link: 'a[href*="l.facebook.com/l.php"]',
    }),
  // "Sponsored" links to the ad-preferences page; the label text itself may be obfuscated (UNCONFIRMED).
  isAd: (post) => post.querySelector('a[href*="/ads/about"], a[aria-label="Sponsored"]') !== null,
  // A share nests the original's profile_name under the sharer's.
  repost: (post) => {
    const names = post.querySelectorAll(PROFILE);
    return names.length > 1 ? (visibleText(names[0]) ?? true) : false;
  },
};
