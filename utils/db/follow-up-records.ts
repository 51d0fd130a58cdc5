import * as z from 'zod/mini';
import { PlatformIdSchema } from '../checks/schemas';
import { WebUrl } from './captured-post';
import { Id, ShortText, Timestamp } from './fields';

/** How much of a post's text a follow-up keeps: enough to recognise it in the list and the notification. */
export const FOLLOW_UP_EXCERPT_MAX = 280;
export const FOLLOW_UP_NOTE_MAX = 1000;

export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;

/**
 * A feed post or comment the user wants to come back to (a complaint to answer, a creator to contact): where it
 * is, whose it is, what it said, why and by when. Its reminder comes at `snoozedUntil ?? dueAt`, from the one alarm
 * of all follow-ups (entrypoints/background/handlers/follow-ups.ts).
 */
export const FollowUpSchema = z.object({
  id: Id,
  platform: PlatformIdSchema,
  /** The post's permalink: the notification and the dashboard open it. */
  url: WebUrl,
  /** The site's own id of the post, when the page showed one. */
  postId: z.optional(ShortText),
  author: z.object({ name: z.optional(ShortText), handle: z.optional(ShortText) }),
  excerpt: z.string().check(z.maxLength(FOLLOW_UP_EXCERPT_MAX)),
  note: z.string().check(z.maxLength(FOLLOW_UP_NOTE_MAX)),
  dueAt: Timestamp,
  status: z.enum(FOLLOW_UP_STATUSES),
  /** Set by a snooze: the follow-up comes back then instead of at `dueAt`. */
  snoozedUntil: z.optional(Timestamp),
  /** The time whose notification was shown: a restarted browser does not show it again. */
  remindedAt: z.optional(Timestamp),
  createdAt: Timestamp,
  doneAt: z.optional(Timestamp),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
