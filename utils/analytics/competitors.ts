import type { PlatformId } from '../checks/types';
import type { MetricsSnapshot } from '../db/captured-post';
import type { BrandAccount, ResearchPost } from '../db/records';
import { median } from './best-times';
import { groupByPlatform, type PostNumbers } from './kpis';

/**
 * The brand beside the other accounts whose posts the user saved to research, on the measures both sides
 * have. The research library reads what a post page shows (likes, replies, reposts, views); the exports give
 * more (impressions, reach, clicks) that no one sees on someone else's post, so only the shared four are
 * compared, and only where both sides have them: X's export has impressions, not the views a post shows.
 * Medians per post, so one viral post of a competitor does not make the account.
 */

export const COMPARED = ['likes', 'comments', 'shares', 'views'] as const;
export type Compared = (typeof COMPARED)[number];

/** The research library's name for each compared measure. */
const RESEARCH_METRIC: Record<Compared, keyof Omit<MetricsSnapshot, 'readAt'>> = {
  likes: 'likes',
  comments: 'replies',
  shares: 'reposts',
  views: 'views',
};

/** Accounts shown per platform beside the brand: the ones with the most saved posts. */
export const ACCOUNTS_SHOWN = 10;

export interface ComparedAccount {
  /** `@handle` (or the author's name); undefined for the brand's own posts. */
  account?: string;
  posts: number;
  medians: Partial<Record<Compared, number>>;
}

export interface PlatformComparison {
  platform: PlatformId;
  /** What both sides have, in `COMPARED` order. */
  measures: Compared[];
  /** What only one side has. */
  leftOut: Compared[];
  /** The brand first, then the accounts by saved posts. */
  accounts: ComparedAccount[];
}

function account(name: string | undefined, values: Partial<Record<Compared, number>>[]): ComparedAccount {
  const medians: Partial<Record<Compared, number>> = {};
  for (const measure of COMPARED) {
    const given = values.flatMap((value) => (value[measure] === undefined ? [] : [value[measure]]));
    if (given.length > 0) medians[measure] = median(given);
  }
  return { ...(name !== undefined ? { account: name } : {}), posts: values.length, medians };
}

const authorOf = (post: ResearchPost) =>
  post.author.handle ? `@${post.author.handle.replace(/^@/, '')}` : post.author.name;

/**
 * Per platform the brand has posts on and the research has other accounts' posts: the medians side by side.
 * Research posts by the brand's own accounts are left out (they are the brand, not a competitor).
 */
export function compareWithResearch(
  own: readonly PostNumbers[],
  research: readonly ResearchPost[],
  brandAccounts: readonly BrandAccount[],
): PlatformComparison[] {
  const ownHandles = new Set(
    brandAccounts.map(({ platform, handle }) => `${platform}:${handle.toLowerCase()}`),
  );
  const comparisons: PlatformComparison[] = [];
  for (const [platform, rows] of groupByPlatform(own)) {
    const byAuthor = new Map<string, Partial<Record<Compared, number>>[]>();
    for (const post of research) {
      const author = authorOf(post);
      const latest = post.metrics.at(-1);
      if (post.platform !== platform || !author || !latest) continue;
      if (ownHandles.has(`${platform}:${author.replace(/^@/, '').toLowerCase()}`)) continue;
      const values: Partial<Record<Compared, number>> = {};
      for (const measure of COMPARED) {
        const value = latest[RESEARCH_METRIC[measure]];
        if (value !== undefined) values[measure] = value;
      }
      byAuthor.set(author, [...(byAuthor.get(author) ?? []), values]);
    }
    if (byAuthor.size === 0) continue;
    const brand = account(
      undefined,
      rows.map(({ latest }) => latest),
    );
    const others = [...byAuthor.entries()]
      .map(([name, values]) => account(name, values))
      .sort((a, b) => b.posts - a.posts || (a.account ?? '').localeCompare(b.account ?? ''))
      .slice(0, ACCOUNTS_SHOWN);
    const theirs = new Set(others.flatMap((other) => Object.keys(other.medians)));
    const measures = COMPARED.filter(
      (measure) => brand.medians[measure] !== undefined && theirs.has(measure),
    );
    comparisons.push({
      platform,
      measures,
      leftOut: COMPARED.filter(
        (measure) =>
          !measures.includes(measure) && (brand.medians[measure] !== undefined || theirs.has(measure)),
      ),
      accounts: [brand, ...others],
    });
  }
  return comparisons.sort((a, b) => a.platform.localeCompare(b.platform));
}
