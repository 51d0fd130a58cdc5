import { normalizeHandle } from '../brands/handles';
import type { PlatformId } from '../checks/types';
import { type OwnPost, ownPostId, type PostSnapshot } from '../db/analytics-records';
import type { CapturedPost } from '../db/captured-post';
import type { Brand } from '../db/records';
import { browseSourceId, isOwnAuthor, isSnapshotDue } from './browse-snapshot-rules';

/**
 * The brand's own posts read on a platform's page, turned into the rows an import would give: an `OwnPost`
 * per post and one snapshot of its numbers, whose source is the page (`read-on:<platform>`).
 */

/** The handles (without `@`, lower case) the brands list for the platform: whose posts are the brand's. */
export function ownHandlesOn(brands: readonly Brand[], platform: PlatformId): string[] {
  const handles = brands.flatMap((brand) =>
    brand.accounts.filter((account) => account.platform === platform).map((a) => normalizeHandle(a.handle)),
  );
  return [...new Set(handles)].filter(Boolean).sort();
}

export interface BrowseSnapshotPlan {
  posts: OwnPost[];
  snapshots: PostSnapshot[];
}

/**
 * What to store of the posts a page sent: only the platform's posts by one of `own`, only those with an id or
 * a link, and only those not read within the interval (`lastReadAt`: each post's newest reading from the page).
 * The feed readers' names become the exports' names: replies are comments, reposts are shares.
 */
export function planBrowseSnapshots(
  captured: readonly CapturedPost[],
  {
    platform,
    own,
    lastReadAt,
    now,
  }: { platform: PlatformId; own: ReadonlySet<string>; lastReadAt: ReadonlyMap<string, number>; now: number },
): BrowseSnapshotPlan {
  const plan: BrowseSnapshotPlan = { posts: [], snapshots: [] };
  const taken = new Set<string>();
  for (const post of captured) {
    const handle = post.author.handle;
    if (post.platform !== platform || handle === undefined || !isOwnAuthor(handle, own)) continue;
    if (post.postId === undefined && post.permalink === undefined) continue;
    const id = ownPostId(platform, post.postId, post.permalink);
    if (taken.has(id) || !isSnapshotDue(lastReadAt.get(id), now)) continue;
    taken.add(id);
    plan.posts.push({
      id,
      platform,
      ...(post.postId !== undefined ? { postId: post.postId } : {}),
      ...(post.permalink !== undefined ? { permalink: post.permalink } : {}),
      text: post.text,
      ...(post.publishedAt !== undefined ? { publishedAt: post.publishedAt } : {}),
      account: normalizeHandle(handle),
      seenOnPageAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const { likes, replies, reposts, views } = post.metrics;
    plan.snapshots.push({
      id: `${id}@${now}`,
      postId: id,
      readAt: now,
      sourceId: browseSourceId(platform),
      ...(likes !== undefined ? { likes } : {}),
      ...(replies !== undefined ? { comments: replies } : {}),
      ...(reposts !== undefined ? { shares: reposts } : {}),
      ...(views !== undefined ? { views } : {}),
    });
  }
  return plan;
}
