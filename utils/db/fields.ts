import * as z from 'zod/mini';

/**
 * The field types every table shares. In a file of their own because content scripts need some of them (saved
 * replies arrive in pages) without the schemas of whole records built next to them: zod schemas are built
 * when their module loads, so the bundler keeps every schema of a module it imports from.
 */
export const Id = z.string().check(z.minLength(1), z.maxLength(100));
export const Timestamp = z.number().check(z.int(), z.nonnegative());
export const ShortText = z.string().check(z.maxLength(500));
export const LongText = z.string().check(z.maxLength(200_000));
