import { ownHandlesOn } from '@/utils/analytics/browse-snapshots';
import { analyticsRepository } from '@/utils/db/analytics';
import { brandsRepository } from '@/utils/db/brands';
import type { OnBrandDatabase } from '@/utils/db/database';
import { settingsRepository } from '@/utils/db/settings';
import type { SiteId } from '@/utils/sites/ids';
import type { Handlers, SenderOrigin } from '../router';

type AnalyticsHandlers = Pick<Handlers, 'analytics.ownAccounts' | 'analytics.snapshotOwnPosts'>;

/** A content script on x.com speaks for X only: it may neither learn nor write another site's accounts. */
function checkSenderSite(site: SiteId, { site: senderSite }: SenderOrigin): void {
  if (senderSite && senderSite.id !== site)
    throw new Error(`A page on ${senderSite.name} can only speak for ${senderSite.name}.`);
}

/** The brand's handles on `site` whose posts are kept while browsing; none while the user switched it off. */
export function ownHandlesReader(db: OnBrandDatabase): (site: SiteId) => Promise<string[]> {
  const brands = brandsRepository(db);
  const settings = settingsRepository(db);
  return async (site) =>
    (await settings.read('browseSnapshots')) ? ownHandlesOn(await brands.list(), site) : [];
}

/** The handles a page may hear: only those of its own site (a page on X never learns the LinkedIn ones). */
export async function ownHandlesForSender(
  readHandles: (site: SiteId) => Promise<string[]>,
  site: SiteId,
  origin: SenderOrigin,
): Promise<string[]> {
  checkSenderSite(site, origin);
  return readHandles(site);
}

export function analyticsHandlers(db: OnBrandDatabase, now = () => Date.now()): AnalyticsHandlers {
  const analytics = analyticsRepository(db);
  const ownHandles = ownHandlesReader(db);
  return {
    // Asked again when the brands change; at page load the handles come with `site.status`.
    'analytics.ownAccounts': async ({ site }, _sender, origin) => ({
      handles: await ownHandlesForSender(ownHandles, site, origin),
    }),
    // The page's choice of posts is not trusted: the handles, the setting and the interval are checked here.
    'analytics.snapshotOwnPosts': async ({ site, posts }, _sender, origin) => {
      checkSenderSite(site, origin);
      const own = new Set(await ownHandles(site));
      if (own.size === 0) return { stored: 0 };
      return analytics.recordBrowseSnapshots(posts, { platform: site, own }, now());
    },
  };
}
