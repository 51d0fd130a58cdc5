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
