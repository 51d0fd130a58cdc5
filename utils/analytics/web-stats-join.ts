import type { PlatformId } from '../checks/types';
import { utmValue } from '../checks/utm';
import type { WebStat } from '../db/web-stats-records';
import { siteName } from '../sites/meta';
import type { PostNumbers } from './kpis';

/**
 * Website visits joined to the brand's posts. The composer's UTM fix tags a post's links with
 * `utm_source` = the platform, `utm_campaign` = its calendar entry's campaign (utils/checks/utm.ts), so a
 * web-analytics row belongs to the posts whose entry has that campaign (compared as the tag writes it:
 * lower case, hyphens) on that platform. `utm_content`, where a row has it, names one post: its calendar
 * entry's id or the platform's post id.
 */

export interface CampaignNumbers {
  /** The campaign as the calendar names it, else as the analytics tool reports it. */
  campaign: string;
  /** The platform the visits came from, when the rows name a source OnBrand knows. */
  platform?: PlatformId;
  posts: number;
  /** Clicks and impressions from the platforms' exports (undefined where none of the posts has them). */
  clicks?: number;
  impressions?: number;
  sessions?: number;
  visitors?: number;
  conversions?: number;
}

export interface PostWebNumbers {
  sessions?: number;
  visitors?: number;
  conversions?: number;
}

export interface WebStatsJoin {
  campaigns: CampaignNumbers[];
  /** Per post id, only where a row names the post (utm_content) or the campaign has one post on its platform. */
  perPost: Map<string, PostWebNumbers>;
}

/** The platform a `utm_source` (or a GA4 session source) stands for: its id or its name, as tagged. */
export function platformOfSource(
  source: string | undefined,
  platforms: readonly PlatformId[],
): PlatformId | undefined {
  if (!source) return undefined;
  const tag = utmValue(source);
  return platforms.find((platform) => tag === platform || tag === utmValue(siteName(platform)));
}

type Sums = Pick<CampaignNumbers, 'sessions' | 'visitors' | 'conversions'>;

function add(into: Sums, row: Sums): void {
  for (const measure of ['sessions', 'visitors', 'conversions'] as const) {
    const value = row[measure];
    if (value !== undefined) into[measure] = (into[measure] ?? 0) + value;
  }
}

/**
 * The rows whose reporting period overlaps the dashboard's date range [from, to). A row whose file gave no
 * period (Matomo, Plausible: the import says so) is kept, since it can't be placed in time.
 */
export function webStatsInRange(stats: readonly WebStat[], from?: number, to?: number): WebStat[] {
  return stats.filter(
    (stat) =>
      (to === undefined || stat.periodStart === undefined || stat.periodStart < to) &&
      (from === undefined || stat.periodEnd === undefined || stat.periodEnd > from),
  );
}

/** Conversions ÷ sessions (÷ visitors where the tool counts only visitors, as Plausible does). */
export function conversionRate(numbers: Sums): number | undefined {
  const base = numbers.sessions ?? numbers.visitors;
  if (numbers.conversions === undefined || !base) return undefined;
  return numbers.conversions / base;
}

/**
 * The campaign table and per-post numbers for the posts shown. Rows without a campaign (a Plausible sources
 * file, say) join nothing: visits by source alone can't be told apart by post.
 */
export function joinWebStats(
  rows: readonly PostNumbers[],
  stats: readonly WebStat[],
  campaignOf: (calendarEntryId: string) => string | undefined,
): WebStatsJoin {
  const platforms = [...new Set(rows.map(({ post }) => post.platform))];
  // Posts by campaign tag and platform.
  const planned = new Map<string, { campaign: string; platform: PlatformId; posts: PostNumbers[] }>();
  for (const row of rows) {
    const campaign = row.post.calendarEntryId ? campaignOf(row.post.calendarEntryId) : undefined;
    if (!campaign) continue;
    const key = `${utmValue(campaign)}|${row.post.platform}`;
    const group = planned.get(key) ?? { campaign, platform: row.post.platform, posts: [] };
    group.posts.push(row);
    planned.set(key, group);
  }
  const campaignTags = new Map<string, string>();
  for (const { campaign } of planned.values()) campaignTags.set(utmValue(campaign), campaign);

  const table = new Map<string, CampaignNumbers>();
  const perPost = new Map<string, PostWebNumbers>();
  for (const stat of stats) {
    if (!stat.campaign) continue;
    const tag = utmValue(stat.campaign);
    // Only campaigns of the posts shown: a filter on platforms or dates narrows the table too.
    const campaign = campaignTags.get(tag);
    if (!campaign) continue;
    const platform = platformOfSource(stat.source, platforms);
    if (stat.source && !platform) continue;
    const key = `${tag}|${platform ?? ''}`;
    let line = table.get(key);
    if (!line) {
      const posts = platform
        ? (planned.get(key)?.posts ?? [])
        : [...planned.values()]
            .filter((group) => utmValue(group.campaign) === tag)
            .flatMap((group) => group.posts);
      line = { campaign, ...(platform ? { platform } : {}), posts: posts.length };
      for (const { latest } of posts) {
        if (latest.clicks !== undefined) line.clicks = (line.clicks ?? 0) + latest.clicks;
        if (latest.impressions !== undefined) line.impressions = (line.impressions ?? 0) + latest.impressions;
      }
      table.set(key, line);
    }
    add(line, stat);
    if (!platform) continue;
    const group = planned.get(key)?.posts ?? [];
    const content = stat.content ? utmValue(stat.content) : undefined;
    const post = content
      ? group.find(
          ({ post }) =>
            (post.calendarEntryId && utmValue(post.calendarEntryId) === content) ||
            (post.postId && utmValue(post.postId) === content),
        )
      : group.length === 1
        ? group[0]
        : undefined;
    if (!post) continue;
    const numbers = perPost.get(post.post.id) ?? {};
    add(numbers, stat);
    perPost.set(post.post.id, numbers);
  }
  const campaigns = [...table.values()].sort(
    (a, b) => a.campaign.localeCompare(b.campaign) || (a.platform ?? '').localeCompare(b.platform ?? ''),
  );
  return { campaigns, perPost };
}
