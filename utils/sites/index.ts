import type { SiteAdapter } from './types';
import { x } from './x';

/** Every supported site, one adapter each. */
export const SITES: readonly SiteAdapter[] = [x];

/** The adapter for a page URL, or undefined when OnBrand doesn't run there. */
export function siteForUrl(url: string | undefined): SiteAdapter | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  return SITES.find((site) => site.hosts.includes(host));
}
