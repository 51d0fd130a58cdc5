import type { ResearchPost } from '../db/records';
import { engagementOf } from '../db/research';

/** Posts per weekday (0 = Monday) × hour, in the viewer's time zone; only posts with a known time. */
export function cadenceGrid(posts: readonly ResearchPost[]): number[][] {
  const grid = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const post of posts) {
    if (post.publishedAt === undefined) continue;
    const date = new Date(post.publishedAt);
    const row = grid[(date.getDay() + 6) % 7];
    if (row) row[date.getHours()] = (row[date.getHours()] ?? 0) + 1;
  }
  return grid;
}

export interface EngagementPoint {
  id: string;
  length: number;
  engagement: number;
  kind: ResearchPost['media']['kind'];
}

/** Text length against engagement, for posts whose metrics were read. */
export function engagementPoints(posts: readonly ResearchPost[], limit = 2000): EngagementPoint[] {
  const points: EngagementPoint[] = [];
  for (const post of posts) {
    const latest = post.metrics.at(-1);
    if (!latest || (latest.likes ?? latest.replies ?? latest.reposts) === undefined) continue;
    points.push({
      id: post.id,
      length: [...post.text].length,
      engagement: engagementOf(post),
      kind: post.media.kind,
    });
    if (points.length >= limit) break;
  }
  return points;
}

/** Median engagement per media kind: which format works. */
export function engagementByFormat(
  posts: readonly ResearchPost[],
): { kind: string; median: number; posts: number }[] {
  const byKind = new Map<string, number[]>();
  for (const point of engagementPoints(posts, Number.POSITIVE_INFINITY)) {
    const list = byKind.get(point.kind) ?? [];
    list.push(point.engagement);
    byKind.set(point.kind, list);
  }
  return [...byKind]
    .map(([kind, values]) => {
      values.sort((a, b) => a - b);
      return { kind, median: values[Math.floor(values.length / 2)] ?? 0, posts: values.length };
    })
    .sort((a, b) => b.median - a.median);
}

export function topHashtags(posts: readonly ResearchPost[], count = 15): { tag: string; posts: number }[] {
  const counts = new Map<string, number>();
  for (const post of posts) {
    for (const tag of new Set(post.hashtags.map((t) => t.toLowerCase())))
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, n]) => ({ tag, posts: n }))
    .sort((a, b) => b.posts - a.posts || a.tag.localeCompare(b.tag))
    .slice(0, count);
}

/** Authors by number of saved posts, most first. */
export function authorsByCount(posts: readonly ResearchPost[]): { author: string; posts: number }[] {
  const counts = new Map<string, number>();
  for (const post of posts) {
    const key = post.author.handle ?? post.author.name;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([author, n]) => ({ author, posts: n })).sort((a, b) => b.posts - a.posts);
}

/** Everything the charts view draws for a set of posts, worked out where the posts are (the library worker). */
export interface ResearchChartData {
  /** The fifty authors with the most posts, each with the weekday × hour grid of their posts. */
  authors: { author: string; posts: number; cadence: number[][] }[];
  points: EngagementPoint[];
  formats: { kind: string; median: number; posts: number }[];
  hashtags: { tag: string; posts: number }[];
}

export function researchChartData(posts: readonly ResearchPost[]): ResearchChartData {
  const byAuthor = new Map<string, ResearchPost[]>();
  for (const post of posts) {
    const author = post.author.handle ?? post.author.name;
    if (author === undefined) continue;
    const list = byAuthor.get(author);
    if (list) list.push(post);
    else byAuthor.set(author, [post]);
  }
  return {
    authors: authorsByCount(posts)
      .slice(0, 50)
      .map(({ author, posts: count }) => ({
        author,
        posts: count,
        cadence: cadenceGrid(byAuthor.get(author) ?? []),
      })),
    points: engagementPoints(posts),
    formats: engagementByFormat(posts),
    hashtags: topHashtags(posts),
  };
}
