import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mastodonFeed } from '@/utils/sites/feeds/mastodon';

/**
 * The line above a status as Mastodon's status.jsx renders it (mastodon/mastodon, app/javascript/mastodon/
 * components/status.jsx): "{name} boosted" with a link to the booster, or "Pinned post" on a profile.
 */
function statusWith(prepend: string): Element {
  const { document } = parseHTML(
    `<div class="status__wrapper">${prepend}<div class="status" data-id="1"></div></div>`,
  );
  return document.querySelector('div.status') as Element;
}

describe('Mastodon feed: who reposted a status', () => {
  it('reads the booster from the boost line', () => {
    const post = statusWith(
      '<div class="status__prepend"><div class="status__prepend-icon-wrapper"></div><a href="/@greenfingers" class="status__display-name muted"><bdi><strong>Green Fingers</strong></bdi></a> boosted</div>',
    );
    expect(mastodonFeed.repost?.(post)).toBe('@greenfingers');
  });

  it('does not take a pinned post for a repost', () => {
    const post = statusWith(
      '<div class="status__prepend"><div class="status__prepend-icon-wrapper"></div>Pinned post</div>',
    );
    expect(mastodonFeed.repost?.(post)).toBe(false);
  });

  it('a status with no line above it is no repost', () => {
    expect(mastodonFeed.repost?.(statusWith(''))).toBe(false);
  });
});
