import * as z from 'zod/mini';
import { ResearchPlatformSchema } from '../db/captured-post';
import type { ResearchPost } from '../db/records';
import type { ResearchChartData } from './charts';
import type { ResearchFacets } from './library';

/**
 * Messages between the research dashboard and its library worker (entrypoints/options/research-library.worker.ts).
 * The worker parses what the page asks; it answers with posts it read and validated itself.
 */
const Seq = z.number().check(z.int(), z.nonnegative());

export const ResearchFiltersSchema = z.object({
  query: z.string().check(z.maxLength(1000)),
  platform: z.optional(ResearchPlatformSchema),
  author: z.optional(z.string()),
  tag: z.optional(z.string()),
  collection: z.optional(z.string()),
  from: z.optional(z.number()),
  to: z.optional(z.number()),
  disclosure: z.optional(z.enum(['any', 'disclosed', 'undisclosed-sponsored'])),
  sort: z.enum(['relevance', 'newest', 'oldest', 'engagement']),
});

const Index = z.number().check(z.int(), z.nonnegative());

export const LibraryRequestSchema = z.union([
  /** Run a search; the answer carries how many posts match and the first `rows` of them. */
  z.object({
    type: z.literal('query'),
    seq: Seq,
    filters: ResearchFiltersSchema,
    rows: z.number().check(z.int(), z.nonnegative(), z.maximum(500)),
  }),
  /** Posts `from` (inclusive) to `to` (exclusive) of answer `answer`, for the rows scrolled near the view. */
  z.object({
    type: z.literal('rows'),
    answer: Seq,
    from: Index,
    to: Index,
  }),
  /** One post as it is now (the one open in the detail pane). */
  z.object({ type: z.literal('post'), seq: Seq, id: z.string().check(z.maxLength(100)) }),
  /** Chart data for the latest answer's posts. */
  z.object({ type: z.literal('charts'), seq: Seq }),
  /** The latest answer's posts as a file. */
  z.object({ type: z.literal('export'), seq: Seq, format: z.enum(['csv', 'json']) }),
]);
export type LibraryRequest = z.infer<typeof LibraryRequestSchema>;

export interface LibraryStatus {
  type: 'status';
  /** False until every row was read and validated. */
  loaded: boolean;
  size: number;
  /** True while the full-text index catches up (searches scan meanwhile). */
  indexing: boolean;
  facets: ResearchFacets;
}

/**
 * What the worker could not do: read the library (`load`), take a change made elsewhere into it (`update`), or
 * answer a request (`request`, with the request's `seq` when it had one). The worker has no catalogue (no
 * extension API in a worker), so the page words it (utils/research/library-failure.ts); `detail` is the
 * database's or the browser's own words.
 */
export type LibraryFailure = 'load' | 'update' | 'request';

export type LibraryReply =
  | LibraryStatus
  /** Sent first, while the whole library loads: its size and the most recently saved posts. */
  | { type: 'preview'; size: number; rows: ResearchPost[] }
  /**
   * The posts matching query `seq`, as answer number `answer`: the worker answers the open query again, with
   * a new answer number, whenever the library changes. Only the count and the first rows travel; the page
   * asks for more rows by position in this answer.
   */
  | { type: 'results'; seq: number; answer: number; total: number; rows: ResearchPost[]; searchMs: number }
  | { type: 'rows'; answer: number; from: number; rows: ResearchPost[] }
  | { type: 'post'; seq: number; post: ResearchPost | null }
  | { type: 'charts'; seq: number; data: ResearchChartData }
  | { type: 'export'; seq: number; format: 'csv' | 'json'; content: string }
  | { type: 'error'; seq?: number; failed: LibraryFailure; detail: string };
