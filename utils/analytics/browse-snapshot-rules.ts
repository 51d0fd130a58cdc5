import { normalizeHandle } from '../brands/handles';
import type { PlatformId } from '../checks/types';

/**
 * The rules of the snapshots read while the user browses the brand's own pages (docs/analytics.md), shared
 * by the feed pages' script, which picks the posts to send, and the background, which stores them. No zod
 * and no records here: the feed pages bundle this file.
 */

/** At most one reading per post an hour: scrolling past a post again, or each re-render, writes nothing. */
export const BROWSE_SNAPSHOT_INTERVAL_MS = 3_600_000;

/** Posts per message; a profile page shows a few dozen at a time. */
export const MAX_POSTS_PER_SNAPSHOT = 50;

const PREFIX = 'read-on:';

/** The snapshot sets' source of the numbers read on a platform's pages. */
export const browseSourceId = (platform: PlatformId): string => `${PREFIX}${platform}`;

/** The platform whose pages a snapshot set was read on, or undefined for an import's set. */
export function browsePlatformOf(sourceId: string | undefined): PlatformId | undefined {
  return sourceId?.startsWith(PREFIX) ? (sourceId.slice(PREFIX.length) as PlatformId) : undefined;
}

/** Whether a post's author, as the page shows it (`@AcmeCoffee`), is one of the brand's accounts. */
export function isOwnAuthor(handle: string | undefined, own: ReadonlySet<string>): boolean {
  return handle !== undefined && own.has(normalizeHandle(handle));
}

/** Whether a post last read at `lastReadAt` (undefined: never) is read again at `now`. */
export function isSnapshotDue(lastReadAt: number | undefined, now: number): boolean {
  return lastReadAt === undefined || now - lastReadAt >= BROWSE_SNAPSHOT_INTERVAL_MS;
}
