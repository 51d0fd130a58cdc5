import type { OnBrandDatabase } from '../db/database';
import { RESEARCH_PLATFORMS, type ResearchPlatform, type ResearchPost } from '../db/records';
import { researchRepository } from '../db/research';
import type { ResearchChange } from './changes';
import { authorKey, ResearchSearch } from './search';

/** The choices the filter menus offer: only values some saved post has. */
export interface ResearchFacets {
  platforms: ResearchPlatform[];
  authors: string[];
  tags: string[];
  collections: string[];
}

const distinct = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/**
 * The research library as the dashboard's worker holds it: every saved post read and validated once, the
 * full-text index, and the filter menus, kept up to date by re-reading only the rows a write touched. All of
 * this runs off the page's main thread, so a library of fifty thousand never freezes the dashboard.
 */
export class ResearchLibrary {
  readonly search = new ResearchSearch();
  private readonly repository: ReturnType<typeof researchRepository>;
  private facetCache: ResearchFacets | undefined;

  constructor(private readonly db: OnBrandDatabase) {
    this.repository = researchRepository(db);
  }

  /**
   * Reads the whole table. Resolves once every post can be found by a scan; `indexed` resolves when the
   * full-text index has caught up too.
   */
  async load(): Promise<{ indexed: Promise<void> }> {
    const posts = this.repository.parseMany(await this.db.researchPosts.toArray());
    this.facetCache = undefined;
    return { indexed: this.search.sync(posts) };
  }

  /** The library's size and its most recently saved posts: quick to read, shown while `load` runs. */
  async preview(count: number): Promise<{ size: number; rows: ResearchPost[] }> {
    const [size, newest] = await Promise.all([
      this.db.researchPosts.count(),
      this.db.researchPosts.orderBy('savedAt').reverse().limit(count).toArray(),
    ]);
    return { size, rows: this.repository.parseMany(newest) };
  }

  /** Applies one announced write; `indexed` resolves when the index has caught up with it. */
  async apply(change: ResearchChange): Promise<{ indexed: Promise<void> } | undefined> {
    if (change.kind === 'none') return undefined;
    if (change.kind === 'all') return this.load();
    const rows = await this.db.researchPosts.bulkGet(change.ids);
    const present = rows.filter((row): row is ResearchPost => row !== undefined);
    const upserts = this.repository.parseMany(present);
    const valid = new Set(upserts.map((post) => post.id));
    // Deleted rows, and rows that no longer pass validation, leave the library.
    const removed = change.ids.filter((id) => !valid.has(id));
    this.facetCache = undefined;
    return { indexed: this.search.update(upserts, removed) };
  }

  facets(): ResearchFacets {
    if (this.facetCache) return this.facetCache;
    const platforms = new Set<ResearchPlatform>();
    const authors = new Set<string>();
    const tags = new Set<string>();
    const collections = new Set<string>();
    for (const post of this.search.all()) {
      platforms.add(post.platform);
      const author = authorKey(post);
      if (author) authors.add(author);
      for (const tag of post.tags) tags.add(tag);
      for (const collection of post.collections) collections.add(collection);
    }
    this.facetCache = {
      platforms: RESEARCH_PLATFORMS.filter((platform) => platforms.has(platform)),
      authors: distinct(authors),
      tags: distinct(tags),
      collections: distinct(collections),
    };
    return this.facetCache;
  }
}
