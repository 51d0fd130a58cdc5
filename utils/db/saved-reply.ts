import * as z from 'zod/mini';
import { PlatformIdSchema } from '../checks/schemas';
import { Id, LongText, ShortText, Timestamp } from './fields';

// Apart from records.ts: the message protocol's reply schemas (utils/message-schemas.ts) describe saved replies
// without the guidelines' pattern analysis or the calendar's time-zone code.
const PerPlatformText = z.partialRecord(PlatformIdSchema, LongText);

export const SavedReplySchema = z.object({
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  body: LongText,
  shortcut: z.optional(z.string().check(z.regex(/^[\p{L}\p{N}_-]{1,40}$/u))),
  tags: z.array(ShortText),
  platforms: z.array(PlatformIdSchema),
  /** Shorter text per platform, used where the body would exceed that platform's limit. */
  variants: PerPlatformText,
  usageCount: z.number().check(z.int(), z.nonnegative()),
  lastUsedAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SavedReply = z.infer<typeof SavedReplySchema>;
