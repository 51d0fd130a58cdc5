import type { CountSettings } from '../checks/count';
import type { FeedAdapter } from './feeds/types';
import type { SiteMeta } from './meta';

/**
 * One kind of place a user writes on a site: a post composer, a comment box, a title field. Sites give
 * different surfaces different limits (Reddit title 300 vs body 40,000), so the limit lives here as data.
 */
export interface ComposerSurface {
  /** Stable name of the surface, e.g. 'post', 'comment', 'title'. */
  id: string;
  /** Elements the user types into. Matched in the page, and inside open shadow roots where the site has them. */
  selector: string;
  /** This surface's own limit, where it differs from the platform's (counted the platform's way). */
  limit?: number;
}

/**
 * What OnBrand does in one site's pages, as data, on top of what the site is (`SiteMeta`, utils/sites/meta.ts).
 * Selectors go stale without notice (docs/sites.md), so each surface lists its fallbacks in one selector.
 */
export interface SiteAdapter extends SiteMeta {
  /** Content-script match patterns for the manifest, made from the hosts. */
  matches: string[];
  /** Where the user writes, most specific first: an element matching several surfaces takes the first. */
  surfaces: ComposerSurface[];
  /**
   * Composers (or the controls around them) may sit inside open shadow roots, so the page is walked for
   * them. Walking every element of a big page costs 1–1.5 ms of each page load (bench/startup.pw.ts), so
   * only the sites that use shadow DOM for them say so (docs/sites.md, "Shadow DOM").
   */
  shadowRoots?: true;
  /** How to find and read the posts of this site's feeds (research library's save buttons). */
  feed: FeedAdapter;
  /** The handle (without @) of the account the user is signed in with, when the page shows it: picks the brand. */
  currentAccount?: (page?: ParentNode) => string | undefined;
  /** Limits the server the user is on states in its page (a Mastodon instance's own `max_characters`). */
  countSettings?: (page?: Document) => CountSettings;
  /** Where the page states none: the server's limits as its own API gives them (Mastodon 4.x). */
  fetchCountSettings?: () => Promise<CountSettings>;
  /**
   * A field next to the composer whose text counts toward the composer's limit (Mastodon's content warning),
   * when it is in use.
   */
  countedWith?: (composer: Element) => HTMLInputElement | HTMLTextAreaElement | undefined;
}
