import { absoluteUrl, visibleText } from './extract';
import type { FeedAdapter } from './types';

// Grid cells are recycled while scrolling (sites.md §5): everything is read at click time.
function pinId(post: Element): string | undefined {
  for (const link of post.querySelectorAll('a[href*="/pin/"]')) {
    const id = /\/pin\/([^/?#]+)/.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

export const pinterestFeed: FeedAdapter = {
  platform: 'pinterest',
  posts: '[data-test-id="pin"], [data-test-id="pinWrapper"], [data-grid-item]',
  postId: pinId,
  permalink: (post) => {
    const id = pinId(post);
    return id ? absoluteUrl(`/pin/${id}/`, 'https://www.pinterest.com/') : undefined;
  },
  // Grid pins name their creator only on some layouts.
  authorName: (post) =>
    visibleText(
      post.querySelector('[data-test-id="creator-profile-name"], [data-test-id="attribution-name"]'),
    ),
  authorHandle: (post) => {
    const href = post
      .querySelector('a[data-test-id="creator-profile-link"], [data-test-id="attribution"] a')
      ?.getAttribute('href');
    const name = /^\/([^/]+)\/?$/.exec(href ?? '')?.[1];
    return name ? `@${name}` : undefined;
  },
  // A pin's description is its image's alt text; a visible title is preferred when there is one.
  text: (post) =>
    visibleText(post.querySelector('[data-test-id="pinrep-footer-title"], [data-test-id="pin-title"]')) ??
    (post.querySelector('a[href*="/pin/"] img[alt]')?.getAttribute('alt')?.trim() || undefined),
  publishedAt: () => undefined,
  metrics: () => ({}),
  media: (post) => {
    const video = post.querySelector('video, [data-test-id="pinrep-video"]');
    const images = post.querySelectorAll('a[href*="/pin/"] img').length;
    if (video) return { kind: 'video', count: 1 };
    return images ? { kind: 'image', count: images } : undefined;
  },
  isAd: (post) =>
    post.querySelector('[data-test-id="oneTapPromotedPin"], [data-test-id="promoted-label"]') !== null,
  repost: () => false,
};
