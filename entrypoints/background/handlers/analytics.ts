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

export function analyticsHandlers(db: OnBrandDatabase, now = () => Date.now()): AnalyticsHandlers {
  const analytics = analyticsRepository(db);
  const brands = brandsRepository(db);
  const settings = settingsRepository(db);
  const ownHandles = async (site: SiteId): Promise<string[]> =>
    (await settings.read('browseSnapshots')) ? ownHandlesOn(await brands.list(), site) : [];
  return {
    'analytics.ownAccounts': async ({ site }, _sender, origin) => {
      checkSenderSite(site, origin);
      return { handles: await ownHandles(site) };
    },
    // The page's choice of posts is not trusted: the handles, the setting and the interval are checked here.
    'analytics.snapshotOwnPosts': async ({ site, posts }, _sender, origin) => {
      checkSenderSite(site, origin);
      const own = new Set(await ownHandles(site));
      if (own.size === 0) return { stored: 0 };
      return analytics.recordBrowseSnapshots(posts, { platform: site, own }, now());
    },
  };
}
