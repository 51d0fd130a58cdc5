import { checkDraft } from '../checks';
import type { Finding, Jurisdiction, PlatformId } from '../checks/types';
import type { ResearchPost } from '../db/records';
import { hasDisclosure, looksSponsoredUndisclosed } from '../research/disclosure';

/** The disclosure findings that mean "this label would not do in these markets". */
const DISCLOSURE_RULES = new Set(['disclosure-missing', 'disclosure-ambiguous', 'disclosure-placement']);

/** A creator as the research library knows them: the handle (or name) their saved posts carry. */
export interface ResearchAuthor {
  author: string;
  posts: number;
}

/** Everyone with saved posts, most posts first: the creators a brand can vet. */
export function researchAuthors(posts: readonly ResearchPost[]): ResearchAuthor[] {
  const counts = new Map<string, number>();
  for (const post of posts) {
    const author = authorOf(post);
    if (author) counts.set(author, (counts.get(author) ?? 0) + 1);
  }
  return [...counts]
    .map(([author, count]) => ({ author, posts: count }))
    .sort((a, b) => b.posts - a.posts || a.author.localeCompare(b.author));
}

const authorOf = (post: ResearchPost) => post.author.handle ?? post.author.name;

export interface UnacceptedPost {
  post: ResearchPost;
  /** What the check engine says is wrong with its disclosure in the markets, first finding first. */
  findings: Finding[];
}

export interface CreatorVetting {
  author: string;
  /** Saved posts by the creator. */
  posts: number;
  /** Of those, the ones the engine reads as commercial: labelled as ads, or with strong signs of a deal. */
  commercial: number;
  /** Commercial posts whose disclosure every one of the markets accepts, where it stands. */
  accepted: number;
  /** The commercial posts that would not pass in those markets, newest first. */
  notAccepted: UnacceptedPost[];
}

/**
 * Before signing a creator: of their saved posts that are commercial, how many carry a disclosure every one of
 * the brand's markets accepts. Each commercial post is checked by the same engine as the brand's own drafts, as
 * a paid post in those markets, so "accepted" means what it means in the composer (the label, its wording for
 * each market, its place in the post).
 */
export function vetCreator(
  posts: readonly ResearchPost[],
  author: string,
  markets: readonly Jurisdiction[],
): CreatorVetting {
  const theirs = posts.filter((post) => authorOf(post) === author);
  const commercial = theirs.filter((post) => hasDisclosure(post) || looksSponsoredUndisclosed(post));
  const notAccepted: UnacceptedPost[] = [];
  for (const post of commercial) {
    const findings = checkDraft(post.text, {
      // Posts saved from elsewhere than the eleven sites are read as X posts: the disclosure rules are the same.
      platform: (post.platform === 'web' ? 'x' : post.platform) as PlatformId,
      jurisdictions: [...markets],
      relationship: 'paid',
    }).filter((finding) => DISCLOSURE_RULES.has(finding.ruleId));
    if (findings.length > 0) notAccepted.push({ post, findings });
  }
  notAccepted.sort((a, b) => (b.post.publishedAt ?? b.post.savedAt) - (a.post.publishedAt ?? a.post.savedAt));
  return {
    author,
    posts: theirs.length,
    commercial: commercial.length,
    accepted: commercial.length - notAccepted.length,
    notAccepted,
  };
}
