import * as z from 'zod/mini';
import { PLATFORM_IDS } from '../checks/types';
import { LongText, ShortText, Timestamp } from './fields';

/**
 * A post as a content script captures it. Kept apart from records.ts because content scripts build captured
 * posts (and the router checks them): this file must not pull in the guidelines' pattern analysis or the
 * calendar's time-zone code that records.ts needs.
 */

export const MetricsSnapshotSchema = z.object({
  readAt: Timestamp,
  replies: z.optional(z.number().check(z.nonnegative())),
  reposts: z.optional(z.number().check(z.nonnegative())),
  likes: z.optional(z.number().check(z.nonnegative())),
  views: z.optional(z.number().check(z.nonnegative())),
});
export type MetricsSnapshot = z.infer<typeof MetricsSnapshotSchema>;

/** The eleven sites, plus `web` for anything saved from the context menu elsewhere. */
export const RESEARCH_PLATFORMS = [...PLATFORM_IDS, 'web'] as const;
export const ResearchPlatformSchema = z.enum(RESEARCH_PLATFORMS);
export type ResearchPlatform = z.infer<typeof ResearchPlatformSchema>;

/** Only web links: the dashboard renders permalinks as links, so `javascript:` and friends never get in. */
export const WebUrl = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s]+$/i));
export const Tags = z.array(ShortText).check(z.maxLength(200));

export const MEDIA_KINDS = ['none', 'image', 'video', 'link', 'mixed'] as const;

/**
 * A post as read from a page at one moment. Whatever the page didn't show is absent and named in `missing`,
 * never guessed.
 */
export const CapturedPostSchema = z.object({
  platform: ResearchPlatformSchema,
  /** The site's own id (status id, urn, thingid …), when the page shows one. */
  postId: z.optional(ShortText),
  permalink: z.optional(WebUrl),
  author: z.object({ name: z.optional(ShortText), handle: z.optional(ShortText) }),
  text: LongText,
  publishedAt: z.optional(Timestamp),
  metrics: MetricsSnapshotSchema,
  media: z.object({ kind: z.enum(MEDIA_KINDS), count: z.number().check(z.int(), z.nonnegative()) }),
  hashtags: Tags,
  mentions: Tags,
  isAd: z.boolean(),
  isRepost: z.boolean(),
  /** Who reposted it into the feed, when `isRepost`. */
  repostedBy: z.optional(ShortText),
  missing: Tags,
  source: z.enum(['feed', 'selection', 'link', 'page']),
});
export type CapturedPost = z.infer<typeof CapturedPostSchema>;
