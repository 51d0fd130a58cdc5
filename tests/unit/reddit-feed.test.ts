import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isOwnAuthor } from '@/utils/analytics/browse-snapshot-rules';
import { normalizeHandle } from '@/utils/brands/handles';
import { redditFeed } from '@/utils/sites/feeds/reddit';

/** A row of the posts tab as tests/fixtures/sites/reddit/profile.ts renders it (sources in its header). */
function row(tag: string, author: string): Element {
  const { document } = parseHTML(
    `<article><${tag} id="t3_1flour1" post-title="Ask us anything about flour" author="${author}" score="1204" comment-count="318" created-timestamp="2026-11-30T15:00:00.000+0000" permalink="/r/Breadit/comments/1flour1/ask/" post-type="text"></${tag}></article>`,
  );
  return document.querySelector(redditFeed.posts) as Element;
}

describe('Reddit: the brand’s own posts on its profile', () => {
  // A brand lists its account as `FlourMillCo` (the schema takes no `/`); the page shows `u/FlourMillCo`.
  const own = new Set([normalizeHandle('FlourMillCo')]);

  it('a post whose author is the brand’s account is the brand’s, however the page writes the handle', () => {
    const handle = redditFeed.authorHandle(row('shreddit-post', 'FlourMillCo'));
    expect(handle).toBe('u/FlourMillCo');
    expect(isOwnAuthor(handle, own)).toBe(true);
    expect(isOwnAuthor('/u/flourmillco', own)).toBe(true);
  });

  it('an advertiser’s promoted post between the brand’s posts is not the brand’s', () => {
    expect(isOwnAuthor(redditFeed.authorHandle(row('shreddit-ad-post', 'OvenPro')), own)).toBe(false);
  });
});
