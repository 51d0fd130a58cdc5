import { publicDisplayName } from '@/utils/replies/display-name';
import type { FeedAdapter } from '@/utils/sites/feeds/types';

/** `@name` (X, YouTube) or `u/name` (Reddit): letters, digits, `_`, `.`, `-`, nothing to click elsewhere. */
const HANDLE = /^(?:@|u\/)[\p{L}\p{N}_.-]{1,50}$/u;

/** The person a reply answers, as the page shows them. Either part may be missing; never guessed. */
export interface ReplyAuthor {
  name?: string;
  /** As a mention on that site: `@brandfan` on X, `u/brandfan` on Reddit. */
  handle?: string;
}

/**
 * The author of the post being replied to from `composer`, read with the site's feed readers: the post or
 * comment that contains the composer (reply boxes nested in a comment), else the last one before it in the
 * same dialog, or on the page when it is not in a dialog. Undefined when the site names no reply targets or
 * none is found. Readers may throw on markup they don't know, which reads as no one.
 */
export function replyAuthorNear(feed: FeedAdapter, composer: Element): ReplyAuthor | undefined {
  const targets = feed.replyTargets;
  if (!targets) return undefined;
  const container = composer.parentElement?.closest(targets);
  if (container) return authorOf(feed, container);
  const scope = composer.closest('[role="dialog"], dialog') ?? composer.ownerDocument;
  let before: Element | undefined;
  for (const post of scope.querySelectorAll(targets)) {
    if (post.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING) before = post;
    else break;
  }
  return before ? authorOf(feed, before) : undefined;
}

function authorOf(feed: FeedAdapter, post: Element): ReplyAuthor | undefined {
  try {
    const handle = feed.authorHandle(post);
    const name = feed.authorName(post);
    // YouTube shows the handle as the name: a reply greets "brandfan", not "@brandfan".
    return nonEmpty({ name: name === handle ? name?.replace(/^@/, '') : name, handle });
  } catch {
    return undefined;
  }
}

/** What reaches a reply: a name that reads as one (publicDisplayName), a handle as the site spells them. */
function nonEmpty({ name, handle }: ReplyAuthor): ReplyAuthor | undefined {
  const safe: ReplyAuthor = {
    name: publicDisplayName(name),
    handle: handle && HANDLE.test(handle) ? handle : undefined,
  };
  if (!safe.name) delete safe.name;
  if (!safe.handle) delete safe.handle;
  return safe.name || safe.handle ? safe : undefined;
}
