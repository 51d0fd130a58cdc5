import type { PlatformId } from '@/utils/checks/types';
import { publicDisplayName } from '@/utils/replies/display-name';

/** `@name` (X, YouTube) or `u/name` (Reddit): letters, digits, `_`, `.`, `-`, nothing to click elsewhere. */
const HANDLE = /^(?:@|u\/)[\p{L}\p{N}_.-]{1,50}$/u;

/** The person a reply answers, as the page shows them. Either part may be missing; never guessed. */
export interface ReplyAuthor {
  name?: string;
  /** As a mention on that site: `@brandfan` on X, `u/brandfan` on Reddit. */
  handle?: string;
}

interface PostReader {
  /** Elements that are one post or comment, with its author inside. */
  post: string;
  read(post: Element): ReplyAuthor;
}

const text = (element: Element | null | undefined) => element?.textContent?.trim() || undefined;

/**
 * Per site: what a post looks like and where its author is (docs/sites.md §5). Sites missing
 * here have no reply-context structure checked against a fixture yet; `{author.*}` then stays visible in
 * the reply, flagged, for the user to fill in.
 */
const READERS: Partial<Record<PlatformId, PostReader>> = {
  x: {
    // The reply dialog shows the tweet above its composer; a status page shows the focal tweet above the
    // inline reply composer. Quoted tweets nest their own User-Name later in the article: take the first.
    post: 'article[data-testid="tweet"]',
    read(post) {
      const userName = post.querySelector('[data-testid="User-Name"]');
      if (!userName) return {};
      const path = userName.querySelector('a[href^="/"]')?.getAttribute('href') ?? '';
      const handle = /^\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/.exec(path)?.[1];
      return { name: displayName(userName), handle: handle ? `@${handle}` : undefined };
    },
  },
  reddit: {
    // A reply box opens inside the comment it answers; a top-level comment answers the post.
    post: 'shreddit-comment[author], shreddit-post[author]',
    read(post) {
      const author = post.getAttribute('author') ?? '';
      if (!author || author === '[deleted]') return {};
      return { name: author, handle: `u/${author}` };
    },
  },
  youtube: {
    // A reply box opens inside the comment thread; #author-text shows the channel handle (`@name`).
    post: 'ytd-comment-view-model, ytd-comment-renderer',
    read(post) {
      const author = text(post.querySelector('#author-text'));
      return author
        ? { name: author.replace(/^@/, ''), handle: author.startsWith('@') ? author : undefined }
        : {};
    },
  },
};

/** X's display name: the first text in User-Name that is not the @handle or the `·` separator. */
function displayName(userName: Element): string | undefined {
  for (const span of userName.querySelectorAll('span')) {
    if (span.querySelector('span')) continue;
    const value = collectName(span);
    if (value && !value.startsWith('@') && value !== '·') return value;
  }
  return undefined;
}

/** Text with emoji images read as their alt, as X renders emoji in names. */
function collectName(node: Node): string {
  let value = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) value += child.nodeValue ?? '';
    else if (child instanceof HTMLImageElement) value += child.alt;
    else value += collectName(child);
  }
  return value.trim();
}

/**
 * The author of the post being replied to from `composer`: the post that contains the composer (reply boxes
 * nested in a comment), else the last post before it in the same dialog, or on the page when it is not in
 * a dialog. Undefined when the site has no reader or no post is found.
 */
export function replyAuthorNear(platform: PlatformId, composer: Element): ReplyAuthor | undefined {
  const reader = READERS[platform];
  if (!reader) return undefined;
  const container = composer.parentElement?.closest(reader.post);
  if (container) return nonEmpty(reader.read(container));
  const scope = composer.closest('[role="dialog"], dialog') ?? composer.ownerDocument;
  let before: Element | undefined;
  for (const post of scope.querySelectorAll(reader.post)) {
    if (post.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING) before = post;
    else break;
  }
  return before ? nonEmpty(reader.read(before)) : undefined;
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
