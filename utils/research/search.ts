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
  tags: string;
  notes: string;
}

const toDocument = (post: ResearchPost): SearchDocument => ({
  id: post.id,
  text: post.text,
  author: `${post.author.name ?? ''} ${post.author.handle ?? ''}`,
  tags: [...post.tags, ...post.collections].join(' '),
  notes: post.notes ?? '',
});

const signatureOf = (document: SearchDocument) =>
  `${document.text}\u0000${document.author}\u0000${document.tags}\u0000${document.notes}`;

/** Lower-cased searchable text of a post, for the scan used while the index catches up. */
const haystackOf = (document: SearchDocument) =>
  `${document.text} ${document.author} ${document.tags} ${document.notes}`.toLowerCase();

/**
 * The most frequent words of the languages OnBrand's users write in: in nearly every post, so indexing
 * them costs the most and finds nothing. A query made only of them is answered by a text scan.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have i if in is it its of on or our so that the this to was we ' +
    'were will with you your my me us they their them he she his her not no do does did can just all any ' +
    'der die das und ist ein eine zu den mit von nicht auf für sich es le la les et est un une des du en pour ' +
    'que qui el los las y es un una por con para del lo al o il di che è e'
  ).split(' '),
);

/** The library in one order, and (made when a scan first needs it) each post's haystack at the same position. */
interface OrderedPosts {
  posts: ResearchPost[];
  haystacks: () => string[];
}

/** Big first builds are indexed in chunks between frames, so the dashboard stays responsive. */
const CHUNK = 2000;

/**
 * Past this many hits a query is answered by a scan of the posts' text instead of by MiniSearch: scoring
 * costs MiniSearch about 3 µs a hit (a word in all fifty thousand posts took 137 ms), a scan of fifty
 * thousand texts 3–12 ms whatever it finds. Such broad answers come newest first.
 */
const BROAD_HITS = 5000;

/** Where MiniSearch's default tokenizer splits words: whitespace and punctuation. */
const WORD_BREAK_CLASS = '[\\n\\r\\p{Z}\\p{P}]';
const WORD_BREAK = new RegExp(WORD_BREAK_CLASS, 'u');
const WORD_BREAKS = new RegExp(`${WORD_BREAK_CLASS}+`, 'u');
/** How many posts are looked at to guess whether a query is broad. */
const SAMPLE = 1000;

type WordTest = (haystack: string) => boolean;

/**
 * The query's words as MiniSearch matches them, as tests on a lower-cased haystack: a word of three letters
 * or more as the start of a word (MiniSearch's prefix search), a shorter one as a whole word. Stop words are
 * dropped, as the index drops them. `indexOf` finds candidates; only their neighbours are tested.
 */
function wordTests(query: string): WordTest[] {
  return query
    .toLowerCase()
    .split(WORD_BREAKS)
    .filter((word) => word && !STOP_WORDS.has(word))
    .map((word) => {
      const whole = word.length < 3;
      return (haystack) => {
        for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) {
          if (at > 0 && !WORD_BREAK.test(haystack.charAt(at - 1))) continue;
          const after = haystack.charAt(at + word.length);
          if (whole && after !== '' && !WORD_BREAK.test(after)) continue;
          return true;
        }
        return false;
      };
    });
}

/**
 * The library's full-text index (MiniSearch) and filters. `update` indexes only what changed, so a save or an
 * edit doesn't rebuild the index of fifty thousand. Until the index has caught up with the latest change,
 * searches scan the text instead: slower, never stale.
 */
export class ResearchSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    // No hashtags field: a post's hashtags are read from its text, so they are found there already, and a
    // second copy would double the work of every search for a common tag.
    fields: ['text', 'author', 'tags', 'notes'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return STOP_WORDS.has(lower) ? null : lower;
    },
    searchOptions: {
      boost: { author: 2, tags: 2 },
      // Prefixes and typos of one or two letters match much of the vocabulary and say little.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.15 : false),
      combineWith: 'AND',
    },
  });
  private readonly signatures = new Map<string, string>();
  private readonly haystacks = new Map<string, string>();
  private readonly posts = new Map<string, ResearchPost>();
  /** The disclosure filters' answers per post, worked out the first time a filter needs them. */
  private readonly disclosures = new Map<string, { disclosed: boolean; undisclosedSponsored: boolean }>();
  /** Sorted lazily: several changes in a row cost one sort, at the next search. */
  private sorted: Partial<Record<'newest' | 'oldest' | 'engagement', OrderedPosts>> = {};
  private behind = 0;
  private indexed: Promise<void> = Promise.resolve();

  /** Takes the library as it is now (diffed against what is indexed); resolves when the index has caught up. */
  sync(posts: readonly ResearchPost[]): Promise<void> {
    const kept = new Set(posts.map((post) => post.id));
    return this.update(
      posts,
      [...this.posts.keys()].filter((id) => !kept.has(id)),
    );
  }

  /** Adds or replaces these posts and forgets those ids; resolves when the index has caught up. */
  update(upserts: readonly ResearchPost[], removedIds: readonly string[]): Promise<void> {
    const discarded: string[] = [];
    for (const id of removedIds) {
      if (!this.posts.delete(id)) continue;
      if (this.signatures.delete(id)) discarded.push(id);
      this.haystacks.delete(id);
      this.disclosures.delete(id);
    }
    const added: SearchDocument[] = [];
    for (const post of upserts) {
      this.posts.set(post.id, post);
      this.disclosures.delete(post.id);
      const document = toDocument(post);
      const signature = signatureOf(document);
      const previous = this.signatures.get(post.id);
      if (previous === signature) continue;
      if (previous !== undefined) discarded.push(post.id);
      added.push(document);
      this.signatures.set(post.id, signature);
      this.haystacks.set(post.id, haystackOf(document));
    }
    if (upserts.length > 0 || discarded.length > 0) this.sorted = {};

    this.behind++;
    // Index changes run one update after another, so a discard never overtakes the add it undoes.
    this.indexed = this.indexed.then(async () => {
      for (const id of discarded) this.index.discard(id);
      if (added.length > CHUNK) await this.index.addAllAsync(added, { chunkSize: CHUNK / 4 });
      else this.index.addAll(added);
      if (this.index.dirtCount > 1000) this.index.vacuum();
      this.behind--;
    });
    return this.indexed;
  }

  get size(): number {
    return this.posts.size;
  }

  get(id: string): ResearchPost | undefined {
    return this.posts.get(id);
  }

  all(): IterableIterator<ResearchPost> {
    return this.posts.values();
  }

  /** False while the full-text index is still catching up (searches scan meanwhile). */
  get ready(): boolean {
    return this.behind === 0;
  }

  private ordered(sort: 'newest' | 'oldest' | 'engagement'): OrderedPosts {
    const cached = this.sorted[sort];
    if (cached) return cached;
    const posts = [...this.posts.values()];
    if (sort === 'newest') posts.sort((a, b) => postTime(b) - postTime(a));
    if (sort === 'oldest') posts.sort((a, b) => postTime(a) - postTime(b));
    if (sort === 'engagement') posts.sort((a, b) => engagementOf(b) - engagementOf(a));
    // Scans read the haystacks in this order: from an array beside the posts, not from the map, whose
    // lookups in sorted (not insertion) order miss the cache on every post, 4× slower over fifty thousand.
    let haystacks: string[] | undefined;
    const ordered = {
      posts,
      haystacks: () => {
        haystacks ??= posts.map((post) => this.haystacks.get(post.id) ?? '');
        return haystacks;
      },
    };
    this.sorted[sort] = ordered;
    return ordered;
  }

  /**
   * Works out every post's disclosure answers ahead of the first use of the disclosure filter (the engine's
   * analysis costs microseconds a post: a third of a second over fifty thousand), a slice at a time so
   * searches are answered in between.
   */
  async warmDisclosures(slice = 2000): Promise<void> {
    const posts = [...this.posts.values()];
    for (let start = 0; start < posts.length; start += slice) {
      // Posts replaced or deleted since the slice began are left to their new version.
      for (const post of posts.slice(start, start + slice))
        if (this.posts.get(post.id) === post) this.disclosureOf(post);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private disclosureOf(post: ResearchPost) {
    let known = this.disclosures.get(post.id);
    if (!known) {
      known = { disclosed: hasDisclosure(post), undisclosedSponsored: looksSponsoredUndisclosed(post) };
      this.disclosures.set(post.id, known);
    }
    return known;
  }

  search(filters: ResearchFilters): ResearchPost[] {
    const query = filters.query.trim();
    // Only the filters in use are tested, once per post.
    const tests: ((post: ResearchPost) => boolean)[] = [];
    const { platform, author, tag, collection, from, to, disclosure } = filters;
    if (platform) tests.push((post) => post.platform === platform);
    if (author) tests.push((post) => authorKey(post) === author);
    if (tag) tests.push((post) => post.tags.includes(tag));
    if (collection) tests.push((post) => post.collections.includes(collection));
    if (from !== undefined) tests.push((post) => postTime(post) >= from);
    if (to !== undefined) tests.push((post) => postTime(post) <= to);
    if (disclosure === 'disclosed') tests.push((post) => this.disclosureOf(post).disclosed);
    if (disclosure === 'undisclosed-sponsored')
      tests.push((post) => this.disclosureOf(post).undisclosedSponsored);
    const matches = (post: ResearchPost) => tests.every((test) => test(post));
    const { posts: ordered, haystacks: haystacksInOrder } = this.ordered(
      filters.sort === 'relevance' ? 'newest' : filters.sort,
    );

    if (!query) return tests.length === 0 ? ordered : ordered.filter(matches);
    const onlyStopWords = query
      .toLowerCase()
      .split(/[\s\p{P}]+/u)
      .every((word) => !word || STOP_WORDS.has(word));
    if (!this.ready || onlyStopWords) {
      const words = query.toLowerCase().split(/\s+/);
      const haystacks = haystacksInOrder();
      return ordered.filter(
        (post, at) => matches(post) && words.every((word) => haystacks[at]?.includes(word)),
      );
    }
    // A query found in thousands of posts is answered by the scan: the same posts MiniSearch would find
    // (its words, as prefixes, all present), in a tenth of the time, newest first.
    // Whether it is: guessed from a sample, then counted.
    const words = wordTests(query);
    const hasWords = (haystack: string) => words.every((test) => test(haystack));
    // Spread over the whole library: its newest posts may all be about one thing. A thousand map lookups
    // are cheaper than lining up every haystack, which only a broad query needs.
    const stride = Math.max(1, Math.floor(ordered.length / SAMPLE));
    let sampled = 0;
    let sampleHits = 0;
    for (let at = 0; at < ordered.length; at += stride, sampled++)
      if (hasWords(this.haystacks.get((ordered[at] as ResearchPost).id) ?? '')) sampleHits++;
    const expectedHits = (sampleHits / Math.max(1, sampled)) * ordered.length;
    if (expectedHits > BROAD_HITS) {
      const haystacks = haystacksInOrder();
      const scanned = ordered.filter((_, at) => hasWords(haystacks[at] ?? ''));
      if (scanned.length > BROAD_HITS) return scanned.filter(matches);
    }
    // Typo tolerance only when the words as typed find nothing: fuzzy matching a common word costs a
    // hundred milliseconds over fifty thousand posts and adds nothing when the word itself is there.
    let found = this.index.search(query, { fuzzy: false });
    if (found.length === 0) found = this.index.search(query);
    const hits: ResearchPost[] = [];
    for (const result of found) {
      const post = this.posts.get(String(result.id));
      if (post && matches(post)) hits.push(post);
    }
    if (filters.sort === 'newest') hits.sort((a, b) => postTime(b) - postTime(a));
    if (filters.sort === 'oldest') hits.sort((a, b) => postTime(a) - postTime(b));
    if (filters.sort === 'engagement') hits.sort((a, b) => engagementOf(b) - engagementOf(a));
    return hits;
  }
}
