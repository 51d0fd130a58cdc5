import * as z from 'zod/mini';
import type { PlatformId } from '../checks/types';
import { type OwnPost, OwnPostSchema } from './analytics-records';
import { newStamp, ReadByStamp, wasChecked } from './checked-rows';
import type { OnBrandDatabase } from './database';
import {
  type DamagedRecord,
  damagedRows,
  describeProblems,
  InvalidRecordError,
  parseValidRows,
} from './table-repository';

/**
 * The brand's own posts, stored many to a row. In Chromium each IndexedDB put costs about the same whatever
 * its size: 10,000 puts of post-sized rows took 1.1–1.4 s, the same posts as 20 rows of 500 took 31–40 ms
 * (docs/analytics.md). So a post lives in the pack of its platform and of a fixed bucket of its id: a
 * 10,000-post import writes at most PACKS_PER_PLATFORM rows per platform, and one post's change (a calendar
 * link, a snapshot read on a page) rewrites one pack of ~1/64th of the posts. Each post in a pack is still
 * checked with `OwnPostSchema` on its own, so a damaged post is listed (and can be repaired or deleted)
 * while its neighbours read as before.
 */

/** Buckets per platform: ~160 posts a pack at 10,000 posts, a few rows for a small history. */
export const PACKS_PER_PLATFORM = 64;

/**
 * The pack row: its id (`platform#bucket`), its posts, each one checked on its own when read, and the stamp of
 * its last write (utils/db/checked-rows.ts: a pack read again unchanged is not checked again).
 */
export const PostPackSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  posts: z.array(z.unknown()),
  stamp: z.optional(z.string().check(z.maxLength(100))),
});
export type PostPack = z.infer<typeof PostPackSchema>;

/** FNV-1a (32 bit): a fixed, well-spread bucket for any id, the same in every browser and version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The platform part of an own post's id (`platform:postId`, ownPostId). */
function platformPartOf(postId: string): string {
  const colon = postId.indexOf(':');
  return colon < 0 ? postId : postId.slice(0, colon);
}

/** The pack a post of this id is stored in: `x#07`. Pack ids of one platform share the prefix `x#`. */
export function packIdOf(postId: string): string {
  const bucket = fnv1a(postId) % PACKS_PER_PLATFORM;
  return `${platformPartOf(postId)}#${String(bucket).padStart(2, '0')}`.slice(0, 100);
}

/** A stored post's key as the damaged-records list names it (a post's id, whatever it holds). */
const keyOfRow = (row: unknown) => String((row as { id?: unknown } | null)?.id);

/**
 * Raw post rows (as stored, unchecked) grouped into the packs they belong to, each with a new stamp; where
 * `into` already holds a pack, its other posts stay in it and a post of the same id is replaced.
 */
export function packPosts(
  rows: readonly unknown[],
  into: ReadonlyMap<string, PostPack> = new Map(),
): (PostPack & { stamp: string })[] {
  const packs = new Map<string, Map<string, unknown>>();
  for (const row of rows) {
    const key = keyOfRow(row);
    const id = packIdOf(key);
    let posts = packs.get(id);
    if (!posts) {
      posts = new Map((into.get(id)?.posts ?? []).map((post) => [keyOfRow(post), post]));
      packs.set(id, posts);
    }
    posts.set(key, row);
  }
  return [...packs].map(([id, posts]) => ({ id, posts: [...posts.values()], stamp: newStamp() }));
}

/**
 * The brand's own posts (`postPacks`), with the interface of a table repository (list, get, put, delete,
 * damaged, parseMany) so the damaged-records page and backups treat them as before. Writes read the packs
 * they change and must run inside a transaction on `postPacks` when other tables change with them.
 */
export function ownPostsRepository(
  db: OnBrandDatabase,
  onInvalid: (error: InvalidRecordError) => void = (error) => console.warn(error.message),
) {
  /** Packs whose envelope no longer parses are left out of reading (and listed by `damaged`). */
  function readablePacks(rows: readonly unknown[]): PostPack[] {
    return rows.filter((row): row is PostPack => PostPackSchema.safeParse(row).success);
  }

  /** Pack rows whose envelope no longer parses (hand-edited), as damaged records under the pack's id. */
  function unreadablePacks(rows: readonly unknown[]): DamagedRecord[] {
    return rows.flatMap((row) => {
      const envelope = PostPackSchema.safeParse(row);
      if (envelope.success) return [];
      return [
        { table: 'ownPosts', key: keyOfRow(row), problem: describeProblems(envelope.error.issues), row },
      ];
    });
  }

  /** What each pack's posts gave when last checked, by pack id and stamp. */
  const checkedPacks = ReadByStamp.of<OwnPost[]>(db, 'postPacks');

  /** A pack's readable posts, checked once per stamp. */
  function postsOf(pack: PostPack): OwnPost[] {
    return checkedPacks.read(pack.id, pack.stamp, () => parseMany(pack.posts));
  }

  function parseMany(rows: readonly unknown[]): OwnPost[] {
    return parseValidRows(OwnPostSchema, 'ownPosts', rows, onInvalid);
  }

  /** The packs holding these ids, by pack id; packs not stored yet are absent. */
  async function packsOf(ids: Iterable<string>): Promise<Map<string, PostPack>> {
    const packIds = [...new Set([...ids].map(packIdOf))];
    const found = new Map<string, PostPack>();
    for (const pack of readablePacks(await db.postPacks.bulkGet(packIds))) found.set(pack.id, pack);
    return found;
  }

  /** Every stored post row as it is (damaged ones included), for backups and the crisis log's raw read. */
  async function rows(): Promise<unknown[]> {
    return readablePacks(await db.postPacks.toArray()).flatMap((pack) => pack.posts);
  }

  /**
   * The stored rows of these post ids (unchecked, as `Table.bulkGet` gave them), by id; ids not stored are
   * absent.
   */
  async function rowsOf(ids: readonly string[]): Promise<Map<string, unknown>> {
    const wanted = new Set(ids);
    const found = new Map<string, unknown>();
    for (const pack of (await packsOf(wanted)).values())
      for (const post of pack.posts) if (wanted.has(keyOfRow(post))) found.set(keyOfRow(post), post);
    return found;
  }

  /**
   * Writes these rows (already checked by the caller) into their packs, in one transaction (the caller's,
   * when it has one on `postPacks`): a post of the same id is replaced, every other post of the pack, a
   * damaged one included, stays as stored.
   */
  async function putRows(posts: readonly unknown[]): Promise<void> {
    if (posts.length === 0) return;
    await db.transaction('rw', db.postPacks, async () => {
      const stored = await packsOf(posts.map(keyOfRow));
      const packs = packPosts(posts, stored);
      await db.postPacks.bulkPut(packs);
      // What the new packs hold, checked: the posts a check already passed as they are, the neighbours as
      // the stored pack's last check gave them, the rest (posts merged with stored ones) checked now.
      const written = new Set(posts);
      for (const pack of packs) {
        const before = stored.get(pack.id);
        const neighbours = new Map(
          (before && checkedPacks.get(before.id, before.stamp))?.map((post) => [post.id, post]),
        );
        const checked = pack.posts.flatMap((row) => {
          if (wasChecked(OwnPostSchema, row as object)) return [row as OwnPost];
          const known = !written.has(row) && neighbours.get(keyOfRow(row));
          return known ? [known] : parseMany([row]);
        });
        checkedPacks.set(pack.id, pack.stamp, checked);
      }
    });
  }

  async function put(post: OwnPost): Promise<OwnPost> {
    const result = OwnPostSchema.safeParse(post);
    if (!result.success) throw new InvalidRecordError('ownPosts', describeProblems(result.error.issues));
    await putRows([result.data]);
    return result.data;
  }

  return {
    rows,
    rowsOf,
    putRows,
    parseMany,
    put,

    async list(): Promise<OwnPost[]> {
      return readablePacks(await db.postPacks.toArray()).flatMap(postsOf);
    },

    async get(id: string): Promise<OwnPost | undefined> {
      const row = (await rowsOf([id])).get(id);
      return row === undefined ? undefined : parseMany([row])[0];
    },

    /** The posts on one platform: the packs whose ids start with `platform#`, and nothing else is read. */
    async on(platform: PlatformId): Promise<OwnPost[]> {
      const packs = await db.postPacks.where(':id').startsWith(`${platform}#`).toArray();
      return readablePacks(packs).flatMap(postsOf);
    },

    /** Changes some fields of a stored post (nothing when it is not stored), rewriting its pack only. */
    async update(id: string, changes: Partial<OwnPost>): Promise<void> {
      await db.transaction('rw', db.postPacks, async () => {
        const before = (await rowsOf([id])).get(id);
        if (before !== undefined) await putRows([{ ...(before as object), ...changes }]);
      });
    },

    /** Removes a post from its pack; an id that is a pack's own (a damaged pack) removes that pack. */
    async delete(id: string): Promise<void> {
      await db.transaction('rw', db.postPacks, async () => {
        const stored = await db.postPacks.get(id);
        if (stored !== undefined && !PostPackSchema.safeParse(stored).success) {
          await db.postPacks.delete(id);
          return;
        }
        const pack = (await packsOf([id])).get(packIdOf(id));
        if (!pack) return;
        const posts = pack.posts.filter((post) => keyOfRow(post) !== id);
        if (posts.length === 0) await db.postPacks.delete(pack.id);
        else await db.postPacks.put({ id: pack.id, posts, stamp: newStamp() });
      });
    },

    unreadablePacks,

    /**
     * Posts that no longer parse, each on its own (its neighbours in the pack are not affected), and packs
     * whose envelope itself is broken (hand-edited), under the pack's id.
     */
    async damaged(): Promise<DamagedRecord[]> {
      const stored = await db.postPacks.toArray();
      return [
        ...unreadablePacks(stored),
        ...readablePacks(stored).flatMap((pack) => damagedRows(OwnPostSchema, 'ownPosts', pack.posts)),
      ];
    },
  };
}

export type OwnPostsRepository = ReturnType<typeof ownPostsRepository>;
