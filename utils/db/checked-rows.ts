import type * as z from 'zod/mini';

/**
 * Rows a schema has accepted, so that a write of the very same row need not check it again: an analytics
 * import's preview checks each of its 10,000 posts with zod to list the refused ones, and the store checked
 * every one a second time (about 50 ms of the Import click). A row is frozen when it passes, so it cannot
 * change between the check and the write; only flat rows (fields of strings, numbers, booleans) are marked,
 * since freezing does not reach into nested objects.
 */
const checked = new WeakMap<object, z.ZodMiniType<unknown>>();

/** `schema.safeParse(row)`, and a row that passes is frozen and remembered as checked by `schema`. */
export function checkFlatRow<T extends object>(schema: z.ZodMiniType<T>, row: T) {
  const result = schema.safeParse(row);
  if (result.success && Object.values(row).every((value) => typeof value !== 'object' || value === null))
    checked.set(Object.freeze(row), schema);
  return result;
}

/** Whether this very row (not an equal copy) passed `schema` in `checkFlatRow`. */
export function wasChecked(schema: z.ZodMiniType<unknown>, row: object): boolean {
  return checked.get(row) === schema;
}

/** A new `stamp` for a row about to be written: no other write, in any context, gives the same one. */
export const newStamp = (): string => crypto.randomUUID();

/**
 * What reading a stored row gave (its checked records), kept per database under the row's id and `stamp`:
 * every writer gives a row a new stamp, so a row read again with the stamp it had is the same row and need
 * not be checked again. The dashboard re-reads every post and snapshot after each import (its live query);
 * checking 10,000 posts and 10,000 readings again took longer than the import's own write. A row without a
 * stamp (written before stamps, or by hand) is checked at every read.
 */
export class ReadByStamp<T> {
  private static readonly perDatabase = new WeakMap<object, Map<string, ReadByStamp<unknown>>>();

  /** The one cache of this kind (`name`) for this database, shared by every repository on it. */
  static of<T>(db: object, name: string): ReadByStamp<T> {
    const caches = ReadByStamp.perDatabase.get(db) ?? new Map<string, ReadByStamp<unknown>>();
    ReadByStamp.perDatabase.set(db, caches);
    const cache = caches.get(name) ?? new ReadByStamp<unknown>();
    caches.set(name, cache);
    return cache as ReadByStamp<T>;
  }

  private readonly byId = new Map<string, { stamp: string; value: T }>();

  /** What the row of this id and stamp gave when read or written; undefined if it changed since. */
  get(id: string, stamp: string | undefined): T | undefined {
    const known = stamp === undefined ? undefined : this.byId.get(id);
    return known && known.stamp === stamp ? known.value : undefined;
  }

  /** `read()` unless the row of this id and stamp was read before; remembers what it gives. */
  read(id: string, stamp: string | undefined, read: () => T): T {
    const known = this.get(id, stamp);
    if (known !== undefined) return known;
    const value = read();
    if (stamp !== undefined) this.byId.set(id, { stamp, value });
    return value;
  }

  /** Remembers what a row being written with this stamp holds (a row whose write fails is never read). */
  set(id: string, stamp: string, value: T): void {
    this.byId.set(id, { stamp, value });
  }
}
