import Papa from 'papaparse';
import type { ResearchPost } from '../db/records';
import { engagementOf } from '../db/research';

/** One row per post with its latest metrics; the JSON export keeps every snapshot. */
export function researchToCsv(posts: readonly ResearchPost[]): string {
  const rows = posts.map((post) => {
    const latest = post.metrics.at(-1);
    return {
      platform: post.platform,
      author_name: post.author.name ?? '',
      author_handle: post.author.handle ?? '',
      text: post.text,
      permalink: post.permalink ?? '',
      published_at: post.publishedAt === undefined ? '' : new Date(post.publishedAt).toISOString(),
      saved_at: new Date(post.savedAt).toISOString(),
      replies: latest?.replies ?? '',
      reposts: latest?.reposts ?? '',
      likes: latest?.likes ?? '',
      views: latest?.views ?? '',
      engagement: engagementOf(post),
      metrics_read_at: latest ? new Date(latest.readAt).toISOString() : '',
      snapshots: post.metrics.length,
      media_kind: post.media.kind,
      media_count: post.media.count,
      hashtags: post.hashtags.join(' '),
      mentions: post.mentions.join(' '),
      tags: post.tags.join(', '),
      collections: post.collections.join(', '),
      notes: post.notes ?? '',
      is_ad: post.isAd,
      is_repost: post.isRepost,
      missing: post.missing.join(' '),
    };
  });
  // Cells starting with = + - @ are prefixed so spreadsheets don't run them as formulas.
  return Papa.unparse(rows, { escapeFormulae: true });
}

export function researchToJson(posts: readonly ResearchPost[]): string {
  return JSON.stringify({ format: 'onbrand-research', version: 1, posts }, null, 2);
}
