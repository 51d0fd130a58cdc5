import MiniSearch from 'minisearch';
import type { ResearchPlatform, ResearchPost } from '../db/records';
import { engagementOf } from '../db/research';
import { hasDisclosure, looksSponsoredUndisclosed } from './disclosure';

export type ResearchSort = 'relevance' | 'newest' | 'oldest' | 'engagement';
export type DisclosureFilter = 'any' | 'disclosed' | 'undisclosed-sponsored';

export interface ResearchFilters {
  query: string;
  platform?: ResearchPlatform;
  /** A handle, or a name when the post has no handle. */
  author?: string;
  tag?: string;
  collection?: string;
  /** Epoch ms, inclusive, on the post's published time (its save time when the page showed none). */
  from?: number;
  to?: number;
  disclosure?: DisclosureFilter;
  sort: ResearchSort;
}

export const authorKey = (post: Pick<ResearchPost, 'author'>): string =>
  post.author.handle ?? post.author.name ?? '';
export const postTime = (post: Pick<ResearchPost, 'publishedAt' | 'savedAt'>): number =>
  post.publishedAt ?? post.savedAt;

interface SearchDocument {
  id: string;
  text: string;
  author: string;
  hashtags: string;
  tags: string;
  notes: string;
}

const toDocument = (post: ResearchPost): SearchDocument => ({
  id: post.id,
  text: post.text,
  author: `${post.author.name ?? ''} ${post.author.handle ?? ''}`,
  hashtags: post.hashtags.join(' '),
  tags: [...post.tags, ...post.collections].join(' '),
  notes: post.notes ?? '',
});

const signatureOf = (document: SearchDocument) =>
  `${document.text}\u0000${document.author}\u0000${document.hashtags}\u0000${document.tags}\u0000${document.notes}`;

/**
 * The library's full-text index (MiniSearch) and filters. `sync` updates only what changed since the
 * last call, so edits to one post don't rebuild the index of fifty thousand.
 */
export class ResearchSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['text', 'author', 'hashtags', 'tags', 'notes'],
    searchOptions: { boost: { author: 2, tags: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  private readonly signatures = new Map<string, string>();
  private posts = new Map<string, ResearchPost>();
  private byNewest: ResearchPost[] = [];
  private byOldest: ResearchPost[] = [];
  private byEngagement: ResearchPost[] = [];

  sync(posts: readonly ResearchPost[]): void {
    const next = new Map(posts.map((post) => [post.id, post]));
    for (const id of this.signatures.keys()) {
      if (!next.has(id)) {
        this.index.discard(id);
        this.signatures.delete(id);
      }
    }
    const added: SearchDocument[] = [];
    for (const post of posts) {
      const document = toDocument(post);
      const signature = signatureOf(document);
      const previous = this.signatures.get(post.id);
      if (previous === signature) continue;
      if (previous !== undefined) this.index.discard(post.id);
      added.push(document);
      this.signatures.set(post.id, signature);
    }
    this.index.addAll(added);
    if (this.index.dirtCount > 1000) this.index.vacuum();
    this.posts = next;
    this.byNewest = [...posts].sort((a, b) => postTime(b) - postTime(a));
    this.byOldest = [...posts].sort((a, b) => postTime(a) - postTime(b));
    this.byEngagement = [...posts].sort((a, b) => engagementOf(b) - engagementOf(a));
  }

  get size(): number {
    return this.posts.size;
  }

  search(filters: ResearchFilters): ResearchPost[] {
    const query = filters.query.trim();
    const matches = (post: ResearchPost) =>
      (!filters.platform || post.platform === filters.platform) &&
      (!filters.author || authorKey(post) === filters.author) &&
      (!filters.tag || post.tags.includes(filters.tag)) &&
      (!filters.collection || post.collections.includes(filters.collection)) &&
      (filters.from === undefined || postTime(post) >= filters.from) &&
      (filters.to === undefined || postTime(post) <= filters.to) &&
      (filters.disclosure === undefined ||
        filters.disclosure === 'any' ||
        (filters.disclosure === 'disclosed' ? hasDisclosure(post) : looksSponsoredUndisclosed(post)));

    if (!query) {
      const ordered =
        filters.sort === 'engagement'
          ? this.byEngagement
          : filters.sort === 'oldest'
            ? this.byOldest
            : this.byNewest;
      return ordered.filter(matches);
    }
    const hits: ResearchPost[] = [];
    for (const result of this.index.search(query)) {
      const post = this.posts.get(String(result.id));
      if (post && matches(post)) hits.push(post);
    }
    if (filters.sort === 'newest') hits.sort((a, b) => postTime(b) - postTime(a));
    if (filters.sort === 'oldest') hits.sort((a, b) => postTime(a) - postTime(b));
    if (filters.sort === 'engagement') hits.sort((a, b) => engagementOf(b) - engagementOf(a));
    return hits;
  }
}
