import type { PlatformId } from '../checks/types';

/**
 * Everything OnBrand knows about one site, as data. Selectors go stale without notice
 * (../shared/reference/sites.md), so each list is tried in order and the first hit wins.
 */
export interface SiteAdapter {
  id: PlatformId;
  /** What users call the site. */
  name: string;
  /** Hosts the adapter runs on (exact host names). */
  hosts: string[];
  /** Content-script match patterns for the manifest. */
  matches: string[];
  /** Elements the user types a post into. The editor library is told by the element itself (utils/editors). */
  composerSelector: string;
}
